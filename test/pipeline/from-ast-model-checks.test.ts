// The model checks of `generate --from-ast` beyond trait values: a JSON AST
// that Smithy's model validators refuse (two shapes of one name in a service's
// closure, @paginated naming members that do not exist, structures that
// require each other, a metadata validator's ERROR …) went through as if
// valid: the conflict generated a client with one type for two shapes, exit
// status 0. idl/ast-traits.ts now runs every validator of the front end over
// the plain AST, while the generator workers already work (they write nothing
// before the check passes: generators/threads.ts, the write gate).
//
// Each mutation of our model is judged by the pinned Smithy (refusals and near
// misses); the CLI then refuses the refused ones with the front end's
// diagnostics, with workers forced on, and leaves an existing output
// directory as it was.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { relative } from "node:path";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { firstTraitProblem } from "../../codegen/src/idl/ast-traits.js";
import type { SmithyModel } from "../../codegen/src/model/ast.js";
import { judgeMutations } from "../idl/oracle/mutations.js";
import { askSmithy, refuses } from "../idl/oracle/smithy-oracle.js";
import { builtCli } from "../support/built-cli.js";

const { root, cli, scratch } = builtCli("from-ast-model-checks");

const fixture = JSON.parse(readFileSync(join(root, "test/fixtures/mwaa-serverless.ast.json"), "utf8")) as SmithyModel;
const NS = "com.amazonaws.mwaaserverless#";
type Shape = Record<string, unknown> & { traits?: Record<string, unknown>; members?: Record<string, { target: string; traits?: Record<string, unknown> }> };
type Mutation = { refused: boolean; id?: string; change: (shapes: Record<string, Shape>, model: SmithyModel) => void };

/** A structure for the request to hold: its member `name` targets `target`. */
function addInputMember(shapes: Record<string, Shape>, name: string, target: string, required = false): void {
  shapes[`${NS}StopWorkflowRunRequest`]!.members![name] = { target, ...(required ? { traits: { "smithy.api#required": {} } } : {}) };
}

const MUTATIONS: Record<string, Mutation> = {
  "two shapes named alike in the service's closure": {
    refused: true,
    id: "Service",
    change: (s) => {
      s["other.ns#WorkflowArn"] = { type: "integer" };
      addInputMember(s, "Extra", "other.ns#WorkflowArn");
    },
  },
  "a renamed one of them (near miss)": {
    refused: false,
    change: (s) => {
      s["other.ns#WorkflowArn"] = { type: "integer" };
      addInputMember(s, "Extra", "other.ns#WorkflowArn");
      (s[`${NS}AmazonMWAAServerless`] as Shape).rename = { "other.ns#WorkflowArn": "OtherArn" };
    },
  },
  "@paginated naming members that do not exist": {
    refused: true,
    id: "PaginatedTrait",
    change: (s) => void (s[`${NS}StopWorkflowRun`]!.traits!["smithy.api#paginated"] = { inputToken: "NextToken", outputToken: "NextToken" }),
  },
  "@paginated over members that exist (near miss)": {
    refused: false,
    change: (s) => {
      addInputMember(s, "NextToken", "smithy.api#String");
      s[`${NS}StopWorkflowRunResponse`]!.members!.NextToken = { target: "smithy.api#String" };
      s[`${NS}StopWorkflowRun`]!.traits!["smithy.api#paginated"] = { inputToken: "NextToken", outputToken: "NextToken" };
    },
  },
  "structures that require each other": {
    refused: true,
    id: "ShapeRecursion",
    change: (s) => {
      s[`${NS}Ping`] = { type: "structure", members: { pong: { target: `${NS}Pong`, traits: { "smithy.api#required": {} } } } };
      s[`${NS}Pong`] = { type: "structure", members: { ping: { target: `${NS}Ping`, traits: { "smithy.api#required": {} } } } };
      addInputMember(s, "Ping", `${NS}Ping`);
    },
  },
  "structures that refer to each other optionally (near miss)": {
    refused: false,
    change: (s) => {
      s[`${NS}Ping`] = { type: "structure", members: { pong: { target: `${NS}Pong`, traits: { "smithy.api#required": {} } } } };
      s[`${NS}Pong`] = { type: "structure", members: { ping: { target: `${NS}Ping` } } };
      addInputMember(s, "Ping", `${NS}Ping`);
    },
  },
  "shape IDs that differ only in case": {
    refused: true,
    id: "ShapeIdConflict",
    change: (s) => void (s[`${NS}workflowArn`] = { type: "string" }),
  },
  "a @private shape used from another namespace": {
    refused: true,
    id: "PrivateAccess",
    change: (s) => {
      s["other.ns#Secret"] = { type: "string", traits: { "smithy.api#private": {} } };
      addInputMember(s, "Secret", "other.ns#Secret");
    },
  },
  "a union without members": {
    refused: true,
    id: "Union",
    change: (s) => {
      s[`${NS}Choice`] = { type: "union", members: {} };
      addInputMember(s, "Choice", `${NS}Choice`);
    },
  },
  // Smithy's validators emit at most a DANGER: an ERROR one is refused while loading.
  "a metadata validator of severity ERROR": {
    refused: true,
    id: "Model",
    change: (_, model) => {
      model.metadata = { ...model.metadata, validators: [{ name: "EmitEachSelector", id: "NoOperations", severity: "ERROR", configuration: { selector: "operation" } }] };
    },
  },
  "a metadata validator's DANGER, suppressed in metadata (near miss)": {
    refused: false,
    change: (_, model) => {
      model.metadata = {
        validators: [{ name: "EmitEachSelector", id: "NoOperations", severity: "DANGER", configuration: { selector: "operation" } }],
        suppressions: [{ id: "NoOperations", namespace: "*" }],
      };
    },
  },
  // Smithy's AST of a shape that gives a mixin's member a trait of its own.
  "an apply entry for a member inherited from a mixin (near miss)": {
    refused: false,
    change: (s) => {
      s[`${NS}Named`] = { type: "structure", mixins: [], traits: { "smithy.api#mixin": {} }, members: { Name: { target: "smithy.api#String" } } };
      s[`${NS}Thing`] = { type: "structure", mixins: [{ target: `${NS}Named` }], members: {} };
      s[`${NS}Thing$Name`] = { type: "apply", traits: { "smithy.api#documentation": "The thing's name." } };
      addInputMember(s, "Thing", `${NS}Thing`);
    },
  },
  // The front end missed this one: a member a shape inherits saw only its mixin's traits.
  "an apply entry that makes a mixin's member required, closing a recursion": {
    refused: true,
    id: "ShapeRecursion",
    change: (s) => {
      s[`${NS}Linked`] = { type: "structure", traits: { "smithy.api#mixin": {} }, members: { next: { target: `${NS}Node` } } };
      s[`${NS}Node`] = { type: "structure", mixins: [{ target: `${NS}Linked` }], members: {} };
      s[`${NS}Node$next`] = { type: "apply", traits: { "smithy.api#required": {} } };
      addInputMember(s, "Node", `${NS}Node`);
    },
  },
};

/** Every file under `dir` by its path, with its text. */
function tree(dir: string): Map<string, string> {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  return new Map(files.map((entry) => [relative(dir, join(entry.parentPath, entry.name)), readFileSync(join(entry.parentPath, entry.name), "utf8")]));
}

function mutated(kind: string): SmithyModel {
  const model = structuredClone(fixture);
  MUTATIONS[kind]!.change(model.shapes as unknown as Record<string, Shape>, model);
  return model;
}

const kinds = Object.keys(MUTATIONS);

describe("--from-ast's model checks against the real Smithy", () => {
  judgeMutations(kinds, (kind) => MUTATIONS[kind]!.refused, mutated, "model.json");
});

describe("generate --from-ast with a model Smithy's validators refuse", () => {
  const generate = (args: string[], env: Record<string, string>) =>
    spawnSync(process.execPath, [cli, "generate", "--quiet", ...args], { cwd: root, encoding: "utf8", env: { ...process.env, CODEGEN_CACHE: "0", ...env }, timeout: 60_000 });

  it.each(kinds.filter((kind) => MUTATIONS[kind]!.refused))("refuses %s with workers started, and leaves the output directory as it was", (kind) => {
    const slug = kind.replace(/\W+/g, "-");
    const file = join(scratch, `${slug}.json`);
    writeFileSync(file, JSON.stringify(mutated(kind), null, 2));
    const out = join(scratch, `out-${slug}`);
    mkdirSync(out);
    writeFileSync(join(out, "keep.txt"), "not generated");
    const result = generate(["--from-ast", file, "--out", out], { CODEGEN_WORKERS: "1" });
    expect(result.status, result.stderr).toBe(1);
    expect(result.stderr).toMatch(new RegExp(`^\\S+\\.json:\\d+:\\d+: ERROR ${MUTATIONS[kind]!.id}: `, "m"));
    expect(readdirSync(out)).toEqual(["keep.txt"]);
    expect(readFileSync(join(out, "keep.txt"), "utf8")).toBe("not generated");
  });

  it("refuses a model whose metadata validator emits a DANGER, as `smithy build` fails on it, and writes nothing", () => {
    const model = structuredClone(fixture);
    model.metadata = { validators: [{ name: "EmitEachSelector", id: "NoOperations", severity: "DANGER", configuration: { selector: "operation" } }] };
    const file = join(scratch, "danger.json");
    writeFileSync(file, JSON.stringify(model, null, 2));
    const out = join(scratch, "out-danger");
    const result = generate(["--from-ast", file, "--out", out], { CODEGEN_WORKERS: "1" });
    expect(result.status, result.stderr).toBe(1);
    expect(result.stderr).toMatch(/^\S+\.json:\d+:\d+: DANGER NoOperations: /m);
    expect(existsSync(out)).toBe(false);
  });

  it("generates from a model the checks leave to the front end when Smithy and the front end take it: the files its IDL reading gives", async () => {
    // An apply entry for a list trait a member has already: Smithy merges
    // the lists; the checks leave trait merges to the front end.
    const model = structuredClone(fixture);
    const shapes = model.shapes as unknown as Record<string, Shape>;
    shapes[`${NS}StopWorkflowRunRequest`]!.members!.RunId!.traits!["smithy.api#tags"] = ["a"];
    shapes[`${NS}StopWorkflowRunRequest$RunId`] = { type: "apply", traits: { "smithy.api#tags": ["b"] } };
    expect(firstTraitProblem(model)).toBeTypeOf("string");
    const [answer] = await askSmithy([[{ path: "model.json", text: JSON.stringify(model) }]]);
    expect(refuses(answer!), answer!.events.map((e) => e.message).join("; ")).toBe(false);
    const file = join(scratch, "merged-tags.json");
    writeFileSync(file, JSON.stringify(model, null, 2));
    const fromAst = join(scratch, "out-merged-ast");
    const fromIdl = join(scratch, "out-merged-idl");
    const ast = generate(["--from-ast", file, "--out", fromAst], { CODEGEN_WORKERS: "1" });
    expect(ast.status, ast.stderr).toBe(0);
    const idl = generate(["--model", file, "--out", fromIdl], { CODEGEN_WORKERS: "0" });
    expect(idl.status, idl.stderr).toBe(0);
    expect(tree(fromAst)).toEqual(tree(fromIdl));
    expect(tree(fromAst).get("model.json")).toMatch(/"smithy\.api#tags": \[\s*"a",\s*"b"\s*\]/);
  }, 120_000);
});
