// The clients, servers and protocol tests generated for Smithy's awsJson
// suites compile under the repository's strict TypeScript settings: the
// suites' shapes (recursive structures, sparse collections, documents,
// defaults, unions of every member type, int enums…) must not produce code
// that only runs because vitest strips types.

import { execFile } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { generateSuite } from "./suites.js";

const root = resolve(import.meta.dirname, "..", "..");
// Its own output root: the suite test files generate into build/protocol-suites at the same time.
const outRoot = join(root, "build", "protocol-suites-typecheck");

describe("generated suite packages", () => {
  it("typecheck (tsc --noEmit, strict)", { timeout: 300_000 }, async () => {
    await generateSuite("awsJson1_0", outRoot);
    await generateSuite("awsJson1_1", outRoot);
    mkdirSync(outRoot, { recursive: true });
    const config = join(outRoot, "tsconfig.json");
    writeFileSync(config, JSON.stringify({ extends: join(root, "tsconfig.json"), include: ["./**/*.ts"], exclude: [] }, null, 2));
    const result = await promisify(execFile)(process.execPath, [join(root, "node_modules", "typescript", "bin", "tsc"), "-p", config], {
      cwd: root,
      maxBuffer: 16 * 1024 * 1024,
    }).then(
      () => "",
      (error: { stdout?: string; stderr?: string }) => `${error.stdout ?? ""}${error.stderr ?? ""}` || "tsc failed without output",
    );
    expect(result, "TypeScript errors in the generated packages").toBe("");
  });
});
