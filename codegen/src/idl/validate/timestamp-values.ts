// A timestamp's node value (a trait value, @default, @examples) as Smithy's
// TimestampFormatPlugin takes it, by the shape's @timestampFormat:
// - none: a number, or a string read as a date-time;
// - date-time: a string only, read as a date-time;
// - http-date: a string only, read as an http-date;
// - epoch-seconds: a number only.
// How texts are read (Java's ISO_INSTANT and RFC_1123_DATE_TIME, as Smithy
// uses them) is model/timestamp-text.ts, shared with the generators that turn
// such values into wire values.
import { dateTimeMillis, httpDateMillis } from "../../model/timestamp-text.js";

/** What is wrong with a timestamp value under `format` (a @timestampFormat, or undefined), or undefined when Smithy takes it. */
export function timestampValueProblem(value: { number: true } | { text: string }, format: unknown): string | undefined {
  const text = "text" in value ? value.text : undefined;
  switch (format) {
    case "epoch-seconds":
      return text === undefined ? undefined : `must be a number of epoch seconds (its @timestampFormat), found ${JSON.stringify(text)}`;
    case "http-date":
      if (text === undefined) return "must be an http-date string (its @timestampFormat) such as Tue, 29 Apr 2014 18:30:38 GMT, found a number";
      return httpDateMillis(text) !== undefined ? undefined : `must be an http-date such as Tue, 29 Apr 2014 18:30:38 GMT, found ${JSON.stringify(text)}`;
    case "date-time":
      if (text === undefined) return "must be a date-time string (its @timestampFormat) such as 1985-04-12T23:20:50.52Z, found a number";
      break;
    default:
      if (text === undefined) return undefined;
  }
  return dateTimeMillis(text) !== undefined ? undefined : `must be a date-time timestamp such as 1985-04-12T23:20:50.52Z, found ${JSON.stringify(text)}`;
}
