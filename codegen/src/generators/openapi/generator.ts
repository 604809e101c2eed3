// generated/openapi.json and generated/openapi.yaml: the same document twice,
// JSON for tools and Prism, YAML for people.

import type { Generator } from "../generator.js";
import { bannerLines } from "../../writer/banner.js";
import { openApiDocument } from "./document.js";
import { jsonToYaml } from "./yaml.js";

/**
 * The YAML text of a JSON document (`json`), `banner` (comment lines) first.
 * yaml.ts says why no YAML library writes it; the result is never folded
 * (diffs stay line-based) and never uses anchors (a schema object used twice
 * is written twice).
 */
export function renderYaml(json: string, banner: string): string {
  return jsonToYaml(JSON.parse(json), banner);
}

/**
 * The same text from the document object itself, read as JSON.stringify reads
 * it (absent members left out, as in openapi.json): SageMaker's document is
 * not parsed back from its 8 MB of JSON text. test/codegen/openapi-yaml.test.ts
 * holds the two equal.
 */
export function renderYamlOf(document: unknown, banner: string): string {
  return jsonToYaml(document, banner);
}

export const openApiGenerator: Generator = {
  name: "openapi",
  generate(index) {
    const document = openApiDocument(index);
    const json = `${JSON.stringify(document, null, 2)}\n`;
    const banner = bannerLines(index.sourceFiles).map((line) => `# ${line}\n`).join("");
    // Rendered every time: a hand-written emitter (yaml.ts) is quicker than
    // hashing the document for a cache.
    const yaml = renderYamlOf(document, banner);
    return [
      { path: "openapi.json", contents: json },
      { path: "openapi.yaml", contents: yaml },
    ];
  },
};
