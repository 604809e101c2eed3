// A timestamp written as text in a model (a trait value, @default,
// @examples), read as Smithy reads it, to the instant it names:
// - date-time (and no @timestampFormat): Java's ISO_INSTANT, strict: years
//   of four digits, or 5-10 after "+", or 4-10 after "-" (never all zeros);
//   two-digit fields; a fraction of at most nine digits (or a bare point);
//   "Z" only, upper case, while the "T" may be either; a real calendar date;
//   23:59:60 (the only second 60, read as 23:59:59) and 24:00:00 with no
//   fraction (the next day's midnight);
// - http-date: Java's RFC_1123_DATE_TIME, case-insensitive and lenient,
//   then ending in "GMT" (upper case: Smithy's own test). The weekday and its
//   comma are optional, the seconds too; every number is 1-9 ASCII digits, the
//   day may carry a sign, a weekday or month not given by name may be a
//   (signed) number; the date resolves SMART-ly (a day up to 31 is moved back
//   to the month's last, 24:00 is the next midnight) and a weekday given must
//   be the resolved date's (before 24:00 moves it).
// Each rule was read off the pinned Smithy's verdicts: event-cases-values.ts
// holds them as oracle cases, and timestamp-values.oracle.test.ts has Smithy
// judge generated values near every edge. Written by hand: Date.parse takes
// far more than Smithy does (offsets, lower case, missing seconds) and less
// (24:00, leap seconds, years past 275,760, lenient http-dates).

const DATE_TIME = /^([0-9]{4}|-[0-9]{4,10}|\+[0-9]{5,10})-([0-9]{2})-([0-9]{2})[Tt]([0-9]{2}):([0-9]{2}):([0-9]{2})(?:\.([0-9]{0,9}))?Z$/;
/** RFC_1123_DATE_TIME's fields in order: [weekday, ", "], day, month, year, hour ":" minute [":" second], then "GMT". */
const HTTP_DATE = /^(?:([^ ,]+), )?([+-]?[0-9]{1,9}) ([^ ]+) ([0-9]{1,9}) ([0-9]{1,9}):([0-9]{1,9})(?::([0-9]{1,9}))? GMT$/;
const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
/** ISO numbering, as java.time's DAY_OF_WEEK: Monday is 1. */
const WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];
const SIGNED_NUMBER = /^[+-]?[0-9]{1,9}$/;
const DAY_MS = 86_400_000;

function daysIn(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Days from 1970-01-01 to a proleptic Gregorian date, for any year (not only those Date holds): counted in 400-year eras from 1 March 0000. */
function epochDay(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * ((month + 9) % 12) + 2) / 5) + day - 1;
  return era * 146_097 + yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear - 719_468;
}

const millisOf = (day: number, hour: number, minute: number, second: number, millis = 0): number =>
  day * DAY_MS + ((hour * 60 + minute) * 60 + second) * 1000 + millis;

/** The instant a date-time names, in epoch milliseconds (a finer fraction cut), or undefined when Smithy refuses it. */
export function dateTimeMillis(text: string): number | undefined {
  const m = DATE_TIME.exec(text);
  if (!m) return undefined;
  const yearText = m[1]!;
  const fraction = m[7] ?? "";
  const [year, month, day, hour, minute, second] = m.slice(1, 7).map(Number) as [number, number, number, number, number, number];
  if (yearText.startsWith("-") && year === 0) return undefined; // "minus zero not allowed"
  if (month < 1 || month > 12 || day < 1 || day > daysIn(year, month) || minute > 59) return undefined;
  const endOfDay = hour === 24 && minute === 0 && second === 0 && !/[1-9]/.test(fraction);
  const leapSecond = hour === 23 && minute === 59 && second === 60;
  if (!endOfDay && (hour > 23 || (second > 59 && !leapSecond))) return undefined;
  return millisOf(epochDay(year, month, day), hour, minute, leapSecond ? 59 : second, Number(fraction.padEnd(3, "0").slice(0, 3)));
}

/**
 * A weekday or month as RFC_1123_DATE_TIME's text fields read it: one of
 * `names`, compared as Java compares characters ignoring case (so the long s
 * "ſ" is an "s" and the dotless or dotted I an "i": the only non-ASCII
 * letters whose case maps onto these names' letters), else a signed number.
 */
function fieldValue(token: string, names: readonly string[]): number | undefined {
  const folded = token.replace(/\u017f/g, "s").replace(/[\u0130\u0131]/g, "i").replace(/[A-Z]/g, (c) => c.toLowerCase());
  const named = names.indexOf(folded);
  if (named >= 0) return named + 1;
  return SIGNED_NUMBER.test(token) ? Number(token) : undefined;
}

/** The instant an http-date names, in epoch milliseconds, or undefined when Smithy refuses it. */
export function httpDateMillis(text: string): number | undefined {
  const m = HTTP_DATE.exec(text);
  if (!m) return undefined;
  const [, weekdayText, dayText, monthText, yearText, hourText, minuteText, secondText] = m;
  const weekday = weekdayText === undefined ? undefined : fieldValue(weekdayText, WEEKDAYS);
  const month = fieldValue(monthText!, MONTHS);
  if ((weekdayText !== undefined && weekday === undefined) || month === undefined) return undefined;
  const [day, year, hour, minute, second] = [dayText, yearText, hourText, minuteText, secondText ?? "0"].map(Number) as [number, number, number, number, number];
  if (month < 1 || month > 12 || day < 1 || day > 31 || minute > 59 || second > 59) return undefined;
  if (hour > 23 && !(hour === 24 && minute === 0 && second === 0)) return undefined;
  const date = epochDay(year, month, Math.min(day, daysIn(year, month)));
  // 1970-01-01 was a Thursday (ISO 4).
  if (weekday !== undefined && (((date + 3) % 7) + 7) % 7 + 1 !== weekday) return undefined;
  return millisOf(date, hour, minute, second);
}

/** The instant a model's timestamp text names under its @timestampFormat (`format`: http-date, or anything else for date-time). */
export function timestampTextMillis(text: string, format: unknown): number | undefined {
  return format === "http-date" ? httpDateMillis(text) : dateTimeMillis(text);
}
