// Throw-away git repositories for the diff tests: commits of model files and
// of generated/client/package.json, tags, and edits left uncommitted (the
// working tree is the diff's "head").

import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";

export class TempRepo {
  readonly root = mkdtempSync(join(tmpdir(), "model-diff-"));

  constructor() {
    this.git("init", "-q", "-b", "main");
    this.git("config", "user.email", "diff-test@example.com");
    this.git("config", "user.name", "diff test");
    this.git("config", "commit.gpgsign", "false");
    this.git("config", "tag.gpgsign", "false");
  }

  git(...args: string[]): string {
    return execFileSync("git", args, { cwd: this.root, stdio: ["ignore", "pipe", "pipe"] }).toString();
  }

  /** Writes files (null deletes) without committing. */
  write(files: Record<string, string | null>): this {
    for (const [path, text] of Object.entries(files)) {
      const target = join(this.root, path);
      if (text === null) {
        rmSync(target, { force: true });
        continue;
      }
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, text);
    }
    return this;
  }

  clientVersion(version: string): this {
    return this.write({ "generated/client/package.json": `${JSON.stringify({ name: "@example/client", version }, null, 2)}\n` });
  }

  commit(message: string, tag?: string): this {
    this.git("add", "-A");
    this.git("commit", "-q", "--allow-empty", "-m", message);
    if (tag) this.git("tag", tag);
    return this;
  }

  remove(): void {
    rmSync(this.root, { recursive: true, force: true });
  }
}
