// `metadata validators` against the real Smithy: malformed definitions are
// ERRORs (`Model`) where Smithy places them, with its messages; the events
// of EmitEachSelector, EmitNoneSelector and UnreferencedShape, with a
// definition's id, severity, message, namespaces and selector, and unknown
// validator names, are Smithy's (severity, id, shape, file:line:col, message),
// suppressions included. Every case is judged by Smithy in one batch.
import { expect } from "vitest";
import { loadIdl } from "../../../codegen/src/idl/index.js";
import { describeAgainstSmithy, type SingleFileCases } from "../oracle/single-file-cases.js";

const model = (validators: string, body = "string A\nstructure S { m: A }\n"): string => `$version: "2"\nmetadata validators = ${validators}\nnamespace a.b\n${body}`;
const each = (extra: string, configuration = 'selector: "string"'): string => `[{ name: "EmitEachSelector"${extra}, configuration: { ${configuration} } }]`;

const CASES: SingleFileCases = {
  "EmitEachSelector: a DANGER per match, at the shape": [model(each(', id: "NoStrings"')), true],
  "a definition's severity, message ({super}) and dotted id": [model(each(', id: "Foo.Bar", severity: "WARNING", message: "X {super} Y {shape}"')), true],
  "NOTE severity; namespaces keep only their shapes": [model(each(', severity: "NOTE", namespaces: ["other.ns"]'), "string A\n"), true],
  "a definition's selector filters the events": [model(each(', selector: "[id|name = B]"'), "string A\nstring B\n"), true],
  "EmitNoneSelector: one DANGER without a shape when nothing matches": [model('[{ name: "EmitNoneSelector", id: "NeedsInt", configuration: { selector: "integer" } }]'), true],
  "EmitNoneSelector: nothing when a shape matches": [model('[{ name: "EmitNoneSelector", configuration: { selector: "structure" } }]'), true],
  "an unknown validator is a WARNING at its entry": [model('[{ name: "NoSuchValidator" }]'), true],
  "messageTemplate reads the match; @@ is an @": [
    model(each("", 'selector: "$s(structure) > member", messageTemplate: "@{id|member} of @{var|s|id|name} @@ @{trait|documentation} @{trait|(keys)} @{id}"'), "string A\nstructure S {\n    /// doc\n    m: A\n}\n"),
    true,
  ],
  "messageTemplate prints trait values as Smithy's nodes print (decimals, big integers, escapes)": [
    model(
      each("", 'selector: "[trait|range]", messageTemplate: "@{trait|range|min} @{trait|range} @{trait|documentation} @{trait|(keys)}"'),
      '/// Say "hi" \\ é\n@range(min: 1.5, max: 1e3)\nfloat F\n@range(min: -0.0, max: 12345678901234567890)\nbigDecimal D\n@range(min: 1, max: 10)\ninteger I\n',
    ),
    true,
  ],
  "members from a mixin are located at the mixin's member; applied traits at the apply": [
    model(
      '[{ name: "EmitEachSelector", id: "M", configuration: { selector: "member" } }, { name: "EmitEachSelector", id: "T", configuration: { selector: "member", bindToTrait: documentation } }]',
      '@mixin\nstructure Base {\n    /// the id\n    id: String\n}\nstructure Child with [Base] {\n    other: String\n}\napply Child$id @documentation("applied")\n',
    ),
    true,
  ],
  "bindToTrait of a trait from a mixin: at the mixin's application": [
    model(
      '[{ name: "EmitEachSelector", id: "X", configuration: { selector: "structure", bindToTrait: documentation } }, { name: "EmitEachSelector", id: "Y", configuration: { selector: "structure", bindToTrait: tags } }]',
      '/// mixin doc\n@mixin\n@tags(["a"])\nstructure Base {\n    id: String\n}\nstructure Child with [Base] {\n    other: String\n}\n',
    ),
    true,
  ],
  "bindToTrait: events at the trait, only for shapes with it": [model(each("", 'selector: "*", bindToTrait: documentation'), "/// doc\nstring A\nstring B\n"), true],
  "bindToTrait of a trait no shape has: no event": [model(each("", 'selector: "*", bindToTrait: "a.b#nope"')), true],
  "@suppress and metadata suppressions silence these events": [
    `$version: "2"\nmetadata validators = ${each(', id: "NoStrings"')}\nmetadata suppressions = [{ id: "NoStrings", namespace: "a.c" }]\nnamespace a.b\n@suppress(["NoStrings"])\nstring A\nstring B\n`,
    true,
  ],
  "UnreferencedShape: a NOTE per shape no service reaches": [
    model('[{ name: "UnreferencedShape" }]', "service Svc { operations: [Op] }\noperation Op { input := { a: A } }\nstring A\nstring Lonely\nstructure Alone { s: Lonely2 }\nstring Lonely2\n"),
    true,
  ],
  "UnreferencedShape: rootShapeSelector and a severity": [
    model('[{ name: "UnreferencedShape", severity: "WARNING", configuration: { rootShapeSelector: "[trait|tags]" } }]', '@tags(["root"])\nstructure Root { a: A }\nstring A\nstring B\n'),
    true,
  ],
  "validators not an array": [model('"nope"'), false],
  "an element that is not an object": [model('["x", { name: "EmitEachSelector", configuration: { selector: "string" } }]'), false],
  "a definition without a name": [model('[{ id: "X" }]'), false],
  "a name that is not a string": [model("[{ name: 5 }]"), false],
  "a severity that is not DANGER, WARNING or NOTE": [model(each(', severity: "ERROR"')), false],
  "namespaces that are not a list": [model(each(', namespaces: "a.b"')), false],
  "a definition's selector that does not parse": [model(each(', selector: "stri"')), false],
  "EmitEachSelector without a selector": [model('[{ name: "EmitEachSelector" }]'), false],
  "EmitNoneSelector without a selector": [model('[{ name: "EmitNoneSelector", configuration: {} }]'), false],
  "a selector that does not parse": [model(each("", 'selector: "strin"')), false],
  "a selector that is not a string": [model(each("", "selector: 5")), false],
  "a message template that does not parse": [model(each("", 'selector: "string", messageTemplate: "a @{id} @@ @{trait|x"')), false],
  "UnreferencedShape with an unknown property": [model('[{ name: "UnreferencedShape", configuration: { rootShapeSelector: "structure", x: 1 } }]'), false],
  "UnreferencedShape with a rootShapeSelector that does not parse": [model('[{ name: "UnreferencedShape", configuration: { rootShapeSelector: "stru" } }]'), false],
  "UnreferencedShape: trait definitions, what they use, @idRef values and mixins": [
    model(
      '[{ name: "UnreferencedShape" }]',
      "@trait\nstructure myTrait { a: UsedByTrait }\nstring UsedByTrait\n@trait\n@idRef\nstring pointer\n@pointer(Pointed)\nstring Holder\nstring Pointed\n@mixin\nstructure M { x: FromMixin }\nstring FromMixin\nstructure WithMixin with [M] {}\nservice Svc { version: \"1\", operations: [Op] }\noperation Op { input := { h: Holder, w: WithMixin } }\n",
    ),
    true,
  ],
  "templated events: one per match, even the same shape twice": [model(each("", 'selector: ":is(string, [id|name = A])", messageTemplate: "hit @{id|name}"')), true],
  "severityOverrides raise these events; a suppression with namespace * silences an unknown validator": [
    `$version: "2"\nmetadata validators = [{ name: "EmitEachSelector", id: "Low", severity: "NOTE", configuration: { selector: "string" } }, { name: "Nope" }]\nmetadata severityOverrides = [{ id: "Low", namespace: "a.b", severity: "DANGER" }]\nmetadata suppressions = [{ id: "UnknownValidator_Nope", namespace: "*" }]\nnamespace a.b\nstring A\n`,
    true,
  ],
  "definitions from two metadata statements of one key are merged": [
    `$version: "2"\nmetadata validators = [{ name: "EmitEachSelector", id: "One", configuration: { selector: "string" } }]\nmetadata validators = [{ name: "EmitEachSelector", id: "Two", configuration: { selector: "structure" } }]\nnamespace a.b\nstring A\nstructure S {}\n`,
    true,
  ],
  "a selector that is not a string at the top level": [model(each(", selector: 5")), false],
  "id and message that are not strings": [model(each(", id: 5, message: true")), false],
  "configuration that is not an object": [model('[{ name: "EmitEachSelector", configuration: "string" }]'), false],
  "a malformed definition stops the other validators": [
    model('[{ name: "EmitEachSelector", configuration: { selector: "string" } }, { name: "EmitEachSelector" }]', "@deprecated\nstring A\nstructure S { m: A }\n"),
    false,
  ],
  "namespaces with a non-string": [model(each(', namespaces: ["a.b", 5]')), false],
  "bindToTrait that is not a string": [model(each("", 'selector: "string", bindToTrait: 5')), false],
  "bindToTrait that is not a shape id": [model(each("", 'selector: "string", bindToTrait: "notAnId!"')), false],
  "messageTemplate that is not a string": [model(each("", 'selector: "string", messageTemplate: 5')), false],
  "rootShapeSelector that is not a string": [model('[{ name: "UnreferencedShape", configuration: { rootShapeSelector: 5 } }]'), false],
  "a JSON AST model's validators": [
    JSON.stringify({
      smithy: "2.0",
      metadata: { validators: [{ name: "EmitEachSelector", id: "J", configuration: { selector: "string" } }, { name: "Unknown" }] },
      shapes: { "a.b#A": { type: "string" } },
    }, null, 2),
    true,
    "case.json",
  ],
  "a @traitValidators selector beyond the fast forms is evaluated": [
    `$version: "2"\nnamespace a.b\n@trait\n@traitValidators({\n    "MyTrait.NoBad": { selector: "~> [id|name ^= Bad]", message: "no Bad shapes", severity: "DANGER" }\n})\nstructure myTrait {}\n@myTrait\nstructure S {\n    b: BadThing\n    g: Good\n}\nstring BadThing\nstring Good\n`,
    true,
  ],
  // Trait selectors beyond the fast evaluator's forms run on the full one (selectors.ts falls back to it).
  "a trait selector with a comparator: applied where it matches": [
    `$version: "2"\nnamespace a.b\n@trait(selector: "[id|name ^= Good]")\nstructure mark {}\n@mark\nstring GoodOne\n`,
    true,
  ],
  "a trait selector with a comparator: refused where it does not match": [
    `$version: "2"\nnamespace a.b\n@trait(selector: "[id|name ^= Good]")\nstructure mark {}\n@mark\nstring Bad\n`,
    false,
  ],
  "a trait selector with a reverse relationship and :in": [
    `$version: "2"\nnamespace a.b\n@trait(selector: "string :test(< member) :in(:root([id|namespace = a.b]))")\nstructure mark {}\n@mark\nstring Used\n@mark\nstring Unused\nstructure S { u: Used }\n`,
    false,
  ],
};

// TraitTarget's text is that validator's own (traits.ts), not what these cases prove.
const text = (id: string, message: string): string => (id === "TraitTarget" ? "" : `: ${message}`);

describeAgainstSmithy("metadata validators against the real Smithy", CASES, (files, answer) => {
  const theirs = answer.events.map((e) => `${e.severity} ${e.id} [${e.shapeId}] ${e.file}:${e.line}:${e.col}${text(e.id, e.message)}`).sort();
  const ours = loadIdl(files)
    .diagnostics.map((d) => `${d.severity.toUpperCase()} ${d.id} [${d.shapeId ?? ""}] ${d.path}:${d.line}:${d.column}${text(d.id, d.message)}`)
    .sort();
  expect(ours).toEqual(theirs);
});
