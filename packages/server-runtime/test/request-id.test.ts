// X-Amzn-RequestId values come from batches of 4,096 UUIDs formatted at once
// (packages/server-runtime/src/request-id.ts): each must still be a
// well-formed random UUID, and none may repeat, across batch boundaries too.

import { describe, expect, it } from "vitest";
import { newRequestId } from "../src/request-id.js";

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe("request ids", () => {
  it("are version 4 UUIDs (RFC 9562), all distinct across several batches", () => {
    const ids = Array.from({ length: 3 * 4096 + 17 }, () => newRequestId());
    for (const id of ids) expect(id).toMatch(UUID_V4);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("draw every random bit: each hex digit position takes many values, none stuck across a batch", () => {
    const ids = Array.from({ length: 4096 }, () => newRequestId().replaceAll("-", ""));
    for (let position = 0; position < 32; position++) {
      const seen = new Set(ids.map((id) => id[position]));
      // The version digit is fixed, the variant digit has 4 values; the other 30 are random.
      const expected = position === 12 ? 1 : position === 16 ? 4 : 16;
      expect(seen.size, `hex digit ${position}`).toBe(expected);
    }
  });
});
