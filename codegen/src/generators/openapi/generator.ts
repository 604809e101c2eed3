// generated/openapi.json and generated/openapi.yaml: the same document twice,
// JSON for tools and Prism, YAML for people. YAML rendering is cached by
// content (loading the `yaml` package alone costs about as much as starting
// Node), so an unchanged model regenerates without loading it.

import type { Generator } from "../generator.js";
import { bannerLines } from "../../writer/banner.js";
import { cachedText, cacheKey, packageVersion } from "../validators/derived-cache.js";
import { openApiDocument } from "./document.js";

async function renderYaml(json: string, banner: string): Promise<string> {
  const { stringify } = await import("yaml");
  // lineWidth 0: never fold long descriptions and patterns, so diffs stay
  // line-based. YAML 1.1 quoting: strings such as `2024-07-26` or `on` are
  // quoted, so YAML 1.1 readers (PyYAML…) do not turn them into dates/booleans.
  const options = { lineWidth: 0, aliasDuplicateObjects: false, version: "1.1" } as const;
  return `${banner}${stringify(JSON.parse(json), options)}`;
}

export const openApiGenerator: Generator = {
  name: "openapi",
  async generate(index) {
    const json = `${JSON.stringify(openApiDocument(index), null, 2)}\n`;
    const banner = bannerLines(index.sourceFiles).map((line) => `# ${line}\n`).join("");
    const yaml = await cachedText("openapi-yaml", cacheKey(json, banner, packageVersion("yaml"), renderYaml.toString()), () =>
      renderYaml(json, banner),
    );
    return [
      { path: "openapi.json", contents: json },
      { path: "openapi.yaml", contents: yaml },
    ];
  },
};
