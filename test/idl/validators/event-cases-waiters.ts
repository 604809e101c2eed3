// Event cases of Smithy's waiter validators (smithy-waiters: WaitableTrait-,
// WaiterMatcher- and UniqueWaiterNamesValidator; codegen/src/idl/validate/
// waiters.ts and its modules): for each rule, a trigger Smithy reports and a
// near miss it accepts, judged by the pinned Smithy in waiters.oracle.test.ts.
// JMESPath paths are read by jmespath.js, whose grammar is looser than
// Smithy's in places: those places have cases of their own.
import type { EventCase } from "./event-cases.js";

const H = '$version: "2"\nnamespace ex\nuse smithy.waiters#waitable\n';

/** The operation every waiter here is on: output members of each JMESPath type. */
const OP = `operation Op {
    input := { id: String }
    output := { status: String, count: Integer, ready: Boolean, items: Items, tags: Tags, names: Names }
    errors: [NotFound]
}
@error("client")
structure NotFound {}
list Items { member: Item }
structure Item { name: String, size: Integer }
map Tags { key: String, value: String }
list Names { member: String }
`;

const SUCCESS = '{ state: "success", matcher: { success: true } }';

/** A waiter `Ready` on Op with `acceptors` (written in IDL node syntax). */
const waiter = (acceptors: string, delays = ""): string => `${H}@waitable(Ready: { ${delays}acceptors: [${acceptors}] })\n${OP}`;

/** A waiter whose one acceptor matches the output's `path` with `comparator`. */
const path = (text: string, comparator = "stringEquals", expected = "x"): string =>
  waiter(`{ state: "success", matcher: { output: { path: ${JSON.stringify(text)}, expected: "${expected}", comparator: "${comparator}" } } }`);

/** A waiter with a success acceptor and a failure one whose message is `message`. */
const message = (text: string, state = "failure"): string => waiter(`${SUCCESS}, { state: "${state}", matcher: { errorType: "NotFound" }, message: ${JSON.stringify(text)} }`);

/** A service whose operations A and B have the waiters named. */
const service = (a: string, b: string): string =>
  `${H}service Svc { version: "1", operations: [A], resources: [R] }\nresource R { operations: [B] }\n@waitable(${a}: { acceptors: [${SUCCESS}] })\noperation A {}\n@waitable(${b}: { acceptors: [${SUCCESS}] })\noperation B {}\n`;

/** Structures S0 … S<levels> whose members a and b both target the next; the last has a string `v`. */
const dag = (levels: number, pathText: string): string => {
  const structures = Array.from({ length: levels }, (_, i) => `structure S${i} { a: S${i + 1}, b: S${i + 1} }`);
  const acceptor = `{ state: "success", matcher: { output: { path: ${JSON.stringify(pathText)}, expected: "x", comparator: "stringEquals" } } }`;
  return `${H}@waitable(Ready: { acceptors: [${acceptor}] })\noperation Op {\n    output := { s: S0 }\n}\n${structures.join("\n")}\nstructure S${levels} { v: String }\n`;
};

export const WAITER_CASES: EventCase[] = [
  // ---- the waiter name's @pattern: map keys are values of the key shape (TraitValue, ERROR)
  { id: "TraitValue", name: "a waiter name that does not match WaiterName's pattern", expect: "trigger", text: `${H}@waitable(ready: { acceptors: [${SUCCESS}] })\noperation Op {}\n` },
  { id: "TraitValue", name: "a waiter name that matches it", expect: "accept", text: `${H}@waitable(Ready2: { acceptors: [${SUCCESS}] })\noperation Op {}\n` },
  {
    id: "TraitValue",
    name: "a custom trait's map keys against the key shape's length and enum",
    expect: "trigger",
    text: '$version: "2"\nnamespace ex\n@trait\nmap limits { key: Short, value: String }\n@length(max: 2)\nstring Short\n@trait\nmap picks { key: Pick, value: String }\nenum Pick { A }\n@limits(abc: "x")\n@picks(B: "y")\nstructure S {}\n',
  },
  {
    id: "TraitValue",
    name: "a custom trait's map keys within them",
    expect: "accept",
    text: '$version: "2"\nnamespace ex\n@trait\nmap limits { key: Short, value: String }\n@length(max: 2)\nstring Short\n@trait\nmap picks { key: Pick, value: String }\nenum Pick { A }\n@limits(ab: "x")\n@picks(A: "y")\nstructure S {}\n',
  },
  // ---- samples of shapes met many times (shared, not built again: jmespath-shape-sample.ts)
  {
    id: "WaitableTraitJmespathProblem",
    name: "a field missing 12 levels down a structure whose two members each target the next",
    expect: "trigger",
    text: dag(12, "s.a.b.a.b.a.b.a.b.a.b.a.b.w"),
  },
  { id: "WaitableTraitJmespathProblem", name: "the field there", expect: "accept", text: dag(12, "s.a.b.a.b.a.b.a.b.a.b.a.b.v") },
  // ---- WaitableTrait: delays and acceptor states (ERROR)
  { id: "WaitableTrait", name: "minDelay greater than maxDelay", expect: "trigger", text: waiter(SUCCESS, "minDelay: 10, maxDelay: 5, ") },
  { id: "WaitableTrait", name: "minDelay equal to maxDelay", expect: "accept", text: waiter(SUCCESS, "minDelay: 5, maxDelay: 5, ") },
  { id: "WaitableTrait", name: "minDelay above the default maxDelay (120)", expect: "trigger", text: waiter(SUCCESS, "minDelay: 121, ") },
  { id: "WaitableTrait", name: "maxDelay below the default minDelay (2)", expect: "trigger", text: waiter(SUCCESS, "maxDelay: 1, ") },
  { id: "WaitableTrait", name: "minDelay at the default maxDelay, maxDelay at the default minDelay", expect: "accept", text: `${waiter(SUCCESS, "minDelay: 120, ")}@waitable(Done: { maxDelay: 2, acceptors: [${SUCCESS}] })\noperation Op2 {}\n` },
  { id: "WaitableTrait", name: "no acceptor with the success state", expect: "trigger", text: waiter('{ state: "retry", matcher: { success: true } }, { state: "failure", matcher: { errorType: "NotFound" } }') },
  { id: "WaitableTrait", name: "a success acceptor (its matcher's value does not matter)", expect: "accept", text: waiter('{ state: "retry", matcher: { success: true } }, { state: "success", matcher: { success: false } }') },
  { id: "WaitableTrait", name: "a message on an acceptor that is not a failure", expect: "trigger", text: message("status", "retry") },
  { id: "WaitableTrait", name: "a message on a failure acceptor, giving a string", expect: "accept", text: message("status") },
  { id: "WaitableTrait", name: "a message giving a number", expect: "trigger", text: message("count") },
  { id: "WaitableTrait", name: "a message giving an array of objects (Smithy lints `message[0]`)", expect: "trigger", text: message("items") },
  { id: "WaitableTrait", name: "a message giving an array of strings", expect: "accept", text: message("names") },
  { id: "WaitableTrait", name: "a message `a || b` giving an array (Smithy lints `a || b[0]`)", expect: "trigger", text: message("names || items[].name") },
  { id: "WaitableTrait", name: "a message that does not parse", expect: "trigger", text: message("status.") },
  // ---- WaitableTrait: path matchers (ERROR)
  { id: "WaitableTrait", name: "booleanEquals expecting 'True'", expect: "trigger", text: path("ready", "booleanEquals", "True") },
  { id: "WaitableTrait", name: "booleanEquals expecting 'true'", expect: "accept", text: path("ready", "booleanEquals", "true") },
  { id: "WaitableTrait", name: "a path that does not parse", expect: "trigger", text: path("items.[") },
  { id: "WaitableTrait", name: "a path that parses", expect: "accept", text: path("items[0].name") },
  { id: "WaitableTrait", name: "a dot with nothing after it (jmespath.js accepts it)", expect: "trigger", text: path("status.") },
  { id: "WaitableTrait", name: "two expressions in one group, a trailing comma, a '-' without digits (jmespath.js accepts them)", expect: "trigger", text: waiter(['(status id)', "length(status,)", "names[-]", "{a: status b: status}"].map((p) => `{ state: "retry", matcher: { output: { path: ${JSON.stringify(p)}, expected: "x", comparator: "stringEquals" } } }`).join(", ")) },
  { id: "WaitableTrait", name: "a literal that is not JSON, an unclosed raw string (jmespath.js accepts them)", expect: "trigger", text: waiter(["`abc` == status", "'abc"].map((p) => `{ state: "success", matcher: { output: { path: ${JSON.stringify(p)}, expected: "true", comparator: "booleanEquals" } } }`).join(", ")) },
  {
    id: "WaitableTrait",
    name: "paths Smithy reads and jmespath.js does not as written: `@` starting an argument, numbers with leading zeros, a quoted function name",
    expect: "accept",
    text: waiter(["length(@.names) > `0`", "count == `01`", '"length"(status) > `1`', "(@).ready"].map((p) => `{ state: "success", matcher: { output: { path: ${JSON.stringify(p)}, expected: "true", comparator: "booleanEquals" } } }`).join(", ")),
  },
  { id: "WaitableTrait", name: "an unknown function", expect: "trigger", text: path("nope(status)") },
  { id: "WaitableTrait", name: "a known function", expect: "accept", text: path("to_string(status)") },
  { id: "WaitableTrait", name: "a function given too many arguments, another too few", expect: "trigger", text: path("join(length(status, status)) || status") },
  { id: "WaitableTrait", name: "functions given as many arguments as they take (not_null: one or more)", expect: "accept", text: path("not_null(status, join(', ', names))") },
  { id: "WaitableTrait", name: "a function argument of a type the output's shapes rule out", expect: "trigger", text: path("length(count) > `0`", "booleanEquals", "true") },
  { id: "WaitableTrait", name: "function arguments of the right types", expect: "accept", text: path("length(tags) > `0` && contains(names, 'a')", "booleanEquals", "true") },
  // ---- WaitableTraitJmespathProblem (DANGER): the linter over a made-up output
  { id: "WaitableTraitJmespathProblem", name: "a field the output does not have", expect: "trigger", text: path("state") },
  { id: "WaitableTraitJmespathProblem", name: "a field of a projected list item the item does not have, an index on a string", expect: "trigger", text: path("items[].color || status[0]", "anyStringEquals") },
  { id: "WaitableTraitJmespathProblem", name: "fields the output and its items have", expect: "accept", text: path("items[?size > `1`].name", "allStringEquals") },
  { id: "WaitableTraitJmespathProblem", name: "a path whose type is not its comparator's", expect: "trigger", text: path("count") },
  { id: "WaitableTraitJmespathProblem", name: "an inputOutput path into the input", expect: "trigger", text: waiter('{ state: "success", matcher: { inputOutput: { path: "input.id == output.count", expected: "true", comparator: "booleanEquals" } } }, { state: "retry", matcher: { inputOutput: { path: "input.name", expected: "x", comparator: "stringEquals" } } }') },
  {
    id: "WaitableTraitJmespathProblem",
    name: "nothing is known of a document, or of a recursive member below itself",
    expect: "accept",
    text: `${H}@waitable(Ready: { acceptors: [{ state: "success", matcher: { output: { path: "doc.anything.at.all || tree.kids[0].kids[0].kids[0].anything", expected: "x", comparator: "stringEquals" } } }] })\noperation Op { output := { doc: Document, tree: Tree } }\nstructure Tree { kids: Trees, label: String }\nlist Trees { member: Tree }\n`,
  },
  {
    id: "WaitableTraitJmespathProblem",
    name: "an `&expression` is linted over the function's input, not its items; a function's array result is empty",
    expect: "trigger",
    text: path("sort_by(items, &name)[0].name"),
  },
  {
    id: "WaitableTraitJmespathProblem",
    name: "a missing field is suppressed; a comparison that cannot hold is a WARNING",
    expect: "accept",
    compareIds: ["WaitableTraitJmespathProblem"],
    text: `${H}@suppress(["WaitableTraitJmespathProblem"])\n@waitable(Ready: { acceptors: [{ state: "success", matcher: { output: { path: "state", expected: "x", comparator: "stringEquals" } } }] })\noperation Op { output := { status: String } }\n@waitable(Done: { acceptors: [{ state: "success", matcher: { output: { path: "status < 'b' || ready", expected: "true", comparator: "booleanEquals" } } }] })\noperation Op2 { output := { status: String, ready: Boolean } }\n`,
  },
  // ---- WaitableTraitInvalidErrorType (WARNING)
  { id: "WaitableTraitInvalidErrorType", name: "an errorType the operation does not have", expect: "accept", compareIds: ["WaitableTraitInvalidErrorType"], text: waiter(`${SUCCESS}, { state: "retry", matcher: { errorType: "Throttled" } }, { state: "retry", matcher: { errorType: "other#NotFound" } }`) },
  { id: "WaitableTraitInvalidErrorType", name: "an errorType by the error's name and by its shape ID", expect: "accept", compareIds: ["WaitableTraitInvalidErrorType"], text: waiter(`${SUCCESS}, { state: "retry", matcher: { errorType: "NotFound" } }, { state: "retry", matcher: { errorType: "ex#NotFound" } }`) },
  // ---- UniqueWaiterNames (ERROR)
  { id: "UniqueWaiterNames", name: "waiters Ready and READY on two operations of one service (one through a resource)", expect: "trigger", text: service("Ready", "READY") },
  { id: "UniqueWaiterNames", name: "waiters Ready and Done; Ready and READY on operations of no common service", expect: "accept", text: `${service("Ready", "Done")}@waitable(READY: { acceptors: [${SUCCESS}] })\noperation C {}\n` },
];
