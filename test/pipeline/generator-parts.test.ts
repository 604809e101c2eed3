// A generator with parts (Generator.parts) may be run part by part on
// different threads (generators/threads.ts): its parts must give exactly what
// the whole gives, in order, without sharing a file, and be named apart.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { generators } from "../../codegen/src/generators/index.js";
import type { GeneratedFile } from "../../codegen/src/generators/generator.js";
import { ModelIndex } from "../../codegen/src/model/knowledge.js";
import type { SmithyModel } from "../../codegen/src/model/ast.js";
import { hostileModel } from "../aws-models/hostile-model.js";

const models: [string, () => ModelIndex][] = [
  ["our model", () => new ModelIndex(JSON.parse(readFileSync("test/fixtures/mwaa-serverless.ast.json", "utf8")) as SmithyModel)],
  ["the hostile model", () => new ModelIndex(hostileModel() as SmithyModel)],
];

describe("generators with parts", () => {
  const split = generators.filter((g) => g.parts);

  it("include the client, in two parts", () => {
    expect(split.map((g) => g.name)).toContain("client");
    expect(generators.find((g) => g.name === "client")!.parts).toHaveLength(2);
  });

  it("have parts named apart from every generator and from each other", () => {
    const names = [...generators.map((g) => g.name), ...split.flatMap((g) => g.parts!.map((p) => p.name))];
    expect(new Set(names).size).toBe(names.length);
  });

  for (const [label, load] of models) {
    it(`give, part by part on fresh indexes, what the whole gives (${label})`, async () => {
      for (const generator of split) {
        const whole = (await generator.generate(load())) as GeneratedFile[];
        const parts: GeneratedFile[][] = [];
        for (const part of generator.parts!) parts.push((await part.generate(load())) as GeneratedFile[]);
        expect(parts.every((files) => files.length > 0)).toBe(true);
        expect(parts.flat()).toEqual(whole);
        const paths = parts.flat().map((f) => f.path);
        expect(new Set(paths).size).toBe(paths.length);
      }
    });
  }
});
