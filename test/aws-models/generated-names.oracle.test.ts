// Shapes named like what the generated packages name themselves. The client
// and the server stub declare, import and export names of their own beside
// the model's types: the client class and its config, `<Op>Command`,
// `<Error>$` schemas and `n0`, the server's `read<Shape>`, `<Error>Members`,
// `PATTERN_0`, the runtime's `Logger` and `RequestContext`. Each is an
// ordinary Smithy identifier, so a model may have a shape of that name, and
// Smithy takes it: the packages must then still typecheck (issue 12, item 5:
// no shape name can break the generated TypeScript). Before, such a model
// failed generation (`server stub: shape … would shadow the runtime export
// CoreResponse`) or gave a client that did not compile (`ProbeClient`
// exported twice).
//
// The names are read, with TypeScript's parser, from the packages generated
// for the base models themselves: a generator that starts using a new name is
// held to this without a list to update. Each base model then gets one shape
// per name (structures and errors in turn), Smithy (the pinned jar) must take
// the model, and its client and server must typecheck.
import { readdirSync, readFileSync, rmSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import ts from "typescript";
import { afterAll, describe, expect, it } from "vitest";
import { generators } from "../../codegen/src/generators/index.js";
import { shapeTypeName } from "../../codegen/src/generators/symbol-names.js";
import type { SmithyModel } from "../../codegen/src/model/ast.js";
import { ModelIndex } from "../../codegen/src/model/knowledge.js";
import { indexFromIdl, loadModelDir, runGenerators, writeOutput } from "../../codegen/src/pipeline.js";
import { askSmithy, refuses } from "../idl/oracle/smithy-oracle.js";
import { clientConfig, inProcess } from "../prototype-names/generated.js";
import { hostileModel } from "./hostile-model.js";
import { typecheckGenerated } from "./generated-client.js";

const root = resolve(import.meta.dirname, "..", "..");
/** Inside the work tree so the generated packages resolve the repository's node_modules. */
const OUT = join(root, ".cache", "generated-names");
afterAll(() => rmSync(OUT, { recursive: true, force: true }));

const PACKAGES = generators.filter((g) => g.name === "client" || g.name === "server");
/** A shape name Smithy's IDL and JSON AST take (Smithy's `identifier` production). */
const SMITHY_IDENTIFIER = /^(?:_+[A-Za-z0-9]|[A-Za-z])[A-Za-z0-9_]*$/;
const PROBE_NS = "probe.names";

async function generatePackages(index: ModelIndex, dir: string): Promise<void> {
  rmSync(dir, { recursive: true, force: true });
  await writeOutput(dir, await runGenerators(index, PACKAGES));
}

/** Every .ts file under `dir`. */
function typeScriptFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith(".ts"))
    .map((e) => join(e.parentPath, e.name));
}

/**
 * The names a module binds or exports at its top level: imports (the local
 * name), declarations, and the exported names of `export { … }`.
 */
function topLevelNames(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.ES2022, false, ts.ScriptKind.TS);
  const names: string[] = [];
  const bindingNames = (name: ts.BindingName): void => {
    if (ts.isIdentifier(name)) names.push(name.text);
    else for (const element of name.elements) if (!ts.isOmittedExpression(element)) bindingNames(element.name);
  };
  for (const statement of source.statements) {
    if (ts.isImportDeclaration(statement)) {
      const clause = statement.importClause;
      if (clause?.name) names.push(clause.name.text);
      const bindings = clause?.namedBindings;
      if (bindings && ts.isNamespaceImport(bindings)) names.push(bindings.name.text);
      if (bindings && ts.isNamedImports(bindings)) for (const element of bindings.elements) names.push(element.name.text);
    } else if (ts.isVariableStatement(statement)) {
      for (const declaration of statement.declarationList.declarations) bindingNames(declaration.name);
    } else if (
      ts.isFunctionDeclaration(statement) ||
      ts.isClassDeclaration(statement) ||
      ts.isInterfaceDeclaration(statement) ||
      ts.isTypeAliasDeclaration(statement) ||
      ts.isEnumDeclaration(statement)
    ) {
      if (statement.name) names.push(statement.name.text);
    } else if (ts.isExportDeclaration(statement) && statement.exportClause && ts.isNamedExports(statement.exportClause)) {
      for (const element of statement.exportClause.elements) names.push(element.name.text);
    }
  }
  return names;
}

/** The relative modules `export * from` in `file` names, as files. */
function starExported(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.ES2022, false, ts.ScriptKind.TS);
  return source.statements
    .filter((s): s is ts.ExportDeclaration => ts.isExportDeclaration(s) && !s.exportClause && !!s.moduleSpecifier && ts.isStringLiteral(s.moduleSpecifier))
    .map((s) => (s.moduleSpecifier as ts.StringLiteral).text)
    .filter((spec) => spec.startsWith("."))
    .map((spec) => join(dirname(file), spec.replace(/\.js$/, ".ts")));
}

/** The names a module exports by declaration or `export { … }`, with those of the modules it star-exports (recursively). */
function exportedNames(file: string, seen: Set<string>): string[] {
  if (seen.has(file)) return [];
  seen.add(file);
  const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.ES2022, false, ts.ScriptKind.TS);
  const names: string[] = [];
  for (const statement of source.statements) {
    const exported = ts.canHaveModifiers(statement) && ts.getModifiers(statement)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
    if (ts.isExportDeclaration(statement) && statement.exportClause && ts.isNamedExports(statement.exportClause)) {
      for (const element of statement.exportClause.elements) names.push(element.name.text);
    } else if (exported && ts.isVariableStatement(statement)) {
      for (const declaration of statement.declarationList.declarations) if (ts.isIdentifier(declaration.name)) names.push(declaration.name.text);
    } else if (exported && "name" in statement && statement.name && ts.isIdentifier(statement.name as ts.Node)) {
      names.push((statement.name as ts.Identifier).text);
    }
  }
  return [...names, ...starExported(file).flatMap((module) => exportedNames(module, seen))];
}

/** A package index's names: what it binds itself, and what the modules it star-exports export into its namespace. */
function indexNames(file: string): string[] {
  const seen = new Set([file]);
  return [...topLevelNames(file), ...starExported(file).flatMap((module) => exportedNames(module, seen))];
}

/**
 * The names the packages generated for `index` bind beside shape types, in a
 * scope that holds shape types (a module that declares or imports one, or a
 * package's index, whose exports hold them all), that a shape could take:
 * Smithy identifiers that no shape of the model (nor the prelude's simple
 * shapes, in every closure) has, compared without case as Smithy compares a
 * closure's names; one per case-insensitive spelling. A name bound only where
 * no shape type is (the endpoint resolver's `Endpoint`) cannot clash, and the
 * symbol provider leaves shapes of that name alone (dynamodb's `Endpoint`
 * keeps its name, as in the AWS SDK).
 */
function takeableNames(index: ModelIndex, dir: string): string[] {
  const shapeTypes = new Set(index.closureOf().map((id) => shapeTypeName(index, id)));
  const taken = new Set(
    [...index.closureOf().map((id) => index.nameOf(id)), ...Object.keys(index.model.shapes).map((id) => id.slice(id.indexOf("#") + 1))].map((n) =>
      n.toLowerCase(),
    ),
  );
  for (const prelude of ["String", "Blob", "Boolean", "Byte", "Short", "Integer", "Long", "Float", "Double", "BigInteger", "BigDecimal", "Timestamp", "Document", "Unit"]) {
    taken.add(prelude.toLowerCase());
  }
  const names = new Set<string>();
  for (const file of typeScriptFiles(dir)) {
    const bound = /\/src\/index\.ts$/.test(file) ? indexNames(file) : topLevelNames(file);
    if (/\/src\/index\.ts$/.test(file) || bound.some((name) => shapeTypes.has(name))) for (const name of bound) names.add(name);
  }
  const found: string[] = [];
  for (const name of [...names].sort()) {
    if (!SMITHY_IDENTIFIER.test(name) || shapeTypes.has(name) || taken.has(name.toLowerCase())) continue;
    taken.add(name.toLowerCase());
    found.push(name);
  }
  return found;
}

/**
 * `base` with one shape per name in a namespace of its own, each reached from
 * a new operation of the service: even positions a structure (a member of the
 * operation's input), odd ones an error of the operation.
 */
function withShapesNamed(base: SmithyModel, serviceId: string, names: readonly string[]): SmithyModel {
  const shapes: SmithyModel["shapes"] = structuredClone(base.shapes);
  const members: Record<string, { target: string }> = {};
  const errors: { target: string }[] = [];
  names.forEach((name, i) => {
    const id = `${PROBE_NS}#${name}`;
    const error = i % 2 === 1;
    shapes[id] = {
      type: "structure",
      // Integer: the hostile model has a structure named String (and its own strings).
      members: { Detail: { target: "smithy.api#Integer" } },
      ...(error ? { traits: { "smithy.api#error": "client" } } : {}),
    };
    if (error) errors.push({ target: id });
    else members[`m${i}`] = { target: id };
  });
  shapes[`${PROBE_NS}#ZzProbeNamesInput`] = { type: "structure", members, traits: { "smithy.api#input": {} } };
  shapes[`${PROBE_NS}#ZzProbeNames`] = { type: "operation", input: { target: `${PROBE_NS}#ZzProbeNamesInput` }, output: { target: "smithy.api#Unit" }, errors };
  const service = shapes[serviceId] as { operations?: { target: string }[] };
  service.operations = [...(service.operations ?? []), { target: `${PROBE_NS}#ZzProbeNames` }];
  return { ...base, shapes };
}

const BASES: { name: string; load: () => Promise<ModelIndex> }[] = [
  { name: "ours", load: () => loadModelDir(join(root, "model"), root) },
  { name: "hostile", load: async () => new ModelIndex(hostileModel()) },
];

describe("shapes named like the generated packages' own names", () => {
  for (const base of BASES) {
    it(`${base.name}: Smithy takes the model, and its client and server typecheck`, async () => {
      const index = await base.load();
      const baseDir = join(OUT, `${base.name}-base`);
      await generatePackages(index, baseDir);
      const names = takeableNames(index, baseDir);
      // The packages' own names, from both of them (a sanity floor, not a count to keep).
      expect(names).toEqual(expect.arrayContaining(["ServiceInputTypes", "RequestContext", "ModeledServiceError"]));

      const model = withShapesNamed(index.model, index.service(), names);
      const [answer] = await askSmithy([[{ path: `${base.name}-names.json`, text: JSON.stringify(model) }]]);
      expect(refuses(answer!), JSON.stringify(answer!.events.filter((e) => e.severity === "ERROR" || e.severity === "DANGER"), null, 1)).toBe(false);

      const dir = join(OUT, base.name);
      await generatePackages(new ModelIndex(model), dir);
      const { errors, status } = typecheckGenerated(dir, ["client/src", "client/test", "server/src", "server/test"]);
      expect(errors).toEqual([]);
      expect(status).toBe(0);
    }, 600_000);
  }
});

// An error whose members are named like Error's own `name`, `stack` and
// `cause` (Smithy takes them; before, the server stub refused the model and
// the client did not compile). The server's class keeps Error's properties and
// holds those members in `$errorNamed`; both reach the wire.
const ERROR_NAMED = `$version: "2"
namespace ex.errnamed
use aws.protocols#awsJson1_0
@awsJson1_0
@aws.api#service(sdkId: "Err Named")
@aws.auth#sigv4(name: "errnamed")
service ErrNamed { version: "1", operations: [Fail] }
operation Fail { input := { mode: String } output := {} errors: [Conflict] }
@error("client")
structure Conflict { name: String, stack: String, cause: Integer, message: String, Other: String }
`;

describe("error members named like Error's own properties", () => {
  it("reach the wire from the server's class, which keeps its own name and stack trace; the client gets the error", async () => {
    const [answer] = await askSmithy([[{ path: "errnamed.smithy", text: ERROR_NAMED }]]);
    expect(refuses(answer!)).toBe(false);
    const dir = join(OUT, "error-named");
    await generatePackages(indexFromIdl([{ path: "errnamed.smithy", text: ERROR_NAMED }]), dir);
    expect(typecheckGenerated(dir, ["client/src", "server/src"]).errors).toEqual([]);
    /* eslint-disable @typescript-eslint/no-explicit-any -- generated modules */
    const server: any = await import(join(dir, "server/src/index.ts"));
    const client: any = await import(join(dir, "client/src/index.ts"));
    const thrown = new server.Conflict({ name: "the-name", stack: "the-stack", cause: 7, message: "boom", Other: "o" });
    expect(thrown.name).toBe("Conflict");
    expect(thrown.stack).toMatch(/^Conflict: boom\n\s+at /);
    expect(thrown.$errorNamed).toEqual({ name: "the-name", stack: "the-stack", cause: 7 });
    expect(thrown.$serialize()).toEqual({ name: "the-name", stack: "the-stack", cause: 7, message: "boom", Other: "o" });
    expect(new server.Conflict().$serialize()).toEqual({ message: "Conflict" });

    const core = server.createErrNamedService({ Fail: async () => { throw thrown; } }, { logger: { info() {}, warn() {}, error() {} } });
    const handler = inProcess(core);
    // The response body, as the client's handler saw it.
    const answered: string[] = [];
    const recording = { handle: async (request: any) => { const out = await handler.handle(request); answered.push(new TextDecoder().decode(out.response.body as Uint8Array)); return out; } };
    const error = await new client.ErrNamedClient({ ...clientConfig, requestHandler: recording }).send(new client.FailCommand({})).catch((e: unknown) => e);
    expect(JSON.parse(answered[0]!)).toMatchObject({ name: "the-name", stack: "the-stack", cause: 7, message: "boom", Other: "o" });
    expect(error).toBeInstanceOf(client.Conflict);
    expect(error.message).toBe("boom");
    expect(error.Other).toBe("o");
    // The SDK's deserializer assigns each member to the property of its name, Error's own included.
    expect(error.cause).toBe(7);
    /* eslint-enable @typescript-eslint/no-explicit-any */
  }, 300_000);
});

// A structure named like the framework error schema the JSON Schemas and
// OpenAPI add for the protocol layer's own errors (AwsJsonFrameworkError).
// Before, both generators refused the model, after the other outputs were
// written; now the framework's schema takes a leading `_`.
describe("a shape named like the framework error schema", () => {
  it("keeps its name in every output, and the framework error schema is `_AwsJsonFrameworkError`", async () => {
    const index = await loadModelDir(join(root, "model"), root);
    const model = withShapesNamed(index.model, index.service(), ["AwsJsonFrameworkError"]);
    const [answer] = await askSmithy([[{ path: "framework-named.json", text: JSON.stringify(model) }]]);
    expect(refuses(answer!)).toBe(false);
    const dir = join(OUT, "framework-named");
    rmSync(dir, { recursive: true, force: true });
    await writeOutput(dir, await runGenerators(new ModelIndex(model), generators));
    const openapi = JSON.parse(readFileSync(join(dir, "openapi.json"), "utf8")) as { components: { schemas: Record<string, { title?: string; properties?: object }> } };
    expect(Object.keys(openapi.components.schemas.AwsJsonFrameworkError!.properties!)).toEqual(["Detail"]);
    expect(openapi.components.schemas._AwsJsonFrameworkError!.title).toBe("_AwsJsonFrameworkError");
    // Every framework error response refers to the framework's schema, none to the shape.
    const text = readFileSync(join(dir, "openapi.json"), "utf8");
    expect(text).toContain('"#/components/schemas/_AwsJsonFrameworkError"');
    expect(JSON.parse(readFileSync(join(dir, "schemas", "_AwsJsonFrameworkError.json"), "utf8")).$id).toBe("urn:smithy:aws.protocols:_AwsJsonFrameworkError");
    expect(JSON.parse(readFileSync(join(dir, "schemas", "ZzProbeNamesInput.json"), "utf8")).$defs.AwsJsonFrameworkError.properties).toHaveProperty("Detail");
  }, 300_000);
});
