// Runtime pieces of the server stub that the request-level tests reach only
// partly: the token bucket's refill (with a fake clock), code-point length,
// pointer paths, summaries and the awsJson value encodings.

import { describe, expect, it } from "vitest";
import { TokenBucket } from "../src/throttle.js";
import {
  memberPathName,
  pointerSegment,
  stringLengthOutside,
  validationSummary,
} from "../src/validation.js";
import { hasDuplicates, readFloatText, readTimestamp, writeFloat, writeTimestamp } from "../src/values.js";

describe("TokenBucket", () => {
  it("grants the burst, then refills at the configured rate", () => {
    let now = 0;
    const bucket = new TokenBucket(2, 3, () => now);
    expect([bucket.take(), bucket.take(), bucket.take()]).toEqual([0, 0, 0]);
    expect(bucket.take()).toBe(1);
    now = 499;
    expect(bucket.take()).toBe(1);
    now = 1000;
    expect(bucket.take()).toBe(0);
    now = 60_000;
    // Never more than the burst, however long it was idle.
    expect([bucket.take(), bucket.take(), bucket.take(), bucket.take()]).toEqual([0, 0, 0, 1]);
  });

  it("tells a slow bucket's callers how many whole seconds to wait", () => {
    const bucket = new TokenBucket(0.1, 1, () => 0);
    bucket.take();
    expect(bucket.take()).toBe(10);
  });
});

describe("validation helpers", () => {
  it("measures string length in code points, and only when UTF-16 length cannot decide", () => {
    expect(stringLengthOutside("abc", 1, 3)).toBe(-1);
    expect(stringLengthOutside("abcd", 1, 3)).toBe(4);
    expect(stringLengthOutside("", 1, 3)).toBe(0);
    expect(stringLengthOutside("\u{1F600}\u{1F600}", 1, 2)).toBe(-1);
    expect(stringLengthOutside("\u{1F600}\u{1F600}\u{1F600}", 1, 2)).toBe(3);
    expect(stringLengthOutside("\uD800", 1, 1)).toBe(-1);
  });

  it("turns JSON Pointers into FieldList names", () => {
    expect(memberPathName("/RunId")).toBe("RunId");
    expect(memberPathName("/Outer/Inner")).toBe("Outer.Inner");
    expect(memberPathName("/Items/0")).toBe("Items.0");
    expect(memberPathName(`/Tags/${pointerSegment("a/b~c")}`)).toBe("Tags.a/b~c");
  });

  it("keeps map keys with line breaks on one line", () => {
    expect(pointerSegment("a\nb")).toBe("a\\u000ab");
  });

  it("summarises one or many violations and respects a length limit", () => {
    const one = [{ path: "/A", message: "m1" }];
    expect(validationSummary(one)).toBe("1 validation error detected. m1");
    const many = [...one, { path: "/B", message: "m2" }];
    expect(validationSummary(many)).toBe("2 validation errors detected. m1; m2");
    const long = Array.from({ length: 100 }, (_, i) => ({ path: `/x${i}`, message: "x".repeat(50) }));
    const cut = validationSummary(long, 2048);
    expect(cut.length).toBe(2048);
    expect(cut).toMatch(/\.\.\.$/);
  });
});

describe("awsJson value encodings", () => {
  it("reads and writes epoch-second, date-time and http-date timestamps", () => {
    expect(readTimestamp(1_700_000_000.25, "/t", "epoch-seconds").getTime()).toBe(1_700_000_000_250);
    expect(readTimestamp("2023-11-14T22:13:20Z", "/t", "date-time").getTime()).toBe(1_700_000_000_000);
    expect(() => readTimestamp("yesterday", "/t", "date-time")).toThrow(/RFC 3339/);
    expect(() => readTimestamp("1", "/t", "epoch-seconds")).toThrow(/epoch seconds/);
    const date = new Date(1_700_000_000_500);
    expect(writeTimestamp(date, "epoch-seconds")).toBe(1_700_000_000.5);
    expect(writeTimestamp(date, "date-time")).toBe("2023-11-14T22:13:20.500Z");
    expect(writeTimestamp(date, "http-date")).toBe("Tue, 14 Nov 2023 22:13:20 GMT");
  });

  it("sends NaN and infinities as strings", () => {
    expect([writeFloat(Number.NaN), writeFloat(Infinity), writeFloat(-Infinity), writeFloat(1.5)]).toEqual(["NaN", "Infinity", "-Infinity", 1.5]);
    expect(readFloatText("-Infinity", "/f")).toBe(-Infinity);
    expect(() => readFloatText("1.5", "/f")).toThrow(/must be a number/);
  });

  it("compares list items by value for @uniqueItems", () => {
    expect(hasDuplicates(["a", "b"])).toBe(false);
    expect(hasDuplicates([{ a: 1 }, { a: 1 }])).toBe(true);
    expect(hasDuplicates(["1", 1])).toBe(false);
  });
});
