// A timestamp's node value (a trait value, @default, @examples) as Smithy's
// timestamp checks take it, by the shape's @timestampFormat:
// - none: a number, or a string read as a date-time;
// - date-time: a string only, read by Java's ISO_INSTANT: four-digit years
//   (more digits only after a sign, a negative year with four), two-digit
//   fields, a fraction of at most nine digits (or a bare point), "Z" only,
//   upper-case T and Z, a real calendar date, 23:59:60 as the only second 60;
// - http-date: a string only, an IMF-fixdate ("Tue, 29 Apr 2014 18:30:38 GMT")
//   naming the right weekday, a real date, hours to 23, seconds to 59. Smithy
//   also takes a one-digit day or hour and a two-digit year, so digits are
//   counted loosely here and a short year's weekday is not checked;
// - epoch-seconds: a number only.
// Each rule was read off the pinned Smithy's verdicts (event-cases-values.ts
// holds them as oracle cases). Written by hand: Date.parse takes far more
// than Smithy does (offsets, lower case, missing seconds).

const DATE_TIME = /^(\d{4}|-\d{4,9}|\+\d{5,9})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.\d{0,9})?Z$/;
const HTTP_DATE = /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), (\d{1,2}) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (\d{2}|\d{4}) (\d{1,2}):(\d{1,2}):(\d{1,2}) GMT$/;
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const WEEKDAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];

function daysIn(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Whether `text` is a date-time Smithy takes. */
export function isSmithyDateTime(text: string): boolean {
  const m = DATE_TIME.exec(text);
  if (!m) return false;
  const [year, month, day, hour, minute, second] = m.slice(1, 7).map(Number) as [number, number, number, number, number, number];
  if (month < 1 || month > 12 || day < 1 || day > daysIn(year, month) || hour > 23 || minute > 59) return false;
  return second <= 59 || (second === 60 && hour === 23 && minute === 59);
}

/** Whether `text` is an http-date Smithy takes. */
function isSmithyHttpDate(text: string): boolean {
  const m = HTTP_DATE.exec(text);
  if (!m) return false;
  const [, weekday, dayText, monthName, yearText, hourText, minuteText, secondText] = m as unknown as string[];
  const [day, year, hour, minute, second] = [dayText, yearText, hourText, minuteText, secondText].map(Number) as [number, number, number, number, number];
  const month = MONTHS.indexOf(monthName!) + 1;
  if (day < 1 || day > daysIn(year, month) || hour > 23 || minute > 59 || second > 59) return false;
  if (yearText!.length !== 4) return true;
  const date = new Date(Date.UTC(year, month - 1, day));
  date.setUTCFullYear(year); // Date.UTC reads years 0-99 as 1900-1999
  return WEEKDAYS[date.getUTCDay()] === weekday;
}

/** What is wrong with a timestamp value under `format` (a @timestampFormat, or undefined), or undefined when Smithy takes it. */
export function timestampValueProblem(value: { number: true } | { text: string }, format: unknown): string | undefined {
  const text = "text" in value ? value.text : undefined;
  switch (format) {
    case "epoch-seconds":
      return text === undefined ? undefined : `must be a number of epoch seconds (its @timestampFormat), found ${JSON.stringify(text)}`;
    case "http-date":
      if (text === undefined) return "must be an http-date string (its @timestampFormat) such as Tue, 29 Apr 2014 18:30:38 GMT, found a number";
      return isSmithyHttpDate(text) ? undefined : `must be an http-date such as Tue, 29 Apr 2014 18:30:38 GMT, found ${JSON.stringify(text)}`;
    case "date-time":
      if (text === undefined) return "must be a date-time string (its @timestampFormat) such as 1985-04-12T23:20:50.52Z, found a number";
      break;
    default:
      if (text === undefined) return undefined;
  }
  return isSmithyDateTime(text) ? undefined : `must be a date-time timestamp such as 1985-04-12T23:20:50.52Z, found ${JSON.stringify(text)}`;
}
