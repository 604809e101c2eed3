// Where a bundled trait may be applied is its definition's selector, exactly
// as the pinned Smithy writes it; these are the selector forms Smithy's own
// definitions use beyond types, traits and `>`: named relationships
// (-[input, output]->), recursive neighbours (~>), [id=...] and
// [id|member=...], and :not/:test pushed from the shape. Each case is judged by
// the real Smithy (one JVM for the batch) and by our front end: both accept or
// both refuse, and we never give up on a selector ("cannot check where ...").
import { beforeAll, describe, expect, it } from "vitest";
import { loadIdl } from "../../../codegen/src/idl/index.js";
import { askSmithy, type OracleAnswer, refuses } from "../oracle/smithy-oracle.js";

const V2 = '$version: "2"\nnamespace ex\n';

/** name → [IDL text, does Smithy accept it?] (the expectation is checked against Smithy below). */
const CASES: Record<string, [string, boolean]> = {
  "@uniqueItems on a list of strings": [`${V2}@uniqueItems\nlist L { member: String }\n`, true],
  "@uniqueItems on a list of floats (list :not(> member ~> float))": [`${V2}@uniqueItems\nlist L { member: Float }\n`, false],
  "@uniqueItems on a list whose structure reaches a document (~> recursion)": [
    `${V2}@uniqueItems\nlist L { member: S }\nstructure S { t: T }\nstructure T { d: Document }\n`,
    false,
  ],
  "@httpQueryParams on a map of strings": [`${V2}structure S {\n    @httpQueryParams\n    q: M\n}\nmap M { key: String, value: String }\n`, true],
  "@httpQueryParams on a map of integers ([id|member=value])": [
    `${V2}structure S {\n    @httpQueryParams\n    q: M\n}\nmap M { key: String, value: Integer }\n`,
    false,
  ],
  "@httpPrefixHeaders on a map of strings": [`${V2}structure S {\n    @httpPrefixHeaders("x-")\n    h: M\n}\nmap M { key: String, value: String }\n`, true],
  "@httpPrefixHeaders on a sparse map": [
    `${V2}structure S {\n    @httpPrefixHeaders("x-")\n    h: M\n}\n@sparse\nmap M { key: String, value: String }\n`,
    false,
  ],
  "@unitType on a structure other than Unit ([id=smithy.api#Unit])": [`${V2}@unitType\nstructure S {}\n`, false],
  "@noReplace on a resource with put (resource:test(-[put]->))": [
    `${V2}@noReplace\nresource R { identifiers: { id: String }, put: P }\n@idempotent\noperation P {\n    input := {\n        @required\n        id: String\n    }\n}\n`,
    true,
  ],
  "@noReplace on a resource without put": [`${V2}@noReplace\nresource R {}\n`, false],
  "@notProperty on an operation input member (operation -[input, output]-> structure > member)": [
    `${V2}operation O {\n    input := {\n        @notProperty\n        a: String\n    }\n}\n`,
    true,
  ],
  "@notProperty on a member of a structure no operation uses": [`${V2}structure S {\n    @notProperty\n    a: String\n}\n`, false],
  "@smithy.rules#contextParam on an operation input member": [
    `${V2}operation O {\n    input := {\n        @smithy.rules#contextParam(name: "Bucket")\n        a: String\n    }\n}\n`,
    true,
  ],
  "@smithy.rules#contextParam on a member of a plain structure": [`${V2}structure S {\n    @smithy.rules#contextParam(name: "Bucket")\n    a: String\n}\n`, false],
  "@requestCompression on an operation with input": [`${V2}@requestCompression(encodings: ["gzip"])\noperation O {\n    input := { a: String }\n}\n`, true],
  "@addedDefault on a member with a default": [`${V2}structure S {\n    @addedDefault\n    a: String = "x"\n}\n`, true],
  "@aws.protocols#awsQueryCompatible on an awsJson1_0 service": [
    `${V2}use aws.protocols#awsJson1_0\nuse aws.protocols#awsQueryCompatible\n@awsJson1_0\n@awsQueryCompatible\nservice S {}\n`,
    true,
  ],
  "@aws.protocols#awsQueryCompatible on a service without a JSON/CBOR protocol": [
    `${V2}@aws.protocols#awsQueryCompatible\nservice S {}\n`,
    false,
  ],
};

const names = Object.keys(CASES);
let answers: OracleAnswer[] = [];

describe("bundled trait selectors against the real Smithy", () => {
  beforeAll(async () => {
    answers = await askSmithy(names.map((name) => [{ path: "test.smithy", text: CASES[name]![0] }]));
  }, 120_000);

  names.forEach((name, i) => {
    it(name, () => {
      const [text, accepted] = CASES[name]!;
      const smithyEvents = answers[i]!.events.filter((e) => e.severity === "ERROR").map((e) => `${e.id}: ${e.message}`);
      expect(!refuses(answers[i]!), `Smithy's verdict differs from this case's expectation: ${smithyEvents.join("; ")}`).toBe(accepted);
      const ours = loadIdl([{ path: "test.smithy", text }]).diagnostics;
      const errors = ours.filter((d) => d.severity === "error").map((d) => d.message);
      expect(errors.length === 0, `ours: ${errors.join("; ") || "accepted"}; Smithy: ${smithyEvents.join("; ") || "accepted"}`).toBe(accepted);
      expect(ours.map((d) => d.message).filter((m) => m.startsWith("cannot check where"))).toEqual([]);
    });
  });
});
