// generated/validators/: the JSON Schemas compiled ahead of time with ajv's
// standalone mode into one ESM module (plus its .d.ts): one validate function
// per input, output and error structure, one for the protocol's framework
// errors (AwsJsonFrameworkError), and a map by name. Nothing is
// compiled at run time, so the server stub, the conformance kit and the tests
// validate at full speed without loading ajv's compiler; `ajv` stays a runtime
// dependency only for the small helpers the code imports (ucs2length…).

import type { ModelIndex } from "../../model/knowledge.js";
import { tsBanner } from "../../writer/banner.js";
import { propertyKey, TypeScriptWriter } from "../../writer/typescript-writer.js";
import type { Generator } from "../generator.js";
import { type SchemaDocument, schemaDocuments } from "../json-schema/documents.js";
import { cachedText, cacheKey, packageVersion } from "./derived-cache.js";

/**
 * allErrors: a ValidationException lists every failing field, so validation
 * must not stop at the first. strict: a schema keyword ajv does not know is a
 * generator bug. validateFormats off: `format` is an annotation here (the
 * date-time pattern carries the check), and ajv-formats is not a dependency.
 * strictRequired off: a union's `oneOf` branches say only which member is
 * present (`{ required: [name] }`), the member schemas sit beside the oneOf.
 */
const AJV_OPTIONS = {
  allErrors: true,
  strict: true,
  strictRequired: false,
  validateFormats: false,
  code: { source: true, esm: true, lines: true },
} as const;

export function validatorName(shapeName: string): string {
  return `validate${shapeName}`;
}

/** The standalone validator module's JavaScript (banner included). */
async function compileStandalone(documents: SchemaDocument[], banner: string): Promise<string> {
  // CommonJS modules: under Node's ESM interop `default` is module.exports,
  // which carries the class/function again as `.default`.
  const [ajvModule, standaloneModule] = await Promise.all([
    import("ajv/dist/2020.js"),
    import("ajv/dist/standalone/index.js"),
  ]);
  const Ajv2020 = ajvModule.default.default;
  const standaloneCode = standaloneModule.default.default;
  const ajv = new Ajv2020(AJV_OPTIONS);
  const exports: Record<string, string> = {};
  for (const doc of documents) {
    ajv.addSchema(doc.schema);
    exports[validatorName(doc.name)] = String(doc.schema.$id);
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

function declarations(index: ModelIndex, documents: SchemaDocument[]): string {
  const w = new TypeScriptWriter(index.sourceFiles);
  w.addTypeImport("ajv", "ErrorObject");
  w.docs("An ahead-of-time compiled ajv validator: true when `data` is valid; otherwise `errors` lists every violation.");
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

export async function generateValidators(index: ModelIndex): Promise<{ path: string; contents: string }[]> {
  const documents = schemaDocuments(index);
  const banner = tsBanner(index.sourceFiles);
  const key = cacheKey(
    JSON.stringify(documents.map((d) => d.schema)),
    banner,
    packageVersion("ajv"),
    JSON.stringify(AJV_OPTIONS),
    compileStandalone.toString(),
  );
  const code = await cachedText("validators", key, () => compileStandalone(documents, banner));
  return [
    { path: "validators/index.js", contents: code },
    { path: "validators/index.d.ts", contents: declarations(index, documents) },
  ];
}

export const validatorsGenerator: Generator = {
  name: "validators",
  generate: generateValidators,
};
