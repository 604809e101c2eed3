// Nothing in the client generator is specific to StopWorkflowRun: a larger
// model (several operations, nested structures, lists, maps, timestamps,
// intEnum, union, mixins) gets a command per operation and a class per error,
// and the generated package typechecks.

import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { generateClient } from "../../codegen/src/generators/client/index.js";
import { clientPrefix, packageNameOf } from "../../codegen/src/generators/client/symbols.js";
import { ModelIndex } from "../../codegen/src/model/knowledge.js";

const larger = new ModelIndex(JSON.parse(readFileSync("test/fixtures/larger-model.ast.json", "utf8")), ["test/fixtures/larger-model.ast.json"]);
const mwaa = new ModelIndex(JSON.parse(readFileSync("test/fixtures/mwaa-serverless.ast.json", "utf8")), ["model/main.smithy"]);
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe("client generator", () => {
  it("names the client from the sdkId", () => {
    expect(clientPrefix("MWAA Serverless")).toBe("MWAAServerless");
    expect(clientPrefix("api-gateway v2")).toBe("ApiGatewayV2");
    expect(packageNameOf("MWAA Serverless")).toBe("@mwaa-serverless/client");
  });

  it("emits one command per operation and one class per error of the larger model", () => {
    const files = new Map(generateClient(larger).map((f) => [f.path, f.contents]));
    for (const op of larger.operationsOf()) {
      expect(files.has(`client/src/commands/${larger.nameOf(op)}Command.ts`), op).toBe(true);
    }
    const errors = files.get("client/src/models/errors.ts")!;
    for (const error of larger.errorsOfService()) {
      expect(errors).toContain(`export class ${larger.nameOf(error)} extends __BaseException`);
    }
    expect(files.get("client/src/models/enums.ts")).toContain("export const Priority = {");
  });

  it("is deterministic and starts every TypeScript file with the banner", () => {
    const a = generateClient(mwaa);
    const b = generateClient(mwaa);
    expect(a).toEqual(b);
    for (const f of a.filter((f) => f.path.endsWith(".ts"))) expect(f.contents.startsWith("// Code generated from"), f.path).toBe(true);
  });

  it("generates a package that typechecks for the larger model", () => {
    const dir = mkdtempSync(join(tmpdir(), "client-larger-"));
    dirs.push(dir);
    for (const file of generateClient(larger)) {
      const target = join(dir, file.path);
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, file.contents);
    }
    symlinkSync(join(process.cwd(), "node_modules"), join(dir, "client/node_modules"));
    // Declarations off: their portability check needs a real install, not a symlinked node_modules.
    writeFileSync(
      join(dir, "client/tsconfig.check.json"),
      JSON.stringify({ extends: "./tsconfig.build.json", compilerOptions: { noEmit: true, declaration: false, emitDeclarationOnly: false, declarationDir: null } }),
    );
    const tsc = join(process.cwd(), "node_modules/.bin/tsc");
    const typecheck = (): string => {
      try {
        return execFileSync(tsc, ["-p", "tsconfig.check.json"], { cwd: join(dir, "client"), encoding: "utf8" });
      } catch (error) {
        return String((error as { stdout?: string }).stdout ?? error);
      }
    };
    expect(typecheck()).toBe("");
    // The check itself can fail: a type error in the package is reported.
    writeFileSync(join(dir, "client/src/broken.ts"), 'export const broken: number = "not a number";\n');
    expect(typecheck()).toContain("error TS2322");
  }, 120_000);
});
