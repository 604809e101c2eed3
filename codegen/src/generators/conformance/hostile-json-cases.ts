// Hostile JSON: bodies that are valid JSON (or nearly) but built to break
// parsers and the code behind them — prototype keys at any depth, duplicate
// keys, deep nesting, huge numbers, lone surrogates, a byte-order mark, bytes
// that are not UTF-8, NUL. Whatever the server makes of them, the answer must
// be a well-formed success or a 4xx error that names its type: never a 5xx,
// never a closed connection. Where a case needs a member (a required string to
// remove or to fill with a wrong type) it is read from the model, so the cases
// follow model changes.

import type { NodeObject } from "../../model/ast.js";
import type { ConformanceCase, Expectation } from "./case-format.js";
import { type OperationContext, SERIALIZATION_ERROR, VALIDATION_ERROR, jsonRequest, makeCase, rejectedExpectation } from "./operation-context.js";

/** Deep enough to overflow a recursive walker's stack in most runtimes (Python's default limit is 1000), small enough to send (≈ 10 kB). */
const NESTING_DEPTH = 5_000;
/** More digits than Python converts by default (sys.int_info.default_max_str_digits = 4300). */
const HUGE_INTEGER = `9${"0".repeat(5_000)}`;
const UNKNOWN = "ConformanceKitUnknown";
const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);

/**
 * `requiredString`: a required string member of the input with a valid value
 * in the baseline (undefined when the input has none; member cases are then
 * built around the unknown member only).
 */
export function hostileJsonCases(context: OperationContext, requiredString: string | undefined): ConformanceCase[] {
  const valid = context.baseline;
  const cases: ConformanceCase[] = [];
  const handled = handledExpectation(context);
  const add = (id: string, description: string, body: string, expect: Expectation = handled, encoding?: "base64"): void => {
    const request = jsonRequest(context, body);
    if (encoding) request.bodyEncoding = encoding;
    cases.push(makeCase(context, { id: `hostile.${id}`, description, source: "hostile-json", request, expect }));
  };
  // JSON text with `extra` appended as further members: raw text, because a
  // JS object literal with a __proto__ key would set the prototype instead.
  const withMembers = (base: NodeObject, extra: string): string => {
    const text = JSON.stringify(base);
    return text === "{}" ? `{${extra}}` : `${text.slice(0, -1)},${extra}}`;
  };
  const pollution = '{"ConformanceKitPolluted":true}';

  add("proto.top-level", "A top-level \"__proto__\" member (prototype pollution) is an unknown member: handled, never a 5xx",
    withMembers(valid, `"__proto__":${pollution}`));
  add("proto.nested", "\"__proto__\", \"constructor\" and \"prototype\" keys nested inside an unknown member: handled, never a 5xx",
    withMembers(valid, `"${UNKNOWN}":{"a":[{"__proto__":${pollution},"constructor":{"prototype":${pollution}}}]}`));
  add("proto.constructor", "A top-level \"constructor\": {\"prototype\": ...} member: handled, never a 5xx",
    withMembers(valid, `"constructor":{"prototype":${pollution}}`));
  if (requiredString !== undefined) {
    const without = { ...valid };
    const value = without[requiredString];
    delete without[requiredString];
    add("proto.supplies-required", `Required ${requiredString} only inside "__proto__" is still missing -> ${VALIDATION_ERROR} (a merge through the prototype must not supply it)`,
      withMembers(without, `"__proto__":${JSON.stringify({ [requiredString]: value })}`), rejectedExpectation([VALIDATION_ERROR, SERIALIZATION_ERROR], [VALIDATION_ERROR]));
    const rest = JSON.stringify(without);
    add("duplicate-key", `${requiredString} twice (an invalid value, then a valid one): either reading is allowed, a 5xx is not`,
      `{${JSON.stringify(requiredString)}:"",${JSON.stringify(requiredString)}:${JSON.stringify(value)}${rest === "{}" ? "" : `,${rest.slice(1, -1)}`}}`);
    add("deep-nesting.member", `${requiredString} as arrays nested ${NESTING_DEPTH} deep (wrong type) -> 400 naming its type`,
      JSON.stringify({ ...valid, [requiredString]: "§" }).replace('"§"', nested("[", "]")), rejectedExpectation([SERIALIZATION_ERROR, VALIDATION_ERROR], [SERIALIZATION_ERROR]));
    add("huge-number.member", `${requiredString} as a ${HUGE_INTEGER.length}-digit integer (wrong type) -> 400 naming its type`,
      JSON.stringify({ ...valid, [requiredString]: "§" }).replace('"§"', HUGE_INTEGER), rejectedExpectation([SERIALIZATION_ERROR, VALIDATION_ERROR], [SERIALIZATION_ERROR]));
    add("lone-surrogate.member", `${requiredString} ending in a lone surrogate escape (\\ud800): handled, never a 5xx`,
      JSON.stringify({ ...valid, [requiredString]: `${String(value)}§` }).replace("§", "\\ud800"));
    add("nul.member", `${requiredString} holding a NUL character (\\u0000): handled, never a 5xx`,
      JSON.stringify({ ...valid, [requiredString]: `${String(value)}\u0000` }));
    add("non-utf8.member", `${requiredString} holding bytes that are not UTF-8 (0xFF 0xFE): handled, never a 5xx`,
      Buffer.concat([Buffer.from(JSON.stringify({ ...valid, [requiredString]: `${String(value)}§` }).split("§")[0]!, "utf8"), Buffer.from([0xff, 0xfe]),
        Buffer.from(JSON.stringify({ ...valid, [requiredString]: `${String(value)}§` }).split("§")[1]!, "utf8")]).toString("base64"), handled, "base64");
  }
  add("deep-nesting.arrays", `An unknown member of arrays nested ${NESTING_DEPTH} deep: handled, never a 5xx`,
    withMembers(valid, `"${UNKNOWN}":${nested("[", "]")}`));
  add("deep-nesting.objects", `An unknown member of objects nested ${NESTING_DEPTH} deep: handled, never a 5xx`,
    withMembers(valid, `"${UNKNOWN}":${nested('{"a":', "}", "0")}`));
  add("huge-number.integer", `An unknown member holding a ${HUGE_INTEGER.length}-digit integer: handled, never a 5xx`,
    withMembers(valid, `"${UNKNOWN}":${HUGE_INTEGER}`));
  add("huge-number.exponent", "An unknown member holding 1e999999 (beyond every float): handled, never a 5xx",
    withMembers(valid, `"${UNKNOWN}":1e999999`));
  add("lone-surrogate.unknown-member", "An unknown member holding a lone low surrogate escape (\\udc00): handled, never a 5xx",
    withMembers(valid, `"${UNKNOWN}":"x\\udc00y"`));
  // As bytes (EF BB BF, then the JSON), not as a U+FEFF in the body's text:
  // one character above U+00FF in any line made V8 hold the whole of
  // cases.json as two-byte text, twice the memory (Glue: 20 MB instead of 10).
  add("byte-order-mark", "The body preceded by a UTF-8 byte-order mark: handled (accepted or 400), never a 5xx",
    Buffer.concat([UTF8_BOM, Buffer.from(JSON.stringify(valid), "utf8")]).toString("base64"), handled, "base64");
  add("non-utf8.unknown-member", "An unknown member holding bytes that are not UTF-8 (0xC3 0x28): handled, never a 5xx",
    Buffer.concat([Buffer.from(withMembers(valid, `"${UNKNOWN}":"§"`).split("§")[0]!, "utf8"), Buffer.from([0xc3, 0x28]),
      Buffer.from(withMembers(valid, `"${UNKNOWN}":"§"`).split("§")[1]!, "utf8")]).toString("base64"), handled, "base64");
  return cases;
}

function handledExpectation(context: OperationContext): Expectation {
  const expect: Expectation = { outcome: "handled" };
  if (context.output) expect.output = context.output;
  return expect;
}

function nested(open: string, close: string, inner = ""): string {
  return open.repeat(NESTING_DEPTH) + inner + close.repeat(NESTING_DEPTH);
}
