// Our selector evaluator (codegen/src/idl/validate/selector-engine.ts) against
// the real Smithy, through the EmitEachSelector validator: Smithy reports one
// event per shape a selector matches, so for every selector the set of shapes
// its events name is Smithy's answer. Each model below carries one
// EmitEachSelector per selector (hand-written ones covering every construct
// of the grammar, and fast-check generated ones), each with its own event id;
// one JVM answers them all. Prelude shapes never appear (Smithy drops
// non-ERROR events about them, and so do we).
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { assemble } from "../../../codegen/src/idl/assembler.js";
import { Reporter } from "../../../codegen/src/idl/diagnostics.js";
import { loadIdl } from "../../../codegen/src/idl/index.js";
import { parseIdl } from "../../../codegen/src/idl/parser.js";
import { bundledModel } from "../../../codegen/src/idl/prelude/index.js";
import { SelectorEngine } from "../../../codegen/src/idl/validate/selector-engine.js";
import { parseSelector, SelectorEvaluator } from "../../../codegen/src/idl/validate/selectors.js";
import { askSmithy, type OracleAnswer } from "../oracle/smithy-oracle.js";

/** Each model's text after its `$version` line (2.0 unless the text starts with its own). */
const MODELS: Record<string, string> = {
  v1: `$version: "1.0"
namespace ex.v1

integer Count

@box
integer BoxedCount

structure Item {
    a: Integer
    b: PrimitiveInteger
    c: Count
    d: BoxedCount
    tags: Tags
}

set Tags {
    member: String
}

bigDecimal Price

service V1 {
    version: "1"
    operations: [GetItem]
}

operation GetItem {
    input: Item
    output: Item
}
`,
  service: `namespace ex.svc

/// A service.
@title("Ex")
service Svc {
    version: "2024-01-01"
    operations: [Ping]
    resources: [Thing]
    errors: [Oops]
}

@readonly
@http(method: "GET", uri: "/ping")
operation Ping {
    input := {
        @required
        @length(min: 1, max: 10)
        name: String
        count: Count = 0
    }
    output := {
        @documentation("the answer")
        answer: Answer
    }
    errors: [NotFound]
}

resource Thing {
    identifiers: { thingId: ThingId }
    properties: { label: Label }
    create: CreateThing
    read: GetThing
    list: ListThings
    operations: [Poke]
    collectionOperations: [Sweep]
    resources: [Part]
}

resource Part {
    identifiers: { thingId: ThingId, partId: String }
    read: GetPart
}

@pattern("^[a-z]+$")
string ThingId

@length(min: 2)
@tags(["label", "public"])
string Label

@range(min: 0, max: 100)
integer Count

@deprecated(message: "use Count", since: "1.0")
long OldCount

@range(min: 0.5, max: 1e3)
double Weight

enum Answer {
    YES = "yes"
    NO = "no"
    @deprecated
    MAYBE = "maybe"
}

intEnum Level {
    LOW = 1
    HIGH = 10
}

@error("client")
@httpError(404)
structure NotFound {
    message: String
}

@error("server")
structure Oops with [Base] {
    @required
    code: Level
}

@mixin
structure Base {
    @documentation("shared")
    requestId: String
}

operation CreateThing {
    input := { label: Label }
    output := { @required thingId: ThingId }
}

@readonly
operation GetThing {
    input := { @required thingId: ThingId }
    output := { @required thingId: ThingId, label: Label }
}

@readonly
@paginated(inputToken: "next", outputToken: "next", pageSize: "size")
operation ListThings {
    input := { next: String, size: Integer }
    output := { next: String, @required items: Things }
}

@idempotent
operation Poke {
    input := { @required thingId: ThingId }
}

operation Sweep {}

@readonly
operation GetPart {
    input := { @required thingId: ThingId, @required partId: String }
}

list Things {
    member: ThingSummary
}

map Labels {
    key: String
    value: Label
}

structure ThingSummary {
    @required
    thingId: ThingId
    labels: Labels
    other: OtherUnion
    when: Timestamp
}

union OtherUnion {
    text: String
    num: Count
    blob: Blob
}

@unstable
document Free
`,
  traits: `namespace ex.traits

@trait(selector: "*")
structure meta {
    name: String
    weight: Integer
    tags: TagList
    nested: Nested
}

@trait
@idRef(failWhenMissing: true)
string ref

@trait(selector: "structure")
list marks {
    member: String
}

structure Nested {
    deep: String
    level: Integer
}

list TagList {
    member: String
}

@meta(name: "alpha", weight: 3, tags: ["a", "b"], nested: { deep: "x", level: 2 })
@marks(["one", "two"])
structure Alpha {
    @meta(name: "Field", weight: 10)
    field: String

    @meta(tags: ["b"])
    other: Beta

    @ref(Gamma)
    pointer: String
}

@meta(name: "beta", weight: 12, tags: ["b", "A"])
@documentation("Beta docs")
structure Beta {
    @meta(name: "ALPHA")
    inner: Alpha
}

@meta(name: "gamma")
@marks([])
structure Gamma with [Shared] {}

@mixin(localTraits: [marks])
@marks(["mixed"])
@meta(name: "shared", weight: 7)
structure Shared {
    @meta(weight: 0)
    sharedField: Integer
}

@sensitive
@meta(weight: -1)
string Secret

list Secrets {
    @meta(name: "m")
    member: Secret
}

map SecretMap {
    key: String
    value: Secrets
}

@uniqueItems
list Unique {
    member: String
}

bigDecimal Money

@documentation("1.5")
float Ratio

bigInteger Big

union MaybeUnit {
    none: Unit
    some: String
}

service Second {
    version: "2"
    operations: [Other]
}

operation Other {
    input := { a: Alpha }
}

@internal
service Third {
    version: "3.0"
}
`,
};

/** Selectors written by hand: every construct of the grammar at least once. */
const HAND: string[] = [
  "*",
  "string",
  "structure",
  "member",
  "list",
  "set",
  "map",
  "union",
  "enum",
  "intEnum",
  "integer",
  "long",
  "document",
  "blob",
  "timestamp",
  "bigDecimal",
  "float",
  "service",
  "operation",
  "resource",
  "number",
  "simpleType",
  "collection",
  "aggregateType",
  "serviceType",
  "dataType",
  "string member",
  "structure > member",
  "structure > member > string",
  "member > string",
  "list > member > *",
  "map > member",
  "enum > member",
  "intEnum > member",
  "union > member > number",
  "operation -[input]-> structure",
  "operation -[output]-> structure > member",
  "operation -[error]-> structure",
  "operation -[input, output]-> *",
  "service -[operation]-> operation",
  "service -[resource]-> resource",
  "service -[error]-> *",
  "resource -[identifier]-> *",
  "resource -[property]-> *",
  "resource -[create]-> *",
  "resource -[read, list]-> *",
  "resource -[collectionOperation]-> *",
  "resource -[instanceOperation]-> *",
  "resource -[operation]-> *",
  "resource -[resource]-> *",
  "operation -[bound]-> *",
  "resource -[bound]-> *",
  "structure -[mixin]-> *",
  "* -[trait]-> *",
  "structure -[trait]-> [id|namespace = ex.traits]",
  "member -[trait]-> structure",
  "structure <",
  "string <",
  "member <",
  "operation <-[operation]- *",
  "structure <-[input, output]- operation",
  "* <-[member]- list",
  "* <-[trait]- *",
  "structure <-[mixin]-",
  "service ~> structure",
  "service ~> member",
  "operation ~> string",
  "structure ~> structure",
  "resource ~> operation",
  "[trait|required]",
  "[trait|documentation]",
  "[trait|smithy.api#documentation]",
  "[trait|ex.traits#meta]",
  "[trait|deprecated|message]",
  "[trait|deprecated|since = '1.0']",
  "[trait|range|min = 0]",
  "[trait|range|max = '1000.0']",
  "[trait|range|min = 0.5]",
  "[trait|range|max > 999]",
  "[trait|range|max >= 100]",
  "[trait|length|min > 1]",
  "[trait|length|min < 2]",
  "[trait|length|max <= 10]",
  "[trait|ex.traits#meta|weight > 5]",
  "[trait|ex.traits#meta|weight >= 7]",
  "[trait|ex.traits#meta|weight < 0]",
  "[trait|ex.traits#meta|weight <= 3]",
  "[trait|ex.traits#meta|name = alpha]",
  "[trait|ex.traits#meta|name = 'alpha', 'beta']",
  "[trait|ex.traits#meta|name = ALPHA i]",
  "[trait|ex.traits#meta|name != alpha]",
  "[trait|ex.traits#meta|name ^= al]",
  "[trait|ex.traits#meta|name $= ta]",
  "[trait|ex.traits#meta|name *= ph]",
  "[trait|ex.traits#meta|name ^= A i]",
  "[trait|ex.traits#meta|name ?= true]",
  "[trait|ex.traits#meta|name ?= false]",
  "[trait|ex.traits#meta|tags|(values) = a]",
  "[trait|ex.traits#meta|tags|(length) = 2]",
  "[trait|ex.traits#meta|tags|(first) = b]",
  "[trait|ex.traits#meta|nested|deep = x]",
  "[trait|ex.traits#meta|nested|level > 1]",
  "[trait|ex.traits#meta|(keys) = tags]",
  "[trait|ex.traits#meta|(values) = alpha]",
  "[trait|ex.traits#meta|(length) >= 3]",
  "[trait|ex.traits#marks|(values) = mixed]",
  "[trait|ex.traits#marks|(length) = 0]",
  "[trait|ex.traits#marks]",
  "[trait|tags|(values) = public]",
  "[trait|(keys) = smithy.api#required]",
  "[trait|(keys)|namespace = ex.traits]",
  "[trait|(keys)|name ^= d]",
  "[trait|(values)|name = gamma]",
  "[trait|(length) > 1]",
  "[trait|documentation|(length) > 4]",
  "[trait|documentation > 1]",
  "[trait|enumValue = yes]",
  "[trait|enumValue > 1]",
  "[trait|http|method = GET]",
  "[trait|error = client]",
  "[trait|httpError >= 400]",
  "[trait|ex.traits#ref]",
  "[trait|paginated|pageSize = size]",
  "[id = ex.svc#Ping]",
  "[id = 'ex.svc#Thing', 'ex.traits#Alpha']",
  "[id|name = Alpha]",
  "[id|name ^= Get]",
  "[id|name $= Thing i]",
  "[id|namespace = ex.traits]",
  "[id|namespace != ex.svc]",
  "[id|member]",
  "[id|member = thingId]",
  "[id|member ^= s]",
  "[id|member *= I i]",
  "[id|(length) > 20]",
  "[id|name|(length) = 4]",
  "[id|member|(length) < 4]",
  "[service]",
  "[service|version]",
  "[service|version = '2']",
  "[service|version ^= 20]",
  "[service|version > 2.5]",
  "[service|id|name = Svc]",
  "[service = ex.traits#Third]",
  "[@trait|ex.traits#meta: @{name} = alpha]",
  "[@trait|ex.traits#meta: @{name} ^= a && @{weight} > 1]",
  "[@trait|ex.traits#meta: @{weight} > 5 && @{name} ?= true]",
  "[@trait|ex.traits#meta|tags|(values): @{(length)} = 1]",
  "[@trait|ex.traits#meta|tags: @{(values)} {=} @{(values)}]",
  "[@trait|ex.traits#meta|tags: @{(values)} {<} @{(values)}]",
  "[@trait|ex.traits#meta|tags: @{(values)} {<<} @{(values)}]",
  "[@trait|ex.traits#meta|tags: @{(values)} {!=} @{(values)}]",
  "[@trait|ex.traits#meta: @{tags|(values)} {=} @{tags|(values)}]",
  "[@trait|(values): @{name} = gamma]",
  "[@: @{id|name} = @{id|name}]",
  "[@: @{id|name} ^= G, P]",
  "[@: @{trait|(length)} > 1]",
  "[@id: @{name} = Ping]",
  ":is(string, integer)",
  ":is(structure > member, union > member)",
  ":each(enum, intEnum)",
  ":not(member)",
  ":not([trait|required])",
  "member :not([trait|required])",
  "structure :not(> member)",
  ":test(> member)",
  "structure :test(> member > string)",
  "operation :test(-[input]-> structure > member [trait|required])",
  "member :test(< structure [trait|error])",
  ":in(string)",
  "string :in(:root(structure > member > string))",
  "member :in(:root(operation -[input]-> structure > member))",
  ":root(service)",
  "structure :root(service)",
  ":recursive(-[mixin]->)",
  "structure :recursive(-[mixin]->)",
  "structure :test(:recursive(-[mixin]->) [trait|mixin])",
  ":recursive(> member)",
  "operation :recursive(-[bound]->)",
  ":topdown([trait|readonly])",
  ":topdown([trait|title], [trait|readonly])",
  "service :topdown(*)",
  ":topdown(resource, operation)",
  "$svc(service) operation :test(${svc})",
  "$ops(operation) service :not(:in(${ops}))",
  "$shape(*) member > :test(${shape})",
  "operation $op(*) -[input]-> structure > member [@var|op: @{id|name} = Ping]",
  "structure $s(*) > member [@: @{var|s|id|name} = Alpha]",
  "service $svc(*) ~> operation [@var|svc: @{service|version} = '2']",
  "structure > member :test(> [trait|sensitive])",
  "member > [trait|sensitive]",
  "list > member > [trait|sensitive]",
  ":not(:test(service, operation, resource, member))",
  "simpleType :not([trait|trait])",
  "[trait|trait]",
  "structure[trait|mixin]",
  ":nope(string)",
  "[trait|box]",
  "[trait|smithy.synthetic#enum]",
  "[trait|smithy.synthetic#enum|(values)|name = YES]",
  "union > member > [id = smithy.api#Unit]",
];

const REL = ["input", "output", "error", "operation", "resource", "member", "mixin", "trait", "bound", "identifier", "property", "create", "read", "list", "collectionOperation", "instanceOperation"];
const TYPES = ["*", "string", "structure", "member", "operation", "service", "resource", "list", "map", "integer", "enum", "union", "number", "simpleType", "collection", "aggregateType", "serviceType", "dataType"];
const word = fc.constantFrom("a", "b", "A", "alpha", "Ping", "thingId", "ex.svc", "ex.traits", "1", "2", "10", "0", "-1", "gamma", "Get", "s");
const path = fc.constantFrom(
  "id",
  "id|name",
  "id|namespace",
  "id|member",
  "id|(length)",
  "service|version",
  "trait|required",
  "trait|documentation",
  "trait|ex.traits#meta|name",
  "trait|ex.traits#meta|weight",
  "trait|ex.traits#meta|tags|(values)",
  "trait|ex.traits#meta|(keys)",
  "trait|(keys)",
  "trait|(keys)|namespace",
  "trait|(values)|name",
  "trait|(length)",
  "trait|range|min",
  "trait|length|max",
  "trait|enumValue",
  "trait|ex.traits#marks|(values)",
);
const comparator = fc.constantFrom("=", "!=", "^=", "$=", "*=", ">", ">=", "<", "<=", "?=");

/** Selectors from Smithy's grammar, bounded in depth; every one parses. */
const selector: fc.Arbitrary<string> = fc.letrec<{ sel: string; step: string }>((tie) => ({
  step: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    fc.constantFrom(...TYPES),
    fc.constantFrom(">", "<", "~>"),
    fc.subarray(REL, { minLength: 1, maxLength: 3 }).map((r) => `-[${r.join(", ")}]->`),
    fc.subarray(REL, { minLength: 1, maxLength: 2 }).map((r) => `<-[${r.join(", ")}]-`),
    path.map((p) => `[${p}]`),
    fc.tuple(path, comparator, fc.array(word, { minLength: 1, maxLength: 2 }), fc.boolean()).map(([p, c, w, i]) => `[${p} ${c} ${w.map((x) => `'${x}'`).join(", ")}${i ? " i" : ""}]`),
    // A scope and a path valid in it (Smithy throws on `@{name}` read from a shape or `@{weight}` from an id).
    fc.tuple(
      fc.constantFrom(
        ["trait|ex.traits#meta", "name"],
        ["trait|ex.traits#meta", "weight"],
        ["trait|ex.traits#meta", "tags|(values)"],
        ["trait|(values)", "name"],
        ["trait|(values)", "weight"],
        ["id", "name"],
        ["id", "namespace"],
        ["id", "member"],
        ["", "id|name"],
        ["", "trait|(length)"],
        ["", "service|version"],
      ),
      comparator,
      word,
    ).map(([[scope, inner], c, w]) => `[@${scope}: @{${inner}} ${c} '${w}']`),
    fc.tuple(fc.constantFrom("is", "test", "not", "in", "recursive"), fc.array(tie("sel"), { minLength: 1, maxLength: 2 })).map(([f, args]) =>
      `:${f}(${(f === "not" || f === "in" || f === "recursive" ? args.slice(0, 1) : args).join(", ")})`,
    ),
    tie("sel").map((s) => `:root(${s})`),
    fc.array(tie("sel"), { minLength: 1, maxLength: 2 }).map((args) => `:topdown(${args.join(", ")})`),
    tie("sel").map((s) => `$v(${s}) :test(\${v})`),
    fc.tuple(tie("sel"), tie("sel")).map(([a, b]) => `$v(${a}) ${b} :in(\${v})`),
    fc.tuple(tie("sel"), fc.constantFrom("id|name", "id|namespace", "service|version", "trait|(length)"), comparator, word).map(
      ([a, p, c, w]) => `$v(${a}) [@var|v: @{${p}} ${c} '${w}']`,
    ),
    fc.tuple(
      // Not `trait|(keys)|(values)`: Smithy throws on `(values)` of a shape id.
      fc.constantFrom("trait|ex.traits#meta|tags", "trait|ex.traits#marks", "trait|tags"),
      fc.constantFrom("{=}", "{!=}", "{<}", "{<<}"),
      fc.constantFrom("trait|ex.traits#meta|tags|(values)", "trait|(keys)", "trait|ex.traits#marks|(values)", "trait|tags|(values)"),
    ).map(([scope, c, other]) => `[@: @{${scope}|(values)} ${c} @{${other}}]`),
    fc.constantFrom("[trait|ex.traits#meta|tags|(first)]", "[trait|(values)|(first)]", "[trait|tags|(values)|(length) > 1]"),
  ),
  sel: fc.array(tie("step"), { minLength: 1, maxLength: 3 }).map((steps) => steps.join(" ")),
})).sel;

const GENERATED = fc.sample(selector, { seed: Number(process.env.SELECTOR_ORACLE_SEED ?? 20261206), numRuns: Number(process.env.SELECTOR_ORACLE_RUNS ?? 250) });
const SELECTORS = [...new Set([...HAND, ...GENERATED])];

function modelText(body: string): string {
  const entries = SELECTORS.map((s, i) => `    { name: "EmitEachSelector", id: "S${i}", configuration: { selector: ${JSON.stringify(s)} } }`).join("\n");
  const version = body.startsWith("$version") ? body.slice(0, body.indexOf("\n")) : '$version: "2"';
  const rest = body.startsWith("$version") ? body.slice(body.indexOf("\n") + 1) : body;
  return `${version}\n\nmetadata validators = [\n${entries}\n]\n\n${rest}`;
}

/** Selector index → shapes its events name, sorted. */
function byValidator(events: { id: string; shapeId?: string }[]): Map<number, string[]> {
  const out = new Map<number, string[]>();
  for (const e of events) {
    const match = /^S(\d+)$/.exec(e.id);
    if (!match) continue;
    const list = out.get(Number(match[1])) ?? [];
    list.push(e.shapeId ?? "");
    out.set(Number(match[1]), list);
  }
  for (const list of out.values()) list.sort();
  return out;
}

describe(`selectors against the real Smithy's EmitEachSelector (${SELECTORS.length} selectors × ${Object.keys(MODELS).length} models)`, () => {
  const names = Object.keys(MODELS);
  let answers: OracleAnswer[] = [];
  beforeAll(async () => {
    answers = await askSmithy(names.map((name) => [{ path: `${name}.smithy`, text: modelText(MODELS[name]!) }]));
  }, 120_000);

  for (const [m, name] of names.entries()) {
    it(`model ${name}: every selector selects the same shapes`, () => {
      const answer = answers[m]!;
      expect(answer.crash, "Smithy threw").toBeUndefined();
      expect(answer.events.filter((e) => e.severity === "ERROR").map((e) => e.message)).toEqual([]);
      const theirs = byValidator(answer.events.map((e) => ({ id: e.id, shapeId: e.shapeId })));
      const ours = byValidator(loadIdl([{ path: `${name}.smithy`, text: modelText(MODELS[name]!) }]).diagnostics);
      const differences: string[] = [];
      SELECTORS.forEach((s, i) => {
        const a = theirs.get(i) ?? [];
        const b = ours.get(i) ?? [];
        if (JSON.stringify(a) === JSON.stringify(b)) return;
        const onlySmithy = a.filter((x) => !b.includes(x));
        const onlyOurs = b.filter((x) => !a.includes(x));
        differences.push(`${s}\n  only Smithy's: ${JSON.stringify(onlySmithy)}\n  only ours:     ${JSON.stringify(onlyOurs)}${onlySmithy.length + onlyOurs.length === 0 ? " (same shapes, different counts)" : ""}`);
      });
      expect(differences, `selectors whose matches differ:\n${differences.join("\n")}`).toEqual([]);
      // The fast evaluator trait selectors run on (selectors.ts) agrees too, on every selector it reads itself.
      const text = modelText(MODELS[name]!);
      const reporter = new Reporter();
      const shapes = assemble([parseIdl(`${name}.smithy`, text, reporter)], bundledModel([text]).model, reporter).shapes;
      const evaluator = new SelectorEvaluator(shapes);
      const ids = new SelectorEngine(shapes).ids().filter((id) => !id.startsWith("smithy.api#"));
      const fastDifferences: string[] = [];
      let fast = 0;
      SELECTORS.forEach((s, i) => {
        const selector = parseSelector(s);
        if (selector.full) return;
        fast++;
        const a = theirs.get(i) ?? [];
        const b = ids.filter((id) => evaluator.selects(id, selector)).sort();
        if (JSON.stringify([...new Set(a)]) !== JSON.stringify(b)) {
          fastDifferences.push(`${s}\n  only Smithy's: ${JSON.stringify(a.filter((x) => !b.includes(x)))}\n  only ours:     ${JSON.stringify(b.filter((x) => !a.includes(x)))}`);
        }
      });
      expect(fastDifferences, `selectors the fast evaluator answers differently:\n${fastDifferences.join("\n")}`).toEqual([]);
      expect(fast).toBeGreaterThan(50);
      // The test proves something only when the selectors select things.
      expect([...theirs.values()].filter((l) => l.length > 0).length).toBeGreaterThan(SELECTORS.length / 10);
    });
  }
});
