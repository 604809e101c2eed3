// The syntax of `@trait(selector: "...")` against the real Smithy: a
// selector Smithy cannot parse makes it refuse the trait definition (a
// `Model` ERROR at the selector's value, "Error creating trait `trait`:
// Syntax error at line 1 column N, near ...") — found by the differential
// test; every other selector, including forms our evaluator cannot run,
// is accepted. Each case is judged by Smithy in one batch; ours must agree
// on the verdict, the event's id, severity, shape, location and message.
import { beforeAll, describe, expect, it } from "vitest";
import { loadIdl } from "../../../codegen/src/idl/index.js";
import { compareWithSmithy } from "./compare.js";
import { askSmithy, type OracleAnswer, refuses } from "./smithy-oracle.js";

/** selector → does Smithy accept it? */
const SELECTORS: [string, boolean][] = [
  ["*", true],
  ["structure > member", true],
  ["string  >  ", true],
  ["-[input, output]-> structure", true],
  ["<-[member]- structure", true],
  ["< structure", true],
  ["operation ~> structure", true],
  [":not(:test(service, operation, resource, member))", true],
  [":is(string, number) :not([trait|enum])", true],
  ["[id=smithy.example#Foo]", true],
  ["[id|member='a', 'b' i]", true],
  ["[trait|documentation*=\"x\"]", true],
  ["[trait|range|min >= -1.5e3]", true],
  ["[trait|tags|(values) {=} 'a']", false], // projection comparators only in scoped attributes
  ["[@trait|tags: @{(values)} {<} 'a', 'b']", true],
  ["[trait|range|min = 1.]", false],
  ["[trait|range|min = 1e+]", false],
  ["[@trait|enum|(values): @{name} ^= 'A' && @{value} != 'b']", true],
  ["[@: @{id|name} = 'Foo']", true],
  ["$ops(operation) service :test(${ops})", true],
  [":topdown([trait|auth], [trait|optionalAuth])", true],
  [":recursive(-[mixin]->)", true],
  [":in(structure)", true],
  [":root(structure)", true],
  [":nope(string)", true],
  ["simpleType, collection", false], // a comma only inside a function
  ["dataType serviceType aggregateType", true],
  ["foo", false],
  ["", false],
  ["  ", false],
  ["[id=", false],
  ["[trait|required", false],
  [":not(string, integer)", false],
  [":topdown(a, b, c)", false],
  [":recursive()", false],
  ["structure )", false],
  ["string // comment", false],
  ["~ structure", false],
  ["-[input structure", false],
  ["[id|member='a]", false],
  ["[trait|range|min > -]", false],
  ["[@trait|enum: @{name} = ]", false],
  ["$x string", false],
  ["[id=foo#]", false],
  [":test(string\n  integer", false],
];

const model = (selector: string): string => `$version: "2"\nnamespace ex\n\n@trait(selector: ${JSON.stringify(selector)})\nstructure t {}\n`;

describe("@trait(selector) syntax against the real Smithy", () => {
  let answers: OracleAnswer[] = [];
  beforeAll(async () => {
    answers = await askSmithy(SELECTORS.map(([selector]) => [{ path: "case.smithy", text: model(selector) }]));
  }, 120_000);

  SELECTORS.forEach(([selector, accepted], i) => {
    it(`${JSON.stringify(selector)} is ${accepted ? "accepted" : "refused"}`, () => {
      const answer = answers[i]!;
      const files = [{ path: "case.smithy", text: model(selector) }];
      expect(refuses(answer), `Smithy ${accepted ? "accepts" : "refuses"} this selector`).toBe(!accepted);
      expect(compareWithSmithy(files, answer)).toBeUndefined();
      if (accepted) return;
      const smithy = answer.events.filter((e) => e.severity === "ERROR").map((e) => `${e.line}:${e.col} ${e.id} ${e.shapeId}: ${e.message}`);
      const ours = loadIdl(files).diagnostics.filter((d) => d.severity === "error").map((d) => `${d.line}:${d.column} ${d.id} ${d.shapeId}: ${d.message}`);
      expect(ours).toEqual(smithy);
    });
  });
});
