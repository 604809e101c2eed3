// Every way the service can fail to start is one plain line on stderr and
// exit code 2 — never a stack trace — one test per cause.

import { execFileSync } from "node:child_process";
import { chmod, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { failedStart, startServiceProcess } from "./support/service-process.js";

const isRoot = process.getuid?.() === 0;
let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "mwaa-start-"));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Exit 2 and exactly one line, starting "serve: ", matching `message`. */
async function expectOneLineFailure(env: Record<string, string>, message: RegExp, wrapper: string[] = []): Promise<void> {
  const { code, stderr } = await failedStart(env, wrapper);
  expect({ code, stderr }).toMatchObject({ code: 2 });
  expect(stderr, "one line on stderr").toMatch(/^serve: [^\n]+\n$/);
  expect(stderr).toMatch(message);
}

/** A tmpfs mounted at `path` for the duration of `body` (root only). */
async function withTmpfs(path: string, options: string, body: () => Promise<void>): Promise<void> {
  await mkdir(path, { recursive: true });
  execFileSync("mount", ["-t", "tmpfs", "-o", options, "tmpfs", path]);
  try {
    await body();
  } finally {
    execFileSync("umount", ["-l", path]);
  }
}

describe("start-up failures: one line on stderr, exit 2", () => {
  it("DATA_DIR is a file", async () => {
    const file = join(dir, "file");
    await writeFile(file, "x");
    await expectOneLineFailure({ DATA_DIR: file }, /DATA_DIR=.*file: not a directory/);
  });

  it("DATA_DIR lies under a file (ENOTDIR)", async () => {
    await writeFile(join(dir, "file"), "x");
    await expectOneLineFailure({ DATA_DIR: join(dir, "file", "data") }, /DATA_DIR=.*file\/data: not a directory \(it or a parent is a file\)/);
  });

  it("the database path is a directory (EISDIR)", async () => {
    await mkdir(join(dir, "runs.sqlite"), { recursive: true });
    await expectOneLineFailure({ DATA_DIR: dir }, /runs\.sqlite: not a regular file/);
  });

  it("DATA_DIR is read-only", async () => {
    const data = join(dir, "ro");
    if (isRoot) {
      // Permission bits do not stop root: a read-only mount does.
      await withTmpfs(data, "ro,size=64k", () => expectOneLineFailure({ DATA_DIR: data }, /DATA_DIR=.*ro: this process cannot read and write the directory \(EROFS/));
    } else {
      await mkdir(data);
      await chmod(data, 0o555);
      await expectOneLineFailure({ DATA_DIR: data }, /DATA_DIR=.*ro: this process cannot read and write the directory \(EACCES/);
    }
  });

  it("the file-size limit is reached while creating the database (no root needed)", async () => {
    await expectOneLineFailure({ DATA_DIR: join(dir, "data") }, /runs\.sqlite: .*(SQLITE_IOERR_WRITE: a write failed: the disk is full, a file-size limit was reached|SQLITE_FULL: the disk is full)/, ["prlimit", "--fsize=3000"]);
  });

  it.skipIf(!isRoot)("the disk is full at start (tmpfs, root only)", async () => {
    const mount = join(dir, "full");
    await withTmpfs(mount, "size=64k", async () => {
      // Fill it: the directory can be created, the database cannot.
      await writeFile(join(mount, "filler"), Buffer.alloc(64 * 1024 - 4096, 1)).catch(() => undefined);
      await writeFile(join(mount, "filler2"), Buffer.alloc(4096, 1)).catch(() => undefined);
      await expectOneLineFailure({ DATA_DIR: join(mount, "data") }, /(DATA_DIR=|runs\.sqlite).*(SQLITE_FULL|ENOSPC)/);
    });
  });

  it("the database is damaged", async () => {
    await writeFile(join(dir, "runs.sqlite"), "SQLite format 3\u0000".padEnd(8192, "#"));
    await expectOneLineFailure({ DATA_DIR: dir }, /runs\.sqlite: .*(SQLITE_NOTADB|SQLITE_CORRUPT|damaged database)/);
  });

  it("another service uses the same DATA_DIR", async () => {
    const first = await startServiceProcess({ DATA_DIR: dir });
    try {
      await expectOneLineFailure({ DATA_DIR: dir }, /runs\.sqlite: .*SQLITE_BUSY: another process holds the database/);
    } finally {
      await first.kill();
    }
  });

  it("the seed file cannot be read (a directory)", async () => {
    await expectOneLineFailure({ SEED: dir }, /SEED=.*: cannot read the file \(EISDIR\)/);
  });

  it("a seed file with several problems still gives one line", async () => {
    const seed = join(dir, "bad.json");
    await writeFile(seed, JSON.stringify([{ RunId: "a" }, { RunId: "b" }]));
    await expectOneLineFailure({ SEED: seed }, /6 invalid seed entry problems: entry 0 .*; entry 1/);
    expect(await readFile(seed, "utf8")).toContain("RunId");
  });
});
