// The CLI prints validation events on stderr as `file:line:col: SEVERITY id:
// message` whether the run succeeds or not; a WARNING leaves the run green, an
// unsuppressed DANGER fails it as `smithy build` fails, a SUPPRESSED event is
// not printed.

import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const model = (metadata: string): string => `$version: "2"
${metadata}
namespace example.ev

use aws.protocols#awsJson1_0

@awsJson1_0
service Svc { version: "2024-01-01", operations: [Ping] }

@deprecated
string Old

operation Ping { input := { old: Old } }
`;

describe("CLI: validation events on stderr", () => {
  const root = process.cwd();
  let scratch: string;
  const run = (name: string, metadata: string) => {
    const dir = join(scratch, name);
    mkdirSync(join(dir, "model"), { recursive: true });
    writeFileSync(join(dir, "model", "main.smithy"), model(metadata));
    return spawnSync(
      process.execPath,
      ["--import", "tsx", join(root, "codegen/src/cli.ts"), "generate", "--model", join(dir, "model"), "--out", join(dir, "out"), "--only", "openapi", "--quiet"],
      { cwd: root, encoding: "utf8" },
    );
  };

  beforeAll(() => {
    scratch = mkdtempSync(join(tmpdir(), "cli-events-"));
  });
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it("prints a WARNING and succeeds", () => {
    const result = run("warning", "");
    expect(result.status, result.stderr).toBe(0);
    expect(result.stderr).toMatch(/model\/main\.smithy:13:29: WARNING DeprecatedShape\.example\.ev#Old: Member targets a deprecated shape/);
  }, 60_000);

  it("fails on a DANGER raised by severityOverrides and prints it", () => {
    const result = run("danger", 'metadata severityOverrides = [{id: "DeprecatedShape", namespace: "*", severity: "DANGER"}]');
    expect(result.status).not.toBe(0);
    expect(result.stderr).toMatch(/model\/main\.smithy:13:29: DANGER DeprecatedShape\.example\.ev#Old:/);
  }, 60_000);

  it("prints nothing for a suppressed event", () => {
    const result = run("suppressed", 'metadata suppressions = [{id: "DeprecatedShape", namespace: "example.ev"}]');
    expect(result.status, result.stderr).toBe(0);
    expect(result.stderr).not.toMatch(/DeprecatedShape/);
  }, 60_000);
});
