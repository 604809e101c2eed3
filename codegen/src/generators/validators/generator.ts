// generated/validators/: one ESM module (plus its .d.ts) with one validate
// function per input, output and error structure, one for the protocol's
// framework errors (AwsJsonFrameworkError), and a map by name. For a small
// model (ours) the JSON Schemas are compiled ahead of time with ajv's
// standalone mode: nothing is compiled at run time, so the conformance kit and
// the tests validate without loading ajv's compiler, and `ajv` is a runtime
// dependency only for the small helpers the code imports (ucs2length…). A
// large model's module carries the schemas and compiles each validator on its
// first call (on-first-use.ts, which says why and where the line is).

import { createRequire } from "node:module";
import type * as Ajv2020Module from "ajv/dist/2020.js";
import type * as StandaloneModule from "ajv/dist/standalone/index.js";
import type { ModelIndex } from "../../model/knowledge.js";
import { setOwn } from "../../model/own-properties.js";
import { tsBanner } from "../../writer/banner.js";
import { propertyKey, TypeScriptWriter } from "../../writer/typescript-writer.js";
import type { Generator } from "../generator.js";
import { type SchemaDocument, schemaDocuments } from "../json-schema/documents.js";
import { keyedObject } from "../json-schema/schema-builder.js";
import { cachedText, cacheKey, packageVersion } from "./derived-cache.js";
import { onFirstUseModule, validatorsMode, type ValidatorsMode } from "./on-first-use.js";

/**
 * allErrors: a ValidationException lists every failing field, so validation
 * must not stop at the first. strict: a schema keyword ajv does not know is a
 * generator bug. validateFormats off: `format` is an annotation here (the
 * date-time pattern carries the check), and ajv-formats is not a dependency.
 * strictRequired off: a union's `oneOf` branches say only which member is
 * present (`{ required: [name] }`), the member schemas sit beside the oneOf.
 * ownProperties: members may be named `constructor`, `toString`, `__proto__`
 * …; without it ajv's `data.constructor !== undefined` finds Object's
 * own inherited function, so a missing required member passes and an absent
 * optional one is validated as a function.
 */
const AJV_OPTIONS = {
  allErrors: true,
  ownProperties: true,
  strict: true,
  strictRequired: false,
  validateFormats: false,
  // Speed of the compile itself (SageMaker's ~2,000 definitions): each
  // definition is one function called by name rather than copied into every
  // place that refers to it (inlineRefs off: a smaller module, compiled once),
  // and ajv's optimizer pass over the generated code, which took a third of
  // the compile and removed ~5% of it, is skipped.
  inlineRefs: false,
  code: { source: true, esm: true, lines: true, optimize: false },
} as const;

/**
 * A schema as ajv can enforce it: ajv skips a `properties` entry named
 * `__proto__` (its allSchemaProperties filters it out), so a member of that
 * name would go unchecked. It moves to `patternProperties` under
 * `^__proto__$`, which ajv applies to the own key like any other; the
 * published JSON Schemas keep the plain `properties` form.
 */
function protoMemberAsPattern(schema: unknown): unknown {
  if (typeof schema !== "object" || schema === null) return schema;
  // Copy-on-write: only objects on the way to a `__proto__` member are
  // copied; SageMaker's shared schema (~7 MB) has none and is returned as is.
  if (Array.isArray(schema)) {
    let copy: unknown[] | undefined;
    schema.forEach((item: unknown, i) => {
      const rewritten = protoMemberAsPattern(item);
      if (rewritten !== item) (copy ??= schema.slice())[i] = rewritten;
    });
    return copy ?? schema;
  }
  let out: Record<string, unknown> | undefined;
  for (const [key, value] of Object.entries(schema)) {
    const rewritten = protoMemberAsPattern(value);
    if (rewritten !== value) setOwn((out ??= ownCopy(schema)), key, rewritten);
  }
  const properties = (out ?? (schema as Record<string, unknown>)).properties as Record<string, unknown> | undefined;
  if (properties && typeof properties === "object" && Object.prototype.hasOwnProperty.call(properties, "__proto__")) {
    out ??= ownCopy(schema);
    const rest: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(properties)) if (key !== "__proto__") rest[key] = value;
    out.properties = rest;
    out.patternProperties = { ...(out.patternProperties as object | undefined), "^__proto__$": properties["__proto__"] };
  }
  return out ?? schema;
}

function ownCopy(schema: object): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(schema)) setOwn(out, key, value);
  return out;
}

export function validatorName(shapeName: string): string {
  return `validate${shapeName}`;
}

/**
 * `$id` of the one schema that holds every named definition while compiling.
 * A document's `$id` is `urn:smithy:<namespace>:<ShapeName>`; a shape name
 * cannot contain `-`, so no document can take this one.
 */
const SHARED_DEFINITIONS_ID = "urn:smithy:codegen:shared-definitions";

type JsonObject = Record<string, unknown>;

/**
 * What ajv compiles: the published documents are self-contained (each carries
 * the `$defs` it needs), so compiled as they are, a definition reachable from
 * N operations would be compiled N times — for SageMaker that was most of the
 * generation time and half of a 21 MB module. Every definition of every
 * document (identical wherever it appears: one SchemaBuilder made them) goes
 * instead into one shared schema, compiled once, and each document compiles
 * to a `$ref` into it. `#/$defs/X` inside a definition then resolves within
 * the shared schema to the same definition the document itself carries, so a
 * validator accepts and rejects exactly what its published document does
 * (only ajv's internal `schemaPath`s differ, which nothing reads).
 */
export function compiledSchemas(documents: SchemaDocument[]): {
  shared: JsonObject;
  roots: { exportName: string; shapeName: string; schema: JsonObject }[];
} {
  const definitions: JsonObject = keyedObject();
  const define = (name: string, schema: unknown): void => {
    // Own keys only: a shape may be named `constructor` or `__proto__`.
    const existing = Object.prototype.hasOwnProperty.call(definitions, name) ? definitions[name] : undefined;
    if (existing === undefined) setOwn(definitions, name, schema);
    else if (existing !== schema && JSON.stringify(existing) !== JSON.stringify(schema)) {
      throw new Error(`two JSON Schema documents define '${name}' differently; cannot share its definition`);
    }
  };
  const roots: { exportName: string; shapeName: string; schema: JsonObject }[] = [];
  for (const doc of documents) {
    const id = String(doc.schema.$id);
    if (doc.role === "framework-error") {
      // Not a model shape (no SchemaBuilder definition): compiled as published.
      roots.push({ exportName: validatorName(doc.name), shapeName: doc.name, schema: doc.schema });
      continue;
    }
    const { $schema: _dialect, $id: _id, $comment: _comment, $defs, ...definition } = doc.schema;
    define(doc.name, definition);
    for (const [name, schema] of Object.entries(($defs ?? {}) as JsonObject)) define(name, schema);
    roots.push({
      exportName: validatorName(doc.name),
      shapeName: doc.name,
      schema: { $id: id, $ref: `${SHARED_DEFINITIONS_ID}#/$defs/${doc.name}` },
    });
  }
  return { shared: { $id: SHARED_DEFINITIONS_ID, $defs: definitions }, roots };
}

/** The standalone validator module's JavaScript (banner included). */
async function compileStandalone(documents: SchemaDocument[], compiled: ReturnType<typeof compiledSchemas>, banner: string): Promise<string> {
  // ajv is CommonJS, loaded when first needed (~80 ms) with require: the
  // bundled CLI runs as a classic script (code-cache-loader.ts), where
  // import() has no loader to answer it. Its modules carry their export as
  // `.default` too.
  const load = createRequire(import.meta.url);
  const Ajv2020 = (load("ajv/dist/2020.js") as typeof Ajv2020Module.default).default;
  const standaloneCode = (load("ajv/dist/standalone/index.js") as typeof StandaloneModule.default).default;
  const ajv = new Ajv2020({
    ...AJV_OPTIONS,
    code: {
      ...AJV_OPTIONS.code,
      // ajv turns each function's source into a live function (new Function)
      // as it compiles; only the source is wanted here, so our schemas get an
      // empty stand-in (ajv's meta-schema validators stay real: they check
      // the schemas). The module text does not depend on it.
      process: (source: string, env?: { root: { baseId?: string } }) =>
        String(env?.root.baseId).startsWith("urn:smithy:") ? "return function compiledForSourceOnly() {}" : source,
    },
  });
  const { shared, roots } = compiled;
  ajv.addSchema(shared);
  const exports: Record<string, string> = {};
  for (const { exportName, schema } of roots) {
    ajv.addSchema(schema);
    exports[exportName] = String(schema.$id);
  }
  const code = standaloneCode(ajv, exports)
    // ajv's ESM output still `require`s its runtime helpers (ajv-validator/ajv
    // #2209); import them instead, with the file extension ESM needs. The
    // helper is CommonJS with `exports.default`: Node's ESM loader hands over
    // module.exports as the default import, bundlers' interop (Vite, esbuild)
    // the `default` export itself, so accept both.
    .replace(
      /const (\w+) = require\("(ajv\/dist\/runtime\/[\w-]+)"\)\.default;/g,
      (_match: string, name: string, path: string) =>
        `import ${name}$module from "${path}.js";\n` +
        `const ${name} = typeof ${name}$module === "function" ? ${name}$module : ${name}$module.default;`,
    )
    .replace(/^"use strict";/, "");
  if (/\brequire\(/.test(code)) throw new Error("ajv standalone output still calls require(); update the import rewrite");
  const byShape = documents.map((doc) => `  ${JSON.stringify(doc.name)}: ${validatorName(doc.name)},`).join("\n");
  return `${banner}${code.trim()}\n\n/** Every validator by shape name. */\nexport const validators = Object.freeze({\n${byShape}\n});\n`;
}

function declarations(index: ModelIndex, documents: SchemaDocument[], mode: ValidatorsMode): string {
  const w = new TypeScriptWriter(index.sourceFiles);
  w.addTypeImport("ajv", "ErrorObject");
  w.docs(
    mode === "standalone"
      ? "An ahead-of-time compiled ajv validator: true when `data` is valid; otherwise `errors` lists every violation."
      : "An ajv validator, compiled on its first call: true when `data` is valid; otherwise `errors` lists every violation.",
  );
  w.block("export interface Validator {", () => {
    w.write("(data: unknown): boolean;");
    w.write("errors?: ErrorObject[] | null;");
  });
  for (const doc of documents) {
    w.blankLine();
    const what = {
      input: "a request",
      output: "a response",
      error: "an error response",
      "framework-error": "a framework error response (an error of the protocol layer, not in the model)",
    }[doc.role];
    w.docs(`Validates the body of ${what} against schemas/${doc.name}.json.`);
    w.write(`export declare const ${validatorName(doc.name)}: Validator;`);
  }
  w.blankLine();
  w.docs("Every validator by shape name.");
  w.block("export declare const validators: Readonly<{", () => {
    for (const doc of documents) w.write(`${propertyKey(doc.name)}: Validator;`);
  }, "}>;");
  return w.toString();
}

/**
 * The shared definitions and roots as ajv enforces them (the `__proto__`
 * rewrite applied once, to what is compiled), and the shared schema's JSON
 * text. The text says whether any object has a `__proto__` key at all: when
 * none has (every AWS model), the rewrite, a walk over every object of the
 * shared schema (SageMaker: ~7 MB of JSON), is skipped, and the on-first-use
 * module embeds the same text rather than writing it again.
 */
function enforceableSchemas(documents: SchemaDocument[]): ReturnType<typeof compiledSchemas> & { sharedJson: string } {
  const { shared, roots } = compiledSchemas(documents);
  let sharedJson = JSON.stringify(shared);
  let enforced = shared;
  if (sharedJson.includes('"__proto__"')) {
    enforced = protoMemberAsPattern(shared) as JsonObject;
    sharedJson = JSON.stringify(enforced);
  }
  return {
    shared: enforced,
    sharedJson,
    roots: roots.map((root) => ({ ...root, schema: protoMemberAsPattern(root.schema) as JsonObject })),
  };
}

export async function generateValidators(index: ModelIndex): Promise<{ path: string; contents: string }[]> {
  const documents = schemaDocuments(index);
  const banner = tsBanner(index.sourceFiles);
  const compiled = enforceableSchemas(documents);
  const mode = validatorsMode(Object.keys(compiled.shared.$defs as JsonObject).length);
  let code: string;
  if (mode === "standalone") {
    const key = cacheKey(
      JSON.stringify(documents.map((d) => d.schema)),
      banner,
      packageVersion("ajv"),
      JSON.stringify(AJV_OPTIONS),
      compileStandalone.toString(),
      protoMemberAsPattern.toString(),
    );
    code = await cachedText("validators", key, () => compileStandalone(documents, compiled, banner));
  } else {
    // The options but those of ajv's code output (source, ESM, line breaks).
    // validateSchema off: checking SageMaker's definitions against the 2020-12
    // meta-schema took ~0.7 s of every consumer's first call; the schemas are
    // the ones the standalone mode compiles (and so meta-validates), which
    // test/pipeline/validators-modes.test.ts does for the models under test.
    const { code: _output, ...options } = AJV_OPTIONS;
    code = onFirstUseModule(
      banner,
      { ...options, validateSchema: false, code: { optimize: AJV_OPTIONS.code.optimize } },
      compiled.sharedJson,
      compiled.roots,
    );
  }
  return [
    { path: "validators/index.js", contents: code },
    { path: "validators/index.d.ts", contents: declarations(index, documents, mode) },
  ];
}

export const validatorsGenerator: Generator = {
  name: "validators",
  generate: generateValidators,
};
