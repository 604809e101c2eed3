// generated/openapi.json and generated/openapi.yaml: the same document twice,
// JSON for tools and Prism, YAML for people. YAML rendering is cached by
// content (loading a YAML library costs a good part of a Node start), so an
// unchanged model regenerates without loading it.

import type { Generator } from "../generator.js";
import { bannerLines } from "../../writer/banner.js";
import { cachedText, cacheKey, packageVersion } from "../validators/derived-cache.js";
import { openApiDocument } from "./document.js";

/**
 * js-yaml's dump rather than `yaml`'s stringify: on SageMaker's 8 MB document
 * `yaml` built a node tree first and took ~1.7 s, js-yaml writes the text in
 * one pass in ~0.5 s. noRefs: a schema object used twice is written twice,
 * never as an anchor/alias. lineWidth -1: never fold long descriptions and
 * patterns, so diffs stay line-based. Double quotes where quoting is needed,
 * and (js-yaml's default compat mode) YAML 1.1 quoting: strings such as
 * `2024-07-26`, `on` or `-Infinity` are quoted, so YAML 1.1 readers (PyYAML…)
 * do not turn them into dates, booleans or numbers.
 */
const DUMP_OPTIONS = { noRefs: true, lineWidth: -1, quotingType: '"' } as const;

/**
 * YAML 1.1's int and float forms (yaml.org/type/int.html, float.html, as
 * PyYAML resolves them) that YAML 1.2 reads as strings: `1_000`, `0b101`,
 * `1:30`, `017`… js-yaml's compat mode quotes 1.1's booleans but not these,
 * so a pattern or enum value `1_000` would reach a 1.1 reader as a number.
 */
const YAML_1_1_NUMBER =
  /^(?:[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?(?:0|[1-9][0-9_]*)|[-+]?0x[0-9a-fA-F_]+|[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+|[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*(?:[eE][-+]?[0-9]+)?|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;

/** The YAML text of a JSON document (`json`), `banner` (comment lines) first. */
export async function renderYaml(json: string, banner: string): Promise<string> {
  const { dump, DEFAULT_SCHEMA, Type } = (await import("js-yaml")).default;
  // An implicit type that matches those strings and represents no value:
  // js-yaml quotes a string whenever some implicit type would resolve it.
  const yaml11Numbers = new Type("tag:codegen,2026:yaml-1.1-number", {
    kind: "scalar",
    resolve: (text: string) => YAML_1_1_NUMBER.test(text),
    construct: (text: string) => text,
  });
  const schema = DEFAULT_SCHEMA.extend({ implicit: [yaml11Numbers] });
  // From the JSON text, not the document object: exactly what openapi.json
  // says (no `undefined` member, which JSON drops and js-yaml refuses).
  return `${banner}${dump(JSON.parse(json), { ...DUMP_OPTIONS, schema })}`;
}

export const openApiGenerator: Generator = {
  name: "openapi",
  async generate(index) {
    const json = `${JSON.stringify(openApiDocument(index), null, 2)}\n`;
    const banner = bannerLines(index.sourceFiles).map((line) => `# ${line}\n`).join("");
    const key = cacheKey(json, banner, packageVersion("js-yaml"), JSON.stringify(DUMP_OPTIONS), String(YAML_1_1_NUMBER), renderYaml.toString());
    const yaml = await cachedText("openapi-yaml", key, () => renderYaml(json, banner));
    return [
      { path: "openapi.json", contents: json },
      { path: "openapi.yaml", contents: yaml },
    ];
  },
};
