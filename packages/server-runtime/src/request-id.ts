// X-Amzn-RequestId values: random (version 4) UUIDs, as AWS services send.
//
// Why not crypto.randomUUID per request: under load it was about 0.6 µs of a
// ~25 µs request in the server's profile (bench/server.bench.ts). Most of
// that is fixed cost: node refills its 2 KiB entropy pool every 128 UUIDs
// (about 4 µs per refill, whatever the size) and formats each UUID by
// concatenating 20 strings. Here one randomFillSync call fills 64 KiB, enough
// for 4,096 UUIDs, and the whole batch is formatted in one pass into a single
// latin1 string; a request id is then a 36-character slice of it. The
// randomness is the same (node's CSPRNG, 122 random bits per id); only the
// batching differs. No library on npm batches like this (the `uuid` package
// keeps a 256-byte pool and formats per call, as node does).

import { randomFillSync } from "node:crypto";

const UUIDS_PER_BATCH = 4096;
const UUID_BYTES = 16;
const UUID_CHARS = 36;

/** ASCII codes of the two hex digits of every byte value. */
const HEX_PAIRS = (() => {
  const digits = "0123456789abcdef";
  const pairs = new Uint8Array(512);
  for (let byte = 0; byte < 256; byte++) {
    pairs[byte * 2] = digits.charCodeAt(byte >> 4);
    pairs[byte * 2 + 1] = digits.charCodeAt(byte & 15);
  }
  return pairs;
})();
const DASH = 0x2d;

// Allocated once (208 KiB): refills reuse them, and their types never change
// under the optimizing compiler (lazily assigned buffers made it deoptimize
// the refill loop again and again).
const random = Buffer.allocUnsafeSlow(UUIDS_PER_BATCH * UUID_BYTES);
const text = Buffer.allocUnsafeSlow(UUIDS_PER_BATCH * UUID_CHARS);
let batch = "";
let next = UUIDS_PER_BATCH;

/** A fresh random UUID (RFC 9562 version 4), lower-case, 36 characters. */
export function newRequestId(): string {
  if (next === UUIDS_PER_BATCH) refill();
  const start = next++ * UUID_CHARS;
  return batch.slice(start, start + UUID_CHARS);
}

function refill(): void {
  randomFillSync(random);
  // One string for the batch; each id is a slice of it. The random bytes are
  // overwritten by the next refill, so they never outlive their batch.
  batch = text.toString("latin1", 0, formatBatch(random, text, HEX_PAIRS));
  next = 0;
}

/**
 * Writes the UUIDs of `bytes` into `out` as text; returns the length written. A
 * function of its own so the optimizing compiler, which compiles this loop
 * while it runs, has nothing after it to deoptimize on.
 */
function formatBatch(bytes: Uint8Array, out: Uint8Array, hex: Uint8Array): number {
  let at = 0;
  for (let base = 0; base < bytes.length; base += UUID_BYTES) {
    for (let i = 0; i < UUID_BYTES; i++) {
      let byte = bytes[base + i]!;
      // Version 4 in the high nibble of byte 6, variant 10xx in byte 8.
      if (i === 6) byte = (byte & 0x0f) | 0x40;
      else if (i === 8) byte = (byte & 0x3f) | 0x80;
      out[at] = hex[byte * 2]!;
      out[at + 1] = hex[byte * 2 + 1]!;
      at += 2;
      // 8-4-4-4-12: dashes after bytes 3, 5, 7 and 9.
      if (i === 3 || i === 5 || i === 7 || i === 9) out[at++] = DASH;
    }
  }
  return at;
}
