// Event cases of Smithy's validation stages (ModelAssembler, ModelValidator,
// ValidationUtils.CRITICAL_VALIDATORS in 1.73.0): a load ERROR ("Model") stops
// every validator; an ERROR of TargetValidator or ResourceCycleValidator stops
// the rest; an ERROR of a critical validator (EnumShape,
// ExclusiveStructureMemberTrait, TraitTarget, TraitValue, TraitConflict,
// DefaultTrait, ShapeIdConflict, SingleOperationBinding,
// SingleResourceBinding) stops the others, after every critical one has run.
// Also the load errors Smithy raises while building a shape or trait.
import type { EventCase } from "./event-cases.js";

const H = '$version: "2"\nnamespace ex\n';
const BAD_TRAIT_VALUE = `@trait\nstructure myTrait { a: String }\n@myTrait(a: 1)\nstring Bad\n`;
const IO_MISUSE = `@input\nstructure AIn {}\noperation A {\n    input: AIn\n    output: AIn\n}\n`;

export const STAGE_CASES: EventCase[] = [
  // ---- OperationShape's builder: an operation mixin may not have input or output (a load error)
  {
    id: "Model",
    name: "an operation mixin with input, output and errors",
    expect: "trigger",
    text: `${H}@mixin\noperation OpMixin {\n    input: In\n    output: Out\n    errors: [Err]\n}\nstructure In {}\nstructure Out {}\n@error("client")\nstructure Err {}\n`,
  },
  {
    id: "Model",
    name: "an operation mixin with inline input only, and a later validator's error that the load error hides",
    expect: "trigger",
    text: `${H}@mixin\noperation OpMixin {\n    input := {}\n}\n${IO_MISUSE}`,
  },
  {
    id: "Model",
    name: "an operation mixin with an output, mixed into an operation",
    expect: "trigger",
    text: `${H}@mixin\noperation OpMixin {\n    output: Out\n}\nstructure Out {}\noperation Uses with [OpMixin] {}\n`,
  },
  {
    id: "Model",
    name: "every shape mixing in an operation mixin Smithy could not build, directly or through another mixin, fails too",
    expect: "trigger",
    text: `${H}@mixin\noperation OpMixin {\n    output: Out\n}\nstructure Out {}\n@mixin\noperation M2 with [OpMixin] {}\noperation Uses2 with [M2] {}\noperation Uses3 with [OpMixin] {\n    output: Out\n}\n`,
  },
  {
    id: "Model",
    name: "near miss: an operation mixin with errors and input/output Unit, mixed into an operation",
    expect: "accept",
    text: `${H}@mixin\noperation OpMixin {\n    input: Unit\n    output: smithy.api#Unit\n    errors: [Err]\n}\n@error("client")\nstructure Err {}\noperation Uses with [OpMixin] {\n    input: In\n}\nstructure In {}\n`,
  },
  // ---- stages
  {
    id: "Model",
    name: "a load error (a @pattern Smithy cannot compile) hides an unresolved target",
    expect: "trigger",
    text: `${H}@pattern("(")\nstring P\nstructure S { a: Missing }\n`,
  },
  {
    id: "Model",
    name: "a load error (@length without min or max) hides an unresolved target and a trait value error",
    expect: "trigger",
    text: `${H}@length\nstring P\nstructure S { a: Missing }\n${BAD_TRAIT_VALUE}`,
  },
  {
    id: "Target",
    name: "an unresolved target hides a trait value error and a trait on the wrong shape",
    expect: "trigger",
    text: `${H}structure S { a: Missing }\n${BAD_TRAIT_VALUE}@length(min: 1)\ninteger I\n`,
  },
  {
    id: "TraitValue",
    name: "critical validators all report (TraitValue, ShapeIdConflict, EnumShape), the others do not",
    expect: "trigger",
    text: `${H}${BAD_TRAIT_VALUE}structure Foo { a: String }\nstructure foo { a: String }\nenum E {\n    A = "x"\n    B = "x"\n}\n${IO_MISUSE}`,
  },
  {
    id: "DefaultTrait",
    name: "a default of the wrong type hides a later validator's error",
    expect: "trigger",
    text: `${H}structure S {\n    @default("x")\n    i: Integer\n}\n${IO_MISUSE}`,
  },
  {
    id: "ShapeIdConflict",
    name: "shape ids differing in case hide a later validator's error",
    expect: "trigger",
    text: `${H}structure Foo { a: String }\nstructure foo { a: String }\n${IO_MISUSE}`,
  },
  {
    id: "TraitTarget",
    name: "a trait where it cannot apply, beside a trait value error, hides the HTTP validators' errors",
    expect: "trigger",
    text: `${H}${BAD_TRAIT_VALUE}@http(method: "GET", uri: "/a/{x}")\noperation A {\n    input := {\n        @httpLabel\n        x: String\n    }\n}\n`,
  },
  {
    id: "EnumShape",
    name: "a duplicate enum value hides a later validator's error",
    expect: "trigger",
    text: `${H}enum E {\n    A = "x"\n    B = "x"\n}\n${IO_MISUSE}`,
  },
  {
    id: "OperationInputOutputMisuse",
    name: "near miss: only later validators' errors, all reported",
    expect: "trigger",
    text: `${H}${IO_MISUSE}@input\nstructure BIn {}\noperation B {\n    input: BIn\n    output: BIn\n}\n`,
  },
  // ---- metadata suppressions Smithy cannot read: an ERROR before the validators (ModelValidator's decorator)
  {
    id: "Model",
    name: "a malformed suppressions entry: only the correctness validators report (a shape id conflict and an @input misuse do not)",
    expect: "trigger",
    text: "$version: \"2\"\nmetadata suppressions = [{id: 5, namespace: \"*\"}]\nnamespace ex\n@input\nstructure AIn {}\noperation A {\n    input: AIn\n    output: AIn\n}\nstructure S { a: String }\nstructure s { a: String }\n",
  },
  {
    id: "Model",
    name: "a malformed suppressions entry beside an unresolved target: both reported",
    expect: "trigger",
    text: "$version: \"2\"\nmetadata suppressions = [{id: 5, namespace: \"*\"}]\nnamespace ex\nstructure S { a: Missing }\n",
  },
  {
    id: "Model.UnresolvedTrait",
    name: "a malformed suppressions entry in a model the loader refuses is not read at all",
    expect: "trigger",
    text: "$version: \"2\"\nmetadata suppressions = [{id: 5, namespace: \"*\"}]\nnamespace ex\n@nope\nstring A\n",
  },
  {
    id: "Model",
    name: "a malformed suppressions entry: the TargetValidator's DeprecatedShape WARNING still reported",
    expect: "trigger",
    compareIds: ["DeprecatedShape"],
    text: "$version: \"2\"\nmetadata suppressions = [{id: 5, namespace: \"*\"}]\nnamespace ex\n@deprecated\nstring Old\nstructure S { a: Old }\n",
  },
  // ---- ExternalDocumentationTrait: each value a URL as java.net.URL reads one
  {
    id: "Model",
    name: "externalDocumentation values java.net.URL refuses (no or unknown protocol, bad ports, an unclosed IPv6 host, jar: without !/) and the many it accepts",
    expect: "trigger",
    text: "$version: \"2\"\nnamespace ex\n@externalDocumentation(a: \"https://example.co[m\")\nstring A0\n@externalDocumentation(a: \"https://exa mple.com\")\nstring A1\n@externalDocumentation(a: \"https://example.com:80a\")\nstring A2\n@externalDocumentation(a: \"foo://x\")\nstring A3\n@externalDocumentation(a: \"example.com\")\nstring A4\n@externalDocumentation(a: \"https://\")\nstring A5\n@externalDocumentation(a: \"http:/x\")\nstring A6\n@externalDocumentation(a: \"mailto:a@b\")\nstring A7\n@externalDocumentation(a: \"https://ex%ample.com\")\nstring A8\n@externalDocumentation(a: \"https://example.com:99999\")\nstring A9\n@externalDocumentation(a: \"https://[::1\")\nstring A10\n@externalDocumentation(a: \"file:x\")\nstring A11\n@externalDocumentation(a: \"HTTPS://x\")\nstring A12\n@externalDocumentation(a: \"https://a b/c d\")\nstring A13\n@externalDocumentation(a: \"jar:x\")\nstring A14\n@externalDocumentation(a: \"https://example.com:-1\")\nstring A15\n@externalDocumentation(a: \"https://example.com:-2\")\nstring A16\n@externalDocumentation(a: \"https://u@h:1/p\")\nstring A17\n@externalDocumentation(a: \"https://[::1]:x\")\nstring A18\n@externalDocumentation(a: \"jar:file:/a.jar!/b\")\nstring A19\n@externalDocumentation(a: \"ftp://h:21\")\nstring A20\n@externalDocumentation(a: \"https://h:/p\")\nstring A21\n@externalDocumentation(a: \"https://a:b:c\")\nstring A22\n",
  },
  // ---- properties of service, resource and operation bodies Smithy does not know
  {
    id: "Model",
    name: "a service's or resource's unknown properties are a WARNING at the body",
    expect: "accept",
    compareIds: ["Model"],
    text: "$version: \"2\"\nnamespace ex\nresource R {\n    identifies: { a: String }\n}\nservice S {\n    version: \"1\"\n    bogus: 1\n}\n",
  },
  {
    id: "Model",
    name: "near miss: a service's and a resource's unknown properties (and `type`) are only a WARNING",
    expect: "accept",
    compareIds: ["Model"],
    text: "$version: \"2\"\nnamespace ex\nservice S {\n    version: \"1\"\n    type: \"x\"\n}\nresource R {\n    type: 5\n    extra: 1\n    more: 2\n}\n",
  },
];
