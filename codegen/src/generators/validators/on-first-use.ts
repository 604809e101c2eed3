// The validators module of a large model: the JSON Schemas themselves, each
// validator compiled by ajv on its first call and kept. ajv's standalone code
// generator costs ~1.7 ms of CPU per schema definition (SageMaker: ~1,900
// definitions, ~3.5 s, most of `generate`); shipping the schemas costs
// nothing at generate time, and a consumer compiles only the operations it
// validates (one operation of SageMaker: a few ms once ajv is loaded).
// Small models keep the standalone module (generator.ts): loading ajv's
// compiler costs a consumer's cold start ~150 ms, their standalone module ~13.

/**
 * How the validators module is built. "standalone": ajv's standalone code,
 * compiled at generate time (no ajv compiler at run time). "on-first-use":
 * the schemas, compiled by ajv at run time, each validator on its first call.
 */
export type ValidatorsMode = "standalone" | "on-first-use";

/**
 * Up to this many schema definitions, standalone: its compile then costs at
 * most ~0.25 s once (and is cached), and every consumer's cold start saves
 * loading ajv's compiler. Our model has 12, dynamodb 402, SageMaker ~1,900.
 */
export const MAX_STANDALONE_DEFINITIONS = 100;

const MODES: readonly ValidatorsMode[] = ["standalone", "on-first-use"];

/**
 * The mode for a model with `definitions` shared schema definitions: a pure
 * function of the model, unless CODEGEN_VALIDATORS names a mode (tests run
 * both modes over the same models through it).
 */
export function validatorsMode(definitions: number, setting = process.env.CODEGEN_VALIDATORS): ValidatorsMode {
  if (setting !== undefined && setting !== "" && setting !== "auto") {
    if (!(MODES as readonly string[]).includes(setting)) {
      throw new Error(`CODEGEN_VALIDATORS must be one of auto, ${MODES.join(", ")}; got '${setting}'`);
    }
    return setting as ValidatorsMode;
  }
  return definitions <= MAX_STANDALONE_DEFINITIONS ? "standalone" : "on-first-use";
}

/** A JavaScript expression for `value`: JSON text parsed at load (faster to load than a literal, and `__proto__` keys stay own keys). */
function parsedJson(value: unknown): string {
  return parsedJsonText(JSON.stringify(value));
}

/** The same for a value given as its JSON text. */
function parsedJsonText(json: string): string {
  return `JSON.parse(${JSON.stringify(json)})`;
}

/**
 * The module's JavaScript (banner included). `sharedJson` (the shared
 * definitions' JSON text) and every root are
 * what the standalone mode compiles (the same ajv options but the code
 * output ones), so both modes accept, reject and report the same.
 */
export function onFirstUseModule(
  banner: string,
  ajvOptions: Record<string, unknown>,
  sharedJson: string,
  roots: readonly { exportName: string; shapeName: string; schema: object }[],
): string {
  const lines = [
    banner.trimEnd(),
    "// Validators compiled by ajv on their first call (this model has more schema",
    `// definitions than the ${MAX_STANDALONE_DEFINITIONS} up to which codegen compiles them ahead of time): ajv is a runtime dependency.`,
    'import Ajv2020$module from "ajv/dist/2020.js";',
    "",
    "// ajv is CommonJS: Node's ESM loader hands over module.exports (the class),",
    "// bundlers' interop may hand over its `default` export.",
    "const Ajv2020 = typeof Ajv2020$module === \"function\" ? Ajv2020$module : Ajv2020$module.default;",
    `const options = ${JSON.stringify(ajvOptions)};`,
    `const sharedDefinitions = ${parsedJsonText(sharedJson)};`,
    "let ajv;",
    "",
    "/** A validator that compiles `schema` on its first call; `errors` as ajv's own validators set it. */",
    "function onFirstUse(schema) {",
    "  let compiled;",
    "  const validate = (data) => {",
    "    if (compiled === undefined) {",
    "      if (ajv === undefined) {",
    "        ajv = new Ajv2020(options);",
    "        ajv.addSchema(sharedDefinitions);",
    "      }",
    "      compiled = ajv.compile(schema);",
    "    }",
    "    const valid = compiled(data);",
    "    validate.errors = compiled.errors;",
    "    return valid;",
    "  };",
    "  validate.errors = null;",
    "  return validate;",
    "}",
    "",
  ];
  for (const root of roots) lines.push(`export const ${root.exportName} = onFirstUse(${parsedJson(root.schema)});`);
  lines.push("", "/** Every validator by shape name. */", "export const validators = Object.freeze({");
  for (const root of roots) lines.push(`  ${JSON.stringify(root.shapeName)}: ${root.exportName},`);
  lines.push("});", "");
  return lines.join("\n");
}
