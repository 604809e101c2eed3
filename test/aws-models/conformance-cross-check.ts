// Replays the conformance cases whose verdict input validation alone decides
// against the two validators generated from the same model: the ajv
// validators (JSON Schema) and the server stub's codec (read<Input>). A case
// says "accepted" or "rejected" to implementers who trust it, so one that
// either generated validator contradicts is a generator bug (an invalid map
// key sent as valid, a timestamp in the wrong wire format, a bound that
// rounds to itself beyond 2^53), not a verdict to argue with.
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { build } from "esbuild";
import type { CaseSource, ConformanceSuite } from "../../codegen/src/generators/conformance/case-format.js";
import { readerName } from "../../codegen/src/generators/server/names.js";
import { validatorName } from "../../codegen/src/generators/validators/generator.js";
import type { ModelIndex } from "../../codegen/src/model/knowledge.js";

/** Sources whose expectation is input validation's verdict (the others need a running service). */
const VALIDATION_SOURCES = new Set<CaseSource>(["constraint", "required", "json-type"]);

type Validator = ((data: unknown) => boolean) & { errors?: unknown };
type Reader = (json: unknown, path: string, violations: unknown[]) => unknown;

export interface CrossCheck {
  /** Cases replayed (each against both validators). */
  checked: number;
  /** One line per case and validator that disagrees with the case's verdict. */
  disagreements: string[];
}

/**
 * Replays the validation cases of `suite` (written for `index` to `dir` by
 * every generator) against dir/validators/index.js and dir/server/src/codec.ts.
 */
export async function crossCheckCases(index: ModelIndex, dir: string, suite: ConformanceSuite): Promise<CrossCheck> {
  const validators = (await import(pathToFileURL(join(dir, "validators", "index.js")).href)) as Record<string, Validator>;
  const codec = await loadCodec(dir);
  const inputs = new Map<string, string>();
  for (const operation of index.operationsOf()) {
    const input = index.inputOf(operation);
    if (input) inputs.set(index.nameOf(operation), input);
  }
  const disagreements: string[] = [];
  let checked = 0;
  for (const c of suite.cases) {
    if (!VALIDATION_SOURCES.has(c.source) || c.operation === undefined || c.request.bodyEncoding !== undefined) continue;
    const accepted = c.expect.outcome === "accepted" ? true : c.expect.outcome === "error" ? false : undefined;
    const input = inputs.get(c.operation);
    if (accepted === undefined || input === undefined) continue;
    const body = JSON.parse(c.request.body) as unknown;
    checked++;
    const verdict = accepted ? "accepted" : "rejected";
    const validate = validators[validatorName(index.nameOf(input))];
    if (validate === undefined) disagreements.push(`${c.id}: no validator for ${input}`);
    else if (validate(body) !== accepted) {
      disagreements.push(`${c.id} (${verdict}): the validator ${accepted ? `rejects it: ${brief(validate.errors)}` : "accepts it"}; body ${brief(body)}`);
    }
    const read = codec[readerName(index, input)];
    if (read === undefined) disagreements.push(`${c.id}: no server reader for ${input}`);
    else {
      const why = serverObjection(read, body);
      if ((why === undefined) !== accepted) {
        disagreements.push(`${c.id} (${verdict}): the server ${accepted ? `rejects it: ${why}` : "accepts it"}; body ${brief(body)}`);
      }
    }
  }
  return { checked, disagreements };
}

/**
 * The server stub's codec.ts bundled by esbuild (the runtime package from its
 * sources, as the tests resolve it) into one .mjs that Node loads itself:
 * vitest's own transform took 7 s for Glue's 3,000 readers, esbuild 1 s.
 */
export async function loadCodec(dir: string): Promise<Record<string, Reader>> {
  const outfile = join(dir, "cross-check", "codec.mjs");
  await build({
    entryPoints: [join(dir, "server", "src", "codec.ts")],
    outfile,
    bundle: true,
    format: "esm",
    platform: "node",
    conditions: ["@mwaa-serverless/source"],
    logLevel: "warning",
  });
  return (await import(pathToFileURL(outfile).href)) as Record<string, Reader>;
}

/** Why the server codec refuses `body` (its violations, or the malformed-input error it throws), or undefined. */
export function serverObjection(read: Reader, body: unknown): string | undefined {
  const violations: unknown[] = [];
  try {
    read(body, "", violations);
  } catch (error) {
    return `${(error as Error).name}: ${(error as Error).message}`;
  }
  return violations.length > 0 ? brief(violations) : undefined;
}

/** `value` as JSON, cut to 240 characters for a message. */
export function brief(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 240 ? `${text.slice(0, 240)}…` : text;
}
