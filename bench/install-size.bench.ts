// Installed size of the packed client with its dependencies next to
// @aws-sdk/client-sfn's (issue 16): each installed by npm into its own empty
// project, from the local npm cache where it has them (--prefer-offline; the
// SDK at the version installed here), then measured with du — bytes of the files, and disk usage
// (4 KiB blocks, what `du -sh` shows and what a Lambda zip pays in files).

import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { BenchReport, BenchRow } from "./report.js";

const root = new URL("..", import.meta.url).pathname;

interface Size {
  bytes: number;
  diskBytes: number;
  packages: number;
}

function installAndMeasure(spec: string): Size {
  const dir = mkdtempSync(join(tmpdir(), "install-size-"));
  try {
    writeFileSync(join(dir, "package.json"), JSON.stringify({ name: "size", version: "1.0.0", private: true }));
    execFileSync("npm", ["install", "--prefer-offline", "--no-audit", "--no-fund", "--loglevel=error", spec], { cwd: dir, stdio: "ignore" });
    const modules = join(dir, "node_modules");
    const bytes = Number(execFileSync("du", ["-sb", modules], { encoding: "utf8" }).split("\t")[0]);
    const diskBytes = Number(execFileSync("du", ["-sk", modules], { encoding: "utf8" }).split("\t")[0]) * 1024;
    const lock = JSON.parse(readFileSync(join(dir, "package-lock.json"), "utf8")) as { packages: Record<string, unknown> };
    return { bytes, diskBytes, packages: Object.keys(lock.packages).length - 1 };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export default async function installSize(): Promise<BenchReport> {
  const scratch = mkdtempSync(join(tmpdir(), "install-size-pack-"));
  try {
    execFileSync("npm", ["pack", "--pack-destination", scratch, "--loglevel=error"], { cwd: join(root, "generated/client"), stdio: "ignore" });
    const tarball = join(scratch, readdirSync(scratch).find((f) => f.endsWith(".tgz"))!);
    const sdkVersion = (JSON.parse(readFileSync(join(root, "node_modules/@aws-sdk/client-sfn/package.json"), "utf8")) as { version: string }).version;
    const sdk = installAndMeasure(`@aws-sdk/client-sfn@${sdkVersion}`);
    const ours = installAndMeasure(tarball);
    const mb = (n: number): number => Math.round((n / 1e6) * 100) / 100;
    const rows: BenchRow[] = [
      { name: `@aws-sdk/client-sfn ${sdkVersion}, disk usage (du -sk)`, value: mb(sdk.diskBytes), unit: "MB" },
      { name: "@mwaa-serverless/client (packed), disk usage (du -sk)", value: mb(ours.diskBytes), unit: "MB", baseline: `@aws-sdk/client-sfn ${sdkVersion}, disk usage (du -sk)` },
      { name: `@aws-sdk/client-sfn ${sdkVersion}, file bytes (du -sb)`, value: mb(sdk.bytes), unit: "MB" },
      { name: "@mwaa-serverless/client (packed), file bytes (du -sb)", value: mb(ours.bytes), unit: "MB", baseline: `@aws-sdk/client-sfn ${sdkVersion}, file bytes (du -sb)` },
    ];
    return {
      title: "Installed size with dependencies",
      method:
        "`npm install --prefer-offline <package>` into an empty project (the packed tarball of generated/client; @aws-sdk/client-sfn at the installed version), then `du` of node_modules. " +
        `Packages installed: ours ${ours.packages}, client-sfn ${sdk.packages}.`,
      rows,
      goal: "≤ @aws-sdk/client-sfn's installed size (disk usage)",
      met: ours.diskBytes <= sdk.diskBytes,
      notes: [
        "Both trees share every package but the client itself (the same @smithy/* and @aws-sdk/* runtime); undici is not a dependency: the client's build bundles the part of it the request handler uses (its Agent, dist-cjs/undici.js). Per-package sizes: docs/client-performance.md.",
      ],
    };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
