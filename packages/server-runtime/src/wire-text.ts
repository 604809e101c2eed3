// The texts a timestamp and a blob take on the awsJson wire, as regular
// expression sources. The server's codec reads with them (values.ts,
// validation.ts), and the JSON Schemas the generators write carry the same
// patterns (codegen's json-schema/schema-builder.ts), so that the generated
// validators and the server take the same bodies.
//
// Written out by hand because the calendar is part of the form: a date-time
// (RFC 3339 section 5.6) or an http-date (RFC 7231's IMF-fixdate) names a day
// its month has, and 29 February in leap years only. A pattern of digits
// took "2020-02-30T00:00:00Z", which Date.parse then rolled over to 1 March,
// and Date.parse alone took "1", "2020-01-01T00:00:00Z" or a "PST" zone as an
// http-date. Hours run 00-23 and seconds 00-59 (RFC 3339 allows a leap second
// :60, which neither Date nor most services accept).

/** Four-digit years that are leap years: divisible by 4, and by 400 when a century. */
const LEAP_YEAR = "(?:\\d{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)";

/** `YYYY-MM-DD` naming a real day. */
const ISO_DATE =
  "(?:\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|02-(?:0[1-9]|1\\d|2[0-8]))" +
  `|${LEAP_YEAR}-02-29)`;

/** `hh:mm:ss` with an optional fraction. */
const TIME = "(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d+)?";

/** RFC 3339 date-time: a `T` (or `t`), then `Z` (or `z`) or a numeric offset. */
export const DATE_TIME_SOURCE = `^${ISO_DATE}[Tt]${TIME}(?:[Zz]|[+-](?:[01]\\d|2[0-3]):[0-5]\\d)$`;

/** `DD Mon YYYY` naming a real day. */
const HTTP_DAY =
  "(?:(?:0[1-9]|[12]\\d|3[01]) (?:Jan|Mar|May|Jul|Aug|Oct|Dec) \\d{4}|(?:0[1-9]|[12]\\d|30) (?:Apr|Jun|Sep|Nov) \\d{4}" +
  `|(?:0[1-9]|1\\d|2[0-8]) Feb \\d{4}|29 Feb ${LEAP_YEAR})`;

/**
 * IMF-fixdate (`Tue, 29 Apr 2014 18:30:38 GMT`), with an optional fraction of
 * a second as Smithy's http-date allows. The weekday is not checked against
 * the date, as AWS's parsers do not.
 */
export const HTTP_DATE_SOURCE = `^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), ${HTTP_DAY} ${TIME} GMT$`;

/** Four base64 characters: three bytes. */
const BASE64_GROUP = "(?:[A-Za-z0-9+/]{4})";
/** The padded last group of a text of 3q+1 and of 3q+2 bytes. */
const BASE64_TAILS = ["", "[A-Za-z0-9+/]{2}==", "[A-Za-z0-9+/]{3}="] as const;

/** Standard base64 with its padding (what every AWS SDK writes for a blob). */
export const BASE64_SOURCE = `^${BASE64_GROUP}*(?:${BASE64_TAILS[1]}|${BASE64_TAILS[2]})?$`;

/**
 * Base64 of `min` to `max` bytes (a blob's @length counts bytes), as a
 * pattern on the text: 3q + r bytes are q groups and the tail for r, so each
 * r gives a range of q. Undefined `max`: no upper bound.
 */
export function base64LengthSource(min = 0, max?: number): string {
  const branches: string[] = [];
  for (const r of [0, 1, 2]) {
    const low = Math.max(0, Math.ceil((min - r) / 3));
    const high = max === undefined ? undefined : Math.floor((max - r) / 3);
    if (high !== undefined && high < low) continue;
    const count = high === undefined ? `{${low},}` : low === high ? `{${low}}` : `{${low},${high}}`;
    branches.push(`${BASE64_GROUP}${count}${BASE64_TAILS[r]}`);
  }
  // No length at all fits: a pattern nothing matches.
  return branches.length === 0 ? "^(?!)$" : `^(?:${branches.join("|")})$`;
}

/** The largest epoch-seconds magnitude a timestamp may have: a JavaScript Date's range (±100,000,000 days). */
export const MAX_EPOCH_SECONDS = 8.64e12;

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const DATE_TIME = new RegExp(DATE_TIME_SOURCE);
const HTTP_DATE = new RegExp(HTTP_DATE_SOURCE);

/** The instant of a date-time text, or undefined when it is not one. */
export function dateTimeMillis(text: string): number | undefined {
  // Within the pattern, Date's ISO reader reads every text exactly (a fraction
  // beyond milliseconds is cut, as AWS's readers cut it).
  return DATE_TIME.test(text) ? Date.parse(text) : undefined;
}

/** The instant of an http-date text, or undefined when it is not one. */
export function httpDateMillis(text: string): number | undefined {
  if (!HTTP_DATE.test(text)) return undefined;
  // "Tue, 29 Apr 2014 18:30:38.5 GMT" → "2014-04-29T18:30:38.5Z": Date's
  // reader of its own legacy forms reads a year below 100 as 19xx.
  const [, day, month, year, time] = text.split(" ") as [string, string, string, string, string];
  const mm = String(MONTHS.indexOf(month) + 1).padStart(2, "0");
  return Date.parse(`${year}-${mm}-${day}T${time}Z`);
}
