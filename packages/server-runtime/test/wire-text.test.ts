// The wire texts of timestamps and blobs (wire-text.ts), against a plainer
// reading written here from the RFCs' rules: a date-time or an http-date is
// taken exactly when its fields name a real day and time (leap years by the
// Gregorian rule, not by Date), and gives the instant those fields name; a
// blob's base64 of n bytes matches base64LengthSource(min, max) exactly when
// min <= n <= max, and no text that is not padded base64 ever does.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { base64LengthSource, BASE64_SOURCE, dateTimeMillis, httpDateMillis } from "../src/wire-text.js";

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const DAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];

const isLeap = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const daysIn = (y: number, m: number): number => [31, isLeap(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]!;
const pad = (n: number, width = 2): string => String(n).padStart(width, "0");

/** The instant of the fields, by day counting (no Date parsing). */
function instant(y: number, mo: number, d: number, h: number, mi: number, s: number, ms: number): number {
  const date = new Date(0);
  date.setUTCFullYear(y, mo - 1, d); // setUTCFullYear takes years below 100 as they are
  return date.getTime() + ((h * 60 + mi) * 60 + s) * 1000 + ms;
}

/** Fields near and beyond every bound. */
const fields = fc.record({
  y: fc.oneof(fc.integer({ min: 0, max: 9999 }), fc.constantFrom(0, 4, 100, 1900, 2000, 2020, 2021, 2100, 2400)),
  mo: fc.integer({ min: 0, max: 13 }),
  d: fc.integer({ min: 0, max: 32 }),
  h: fc.integer({ min: 0, max: 25 }),
  mi: fc.integer({ min: 0, max: 61 }),
  s: fc.integer({ min: 0, max: 61 }),
  fraction: fc.option(fc.stringMatching(/^[0-9]{1,9}$/), { nil: undefined }),
});

type Fields = typeof fields extends fc.Arbitrary<infer T> ? T : never;
const valid = ({ y, mo, d, h, mi, s }: Fields): boolean => mo >= 1 && mo <= 12 && d >= 1 && d <= daysIn(y, mo) && h <= 23 && mi <= 59 && s <= 59;
const millisOf = (fraction: string | undefined): number => (fraction === undefined ? 0 : Math.trunc(Number(`0.${fraction}`) * 1000 + 1e-9));

describe("date-time texts", () => {
  it("are taken exactly when they name a real day and time, with the offset applied", () => {
    const offsets = fc.oneof(fc.constantFrom("Z", "z"), fc.tuple(fc.constantFrom("+", "-"), fc.integer({ min: 0, max: 24 }), fc.integer({ min: 0, max: 60 })).map(([sign, h, m]) => `${sign}${pad(h)}:${pad(m)}`));
    fc.assert(
      fc.property(fields, offsets, fc.constantFrom("T", "t"), (f, offset, t) => {
        const text = `${pad(f.y, 4)}-${pad(f.mo)}-${pad(f.d)}${t}${pad(f.h)}:${pad(f.mi)}:${pad(f.s)}${f.fraction === undefined ? "" : `.${f.fraction}`}${offset}`;
        const offsetValid = offset.length === 1 || (Number(offset.slice(1, 3)) <= 23 && Number(offset.slice(4)) <= 59);
        const got = dateTimeMillis(text);
        if (!valid(f) || !offsetValid) return got === undefined;
        const shift = offset.length === 1 ? 0 : (offset[0] === "+" ? 1 : -1) * (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(4))) * 60_000;
        return got === instant(f.y, f.mo, f.d, f.h, f.mi, f.s, millisOf(f.fraction)) - shift;
      }),
      { numRuns: 3000 },
    );
  });

  it("refuses other forms Date.parse takes", () => {
    for (const text of ["2020-01-01", "2020-01-01T00:00Z", "2020-01-01 00:00:00Z", "2020-01-01T00:00:00", "+002020-01-01T00:00:00Z", "2020-01-01T24:00:00Z", "2020-1-1T00:00:00Z", "Tue, 29 Apr 2014 18:30:38 GMT"]) {
      expect(dateTimeMillis(text), text).toBeUndefined();
    }
  });
});

describe("http-date texts", () => {
  it("are taken exactly when they name a real day and time, whatever weekday they give", () => {
    fc.assert(
      fc.property(fields, fc.constantFrom(...DAYS), (f, weekday) => {
        const month = MONTHS[f.mo - 1] ?? "Foo";
        const text = `${weekday}, ${pad(f.d)} ${month} ${pad(f.y, 4)} ${pad(f.h)}:${pad(f.mi)}:${pad(f.s)}${f.fraction === undefined ? "" : `.${f.fraction}`} GMT`;
        const got = httpDateMillis(text);
        return valid(f) ? got === instant(f.y, f.mo, f.d, f.h, f.mi, f.s, millisOf(f.fraction)) : got === undefined;
      }),
      { numRuns: 3000 },
    );
  });

  it("refuses other forms Date.parse takes", () => {
    for (const text of ["1", "2020-01-01T00:00:00Z", "Tue, 29 Apr 2014 18:30:38 PST", "Tue, 29 Apr 2014 18:30:38 +0000", "Tuesday, 29-Apr-14 18:30:38 GMT", "Tue Apr 29 18:30:38 2014", "tue, 29 apr 2014 18:30:38 gmt", "Tue, 9 Apr 2014 18:30:38 GMT"]) {
      expect(httpDateMillis(text), text).toBeUndefined();
    }
  });

  it("reads years below 100 as written (Date's own reader takes 0050 as 1950)", () => {
    expect(httpDateMillis("Fri, 01 Jan 0050 00:00:00 GMT")).toBe(instant(50, 1, 1, 0, 0, 0, 0));
  });
});

describe("base64 texts", () => {
  it("match the length pattern exactly when the bytes they hold are within @length", () => {
    const bounds = fc.tuple(fc.integer({ min: 0, max: 12 }), fc.option(fc.integer({ min: 0, max: 12 }), { nil: undefined }));
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 16 }), bounds, (bytes, [min, max]) => {
        const text = Buffer.from(bytes).toString("base64");
        const fits = bytes.length >= min && (max === undefined || bytes.length <= max);
        return new RegExp(base64LengthSource(min, max)).test(text) === fits && new RegExp(BASE64_SOURCE).test(text);
      }),
      { numRuns: 2000 },
    );
  });

  it("never match a text that is not padded base64", () => {
    const length = new RegExp(base64LengthSource(0, 64));
    const any = new RegExp(BASE64_SOURCE);
    for (const text of ["YQ", "YWI", "Y===", "YQ=", "!!!!", "YW Jj", "YWJj\n", "YQ==YQ==", "-_-_"]) {
      expect([text, length.test(text), any.test(text)]).toEqual([text, false, false]);
    }
  });
});
