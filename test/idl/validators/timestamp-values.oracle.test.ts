// Timestamp values generated with fast-check near the edges of what Smithy's
// TimestampFormatPlugin takes — http-dates as Java's lenient, case-insensitive
// RFC_1123_DATE_TIME reads them (optional weekday and seconds, 1-9 digit
// fields, signed days, months and weekdays by number, days past the month's
// end, 24:00, "ſ" for "s"), and date-times as ISO_INSTANT reads them (ten-
// digit years, 24:00:00, 23:59:60, a lower-case "t") — each
// the @default of one member. The pinned Smithy judges every value in one JVM;
// the members it refuses (a DefaultTrait ERROR) are the members we refuse.
// Our readers (codegen/src/idl/validate/timestamp-values.ts) are hand-written,
// so this is their independent check; and the instant each value Smithy takes
// names (which the generators write as wire values and defaults) is the one
// Java's formatters read from it (jvm/oracle/src/oracle/TimestampOracle.java). IDL_TIMESTAMP_RUNS and
// IDL_TIMESTAMP_SEED change the batch.
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { loadIdl } from "../../../codegen/src/idl/index.js";
import { timestampTextMillis } from "../../../codegen/src/model/timestamp-text.js";
import { askJvmOracle } from "../../support/jvm-batch.js";
import { askSmithy, type OracleAnswer } from "../oracle/smithy-oracle.js";

const RUNS = Number(process.env.IDL_TIMESTAMP_RUNS ?? 1200);
const SEED = Number(process.env.IDL_TIMESTAMP_SEED ?? 20261207);
const PER_MODEL = 150;
const PATH = "model/timestamps.smithy";

const WEEKDAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** A number written with `digits` digits (leading zeros added, or the value cut), sometimes signed. */
const digits = (max: number): fc.Arbitrary<string> =>
  fc
    .tuple(fc.nat({ max }), fc.integer({ min: 1, max: 10 }), fc.constantFrom("", "", "", "", "+", "-"))
    .map(([n, width, sign]) => `${sign}${String(n).padStart(width > 4 ? width : String(n).length, "0")}`);

/** A name as it may be written: as is, upper or lower case, with a long s or a dotless i, or not a name. */
const spelled = (names: readonly string[]): fc.Arbitrary<string> =>
  fc.tuple(fc.constantFrom(...names, "Tues", "Xyz", "Ap"), fc.constantFrom("as is", "as is", "upper", "lower", "odd letters")).map(([name, how]) => {
    if (how === "upper") return name.toUpperCase();
    if (how === "lower") return name.toLowerCase();
    if (how === "odd letters") return name.replace(/^S/, "\u017f").replace(/i/, "\u0131").replace(/^s/, "\u017f");
    return name;
  });

/** The weekday `date` falls on (Date reads years 0-99 as 1900-1999, hence setUTCFullYear), or undefined past what Date holds. */
function weekdayOf(year: number, month: number, day: number): string | undefined {
  if (year > 200_000 || month < 1 || month > 12) return undefined;
  const date = new Date(Date.UTC(2000, month - 1, 1));
  date.setUTCFullYear(year);
  const last = new Date(Date.UTC(2000, month, 0));
  last.setUTCFullYear(year, month, 0);
  date.setUTCDate(Math.min(Math.max(day, 1), last.getUTCDate()));
  return WEEKDAYS[date.getUTCDay()];
}

/** Mostly a valid field (`usual`), sometimes one at the edge of what is read (`edge`): so that many values are near misses. */
const mostly = (usual: fc.Arbitrary<string>, edge: fc.Arbitrary<string>): fc.Arbitrary<string> =>
  fc.oneof({ weight: 6, arbitrary: usual }, { weight: 1, arbitrary: edge });
const twoDigits = (max: number): fc.Arbitrary<string> => fc.nat({ max }).map((n) => String(n).padStart(2, "0"));

const httpDate = fc
  .record({
    weekday: fc.constantFrom("right", "right", "right", "right", "right", "right", "none", "spelled", "number"),
    spelledWeekday: spelled(WEEKDAYS),
    numberWeekday: digits(9),
    comma: mostly(fc.constant(", "), fc.constantFrom(",", " ")),
    day: mostly(fc.integer({ min: 1, max: 28 }).map(String), fc.oneof(fc.integer({ min: 29, max: 32 }).map(String), digits(40))),
    month: mostly(fc.constantFrom(...MONTHS), fc.oneof(spelled(MONTHS), digits(13))),
    year: mostly(fc.integer({ min: 1900, max: 2100 }).map(String), fc.oneof(fc.constantFrom("14", "02014", "0", "1", "2000", "1900", "999999999", "1000000000"), digits(99_999))),
    hour: mostly(twoDigits(23), fc.oneof(digits(25), fc.constant("24"))),
    minute: mostly(twoDigits(59), digits(61)),
    second: mostly(twoDigits(59), fc.oneof(fc.constant(""), digits(61))),
    zone: mostly(fc.constant(" GMT"), fc.constantFrom(" gmt", " Gmt", " UTC", " +0000", "GMT", " GMT ")),
  })
  .map((d) => {
    const monthNumber = MONTHS.findIndex((m) => m.toLowerCase() === d.month.toLowerCase()) + 1 || Number(d.month);
    const right = weekdayOf(Number(d.year), monthNumber, Number(d.day));
    const weekday =
      d.weekday === "none" ? "" : `${d.weekday === "right" && right ? right : d.weekday === "number" ? d.numberWeekday : d.spelledWeekday}${d.comma}`;
    const time = `${d.hour}:${d.minute}${d.second === "" ? "" : `:${d.second}`}`;
    return { format: "http-date", text: `${weekday}${d.day} ${d.month} ${d.year} ${time}${d.zone}` };
  });

const dateTime = fc
  .record({
    year: mostly(
      fc.integer({ min: 1900, max: 2100 }).map(String),
      fc.constantFrom("0000", "+12020", "-0001", "-12020", "12020", "+2020", "202", "-0000", "+00000", "+9999999999", "-1000000000", "+10000000000"),
    ),
    month: mostly(fc.integer({ min: 1, max: 12 }).map((n) => String(n).padStart(2, "0")), fc.oneof(twoDigits(13), digits(13))),
    day: mostly(fc.integer({ min: 1, max: 28 }).map((n) => String(n).padStart(2, "0")), fc.oneof(twoDigits(32), digits(32))),
    t: mostly(fc.constant("T"), fc.constantFrom("t", " ")),
    time: mostly(
      fc.tuple(twoDigits(23), twoDigits(59), twoDigits(59)).map((parts) => parts.join(":")),
      fc.oneof(
        fc.constantFrom("24:00:00", "23:59:60", "24:00:01", "12:30:60"),
        fc.tuple(fc.oneof(twoDigits(24), digits(24)), fc.oneof(twoDigits(60), digits(60)), fc.oneof(twoDigits(60), digits(60))).map((parts) => parts.join(":")),
      ),
    ),
    fraction: fc.oneof(fc.constant(""), fc.stringMatching(/^\.[0-9]{0,10}$/), fc.stringMatching(/^\.0{0,10}$/)),
    zone: mostly(fc.constant("Z"), fc.constantFrom("z", "+01:00", "-00:00", "+00:00", "")),
    format: fc.constantFrom(undefined, "date-time"),
  })
  .map((d) => ({ format: d.format, text: `${d.year}-${d.month}-${d.day}${d.t}${d.time}${d.fraction}${d.zone}` }));

/** Models of PER_MODEL timestamp members, each defaulting to one value. */
function modelsOf(values: { format: string | undefined; text: string }[]): string[] {
  const models: string[] = [];
  for (let start = 0; start < values.length; start += PER_MODEL) {
    const members = values.slice(start, start + PER_MODEL).map(({ format, text }, i) => {
      const trait = format === undefined ? "" : `    @timestampFormat("${format}")\n`;
      return `${trait}    m${start + i}: Timestamp = ${JSON.stringify(text)}\n`;
    });
    models.push(`$version: "2"\nnamespace ex\nstructure S {\n${members.join("")}}\n`);
  }
  return models;
}

/** What Java's ISO_INSTANT or RFC_1123_DATE_TIME reads from each text (jvm/oracle TimestampOracle): [epoch seconds, nanoseconds], or undefined for no instant. */
async function javaInstants(values: readonly { format: string | undefined; text: string }[]): Promise<([number, number] | undefined)[]> {
  const answers = await askJvmOracle<{ seconds?: number; nanos?: number; crash?: string }>(
    "TimestampOracle",
    values.map(({ format, text }) => ({ format: format === "http-date" ? "http-date" : "date-time", text })),
  );
  return answers.map((a) => {
    if (a.crash !== undefined) throw new Error(`the timestamp oracle failed: ${a.crash}`);
    return a.seconds === undefined ? undefined : [a.seconds, a.nanos!];
  });
}

describe("generated timestamp values against the real Smithy", () => {
  const values = fc.sample(fc.oneof({ weight: 3, arbitrary: httpDate }, { weight: 1, arbitrary: dateTime }), { numRuns: RUNS, seed: SEED });
  const models = modelsOf(values);
  let answers: OracleAnswer[] = [];

  beforeAll(async () => {
    answers = await askSmithy(models.map((text) => [{ path: PATH, text }]));
  }, 300_000);

  it(`the ${RUNS} values Smithy refuses are the ones we refuse`, () => {
    const refused = (ids: (string | undefined)[]): Set<string> => new Set(ids.filter((id): id is string => id !== undefined));
    const theirs = refused(answers.flatMap((a) => a.events.filter((e) => e.severity === "ERROR" && e.id === "DefaultTrait").map((e) => e.shapeId)));
    const ours = refused(
      models.flatMap((text) => loadIdl([{ path: PATH, text }]).diagnostics.filter((d) => d.severity === "error" && d.id === "DefaultTrait").map((d) => d.shapeId)),
    );
    const differences = values.flatMap(({ format, text }, i) => {
      const id = `ex#S$m${i}`;
      return theirs.has(id) === ours.has(id) ? [] : [`${format ?? "(no format)"} ${JSON.stringify(text)}: Smithy ${theirs.has(id) ? "refuses" : "takes"}, we ${ours.has(id) ? "refuse" : "take"}`];
    });
    // Both verdicts occur, so the batch tells a reader that refuses everything (or nothing) from Smithy.
    expect(theirs.size).toBeGreaterThan(RUNS / 10);
    expect(theirs.size).toBeLessThan(RUNS - RUNS / 10);
    expect(differences.slice(0, 20).join("\n"), `${differences.length} of ${values.length} values judged otherwise`).toBe("");
  });

  it("each value Smithy takes names the instant Java reads from it (to the millisecond, fraction cut)", async () => {
    const refused = new Set(answers.flatMap((a) => a.events.filter((e) => e.severity === "ERROR").map((e) => e.shapeId)));
    const taken = values.filter((_, i) => !refused.has(`ex#S$m${i}`));
    const java = await javaInstants(taken);
    let compared = 0;
    const differences = taken.flatMap(({ format, text }, i) => {
      const instant = java[i];
      // Beyond ±285,000 years milliseconds lose precision as a Number; Date holds far less anyway.
      if (instant === undefined || Math.abs(instant[0]) > 9e12) return [];
      compared++;
      const theirs = instant[0] * 1000 + Math.floor(instant[1] / 1e6);
      const ours = timestampTextMillis(text, format);
      return ours === theirs ? [] : [`${format ?? "(no format)"} ${JSON.stringify(text)}: Java ${theirs}, ours ${ours}`];
    });
    expect(compared).toBeGreaterThan(taken.length / 2);
    expect(differences.slice(0, 20).join("\n"), `${differences.length} of ${compared} instants differ`).toBe("");
  });
});
