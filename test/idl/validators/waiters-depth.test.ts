// Waiter paths nested deeper than the front end reads (MAX_JMESPATH_DEPTH):
// refused with the same ERROR whatever was read before them. And the samples
// of an operation's output the paths are linted over, for models Smithy's
// own expansion could not finish: deep, wide or recursive through many wide
// structures. The recursion
// that reads them used to overflow at a depth that depended on the stack's
// state and on what V8 had compiled (a path of 4,000 chained fields was
// refused cold and taken after another deep path), so the verdict now comes
// from an explicit limit. Smithy itself reads 4,000 chained fields and
// overflows its stack on 4,000 parentheses: not an oracle case.
import { describe, expect, it } from "vitest";
import { loadIdl } from "../../../codegen/src/idl/index.js";
import { MAX_SAMPLE_VALUES } from "../../../codegen/src/idl/validate/jmespath-shape-sample.js";
import { MAX_JMESPATH_DEPTH } from "../../../codegen/src/idl/validate/jmespath-syntax.js";

/** A model whose one waiter matches `path` against "x". */
function model(path: string): string {
  return `$version: "2"
namespace ex
use smithy.waiters#waitable
@waitable(Ready: { acceptors: [{ state: "success", matcher: { output: { path: ${JSON.stringify(path)}, expected: "x", comparator: "stringEquals" } } }] })
operation Op {
    output := { status: String, a: A }
}
structure A { a: A, status: String }
service S { version: "1", operations: [Op] }
`;
}

const chain = (n: number): string => [...Array<string>(n - 1).fill("a"), "status"].join(".");
const parens = (n: number): string => `${"(".repeat(n)}status${")".repeat(n)}`;

/** The errors and dangers of the model's waiter, as "id: message tail". */
function failures(path: string): string[] {
  const { diagnostics } = loadIdl([{ path: "m.smithy", text: model(path) }]);
  return diagnostics.filter((d) => d.severity === "error" || d.severity === "danger").map((d) => `${d.id}: ${d.message.slice(-100)}`);
}

const TOO_DEEP_TEXT = `: the expression nests more than ${MAX_JMESPATH_DEPTH} levels deep, more than is read here`;

describe("waiter paths nested deeper than the front end reads", () => {
  it("takes paths nested as deep as the limit: chained fields and parentheses", () => {
    expect(failures(chain(MAX_JMESPATH_DEPTH - 1))).toEqual([]);
    expect(failures(parens(MAX_JMESPATH_DEPTH))).toEqual([]);
  });

  it("refuses one level more with the same ERROR, whichever was read first", () => {
    const tooDeep = [chain(MAX_JMESPATH_DEPTH + 1), parens(MAX_JMESPATH_DEPTH + 1), chain(20_000), parens(20_000)];
    const first = tooDeep.map(failures);
    for (const found of first) expect(found).toEqual([expect.stringContaining(TOO_DEEP_TEXT)]);
    // Again in the reverse order, after the deepest were read: the same verdicts.
    expect([...tooDeep].reverse().map(failures).reverse()).toEqual(first);
  });

  it("counts brackets outside quoted identifiers, raw strings and literals only", () => {
    const deepText = "(".repeat(MAX_JMESPATH_DEPTH + 5);
    expect(failures(`status == '${deepText}'`)).not.toContainEqual(expect.stringContaining("nests more than"));
    expect(failures(`"${deepText}" || status`)).not.toContainEqual(expect.stringContaining("nests more than"));
  });
});

/** A model whose operation's output is `output` (members), with `shapes` below it. */
function modelOver(output: string, shapes: string[], path: string): string {
  return `$version: "2"
namespace ex
use smithy.waiters#waitable
@waitable(Ready: { acceptors: [{ state: "success", matcher: { output: { path: ${JSON.stringify(path)}, expected: "x", comparator: "stringEquals" } } }] })
operation Op {
    output := { ${output} }
}
${shapes.join("\n")}
`;
}

/** A field the sample lacks: its problem, and the null it returns where a string is compared (as Smithy reports both). */
const MISSING_FIELD = ["danger WaitableTraitJmespathProblem.JmespathEventDanger.Ready.0", "danger WaitableTraitJmespathProblem.ReturnTypeMismatch.Ready.0"];

function events(text: string): string[] {
  const { diagnostics } = loadIdl([{ path: "m.smithy", text }]);
  return diagnostics.filter((d) => d.severity === "error" || d.severity === "danger").map((d) => `${d.severity} ${d.id}`);
}

describe("the output samples waiter paths are linted over", () => {
  it("are built for structures nested 6,000 deep (the stack overflowed), as deep as a path reads", () => {
    const shapes = Array.from({ length: 6000 }, (_, i) => `structure S${i} { s${i + 1}: S${i + 1} }`).concat("structure S6000 { v: String }");
    expect(events(modelOver("s0: S0", shapes, "s0.s1.s2"))).toEqual(["danger WaitableTraitJmespathProblem.ReturnTypeMismatch.Ready.0"]);
    expect(events(modelOver("s0: S0", shapes, "s0.s1.nope"))).toEqual(MISSING_FIELD);
  });

  it("share the sample of a shape met many times: 40 levels of two members each (2^40 values, expanded)", () => {
    const shapes = Array.from({ length: 40 }, (_, i) => `structure S${i} { a: S${i + 1}, b: S${i + 1} }`).concat("structure S40 { v: String }");
    const path = `s.${"a.b.".repeat(20)}v`;
    expect(events(modelOver("s: S0", shapes, path))).toEqual([]);
    expect(events(modelOver("s: S0", shapes, path.replace(/v$/, "w")))).toEqual(MISSING_FIELD);
  });

  it("refuse, with an ERROR, an output whose recursion runs through so many wide structures that its sample has no end in sight", () => {
    const shapes = Array.from({ length: 24 }, (_, i) => `structure S${i} { a: S${i + 1}, b: S${i + 1} }`).concat("structure S24 { v: String, back: S0 }");
    const { diagnostics } = loadIdl([{ path: "m.smithy", text: modelOver("s: S0", shapes, "s.a.v") }]);
    const errors = diagnostics.filter((d) => d.severity === "error");
    expect(errors.map((d) => d.message)).toEqual([
      `Waiter \`Ready\`, acceptor 0: the operation's input or output is too large to check JMESPath paths against (a sample of more than ${MAX_SAMPLE_VALUES} values)`,
    ]);
  });
});
