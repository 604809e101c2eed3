// The two sides of a diff: the model files and the client package version at
// a git revision, or in the working tree. A revision is read with three git
// processes whatever the model's size: rev-parse (resolve and validate),
// ls-tree (the model's blobs) and one cat-file --batch for every blob plus
// the client's package.json.

import { execFileSync, spawnSync } from "node:child_process";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import type { SourceFile } from "../idl/index.js";
import { isModelFileName, modelFiles } from "../pipeline.js";
import { parseSemVer } from "./version.js";

/** Where the generated client package describes itself. */
export const CLIENT_PACKAGE_JSON = "generated/client/package.json";

/**
 * Release tags of the client package: `client-v<semver>`, e.g. `client-v1.4.0`,
 * on the commit whose generated/client was published. The prefix keeps them
 * apart from any other tag the repository may carry.
 */
export const RELEASE_TAG_GLOB = "client-v*";

export class RevisionError extends Error {
  override name = "RevisionError";
}

export interface ClientPackage {
  /** `0.0.0` when the package did not exist at that revision. */
  version: string;
  name?: string;
  /** False when generated/client/package.json was absent (version assumed 0.0.0). */
  present: boolean;
}

export interface ModelSnapshot {
  /** How the side is shown: `client-v0.1.0 (3d1e0e5)`, `working tree`. */
  label: string;
  files: SourceFile[];
  client: ClientPackage;
}

function git(root: string, args: string[], input?: string): Buffer {
  const result = spawnSync("git", args, { cwd: root, input, maxBuffer: 256 * 2 ** 20 });
  if (result.error) throw new RevisionError(`cannot run git: ${result.error.message}`);
  if (result.status !== 0) {
    const message = result.stderr.toString().trim().split("\n")[0] ?? "";
    throw new RevisionError(`git ${args[0]} failed: ${message}`);
  }
  return result.stdout;
}

/** The newest release tag reachable from HEAD, or undefined when there is none. */
export function lastReleaseTag(root: string): string | undefined {
  try {
    const out = execFileSync("git", ["describe", "--tags", "--abbrev=0", "--match", RELEASE_TAG_GLOB, "HEAD"], {
      cwd: root,
      stdio: ["ignore", "pipe", "ignore"],
    });
    return out.toString().trim() || undefined;
  } catch {
    return undefined;
  }
}

/** The default base: the last release tag, else HEAD~1. */
export function defaultBase(root: string): { ref: string; reason: string } {
  const tag = lastReleaseTag(root);
  if (tag) return { ref: tag, reason: `last release tag (${RELEASE_TAG_GLOB})` };
  return { ref: "HEAD~1", reason: `no release tag (${RELEASE_TAG_GLOB}) yet` };
}

/** Model files under `modelDir` and the client package at revision `rev`. */
export function readRevision(root: string, rev: string, modelDir = "model"): ModelSnapshot {
  if (rev.startsWith("-")) throw new RevisionError(`'${rev}' is not a git revision`);
  const dir = modelDir.replace(/\/+$/, "");
  let listing: string;
  try {
    listing = git(root, ["ls-tree", "-r", "-z", "--full-tree", rev, "--", dir]).toString();
  } catch (error) {
    throw new RevisionError(
      /not a git repository/i.test((error as Error).message)
        ? `${root} is not inside a git repository`
        : `unknown git revision '${rev}' (in ${root})`,
    );
  }
  const blobs: { path: string; sha: string }[] = [];
  for (const entry of listing.split("\0")) {
    // `<mode> blob <sha>\t<path>`
    const match = /^\d+ blob ([0-9a-f]+)\t(.+)$/s.exec(entry);
    if (match && isModelFileName(match[2]!) && match[2] !== `${dir}/codegen.json`) blobs.push({ sha: match[1]!, path: match[2]! });
  }
  blobs.sort((a, b) => a.path.localeCompare(b.path));
  if (blobs.length === 0) throw new RevisionError(`no model files (.smithy, .json) under ${dir}/ at ${rev}`);
  // The commit's ID (for the label) comes back as the header of its object.
  const [commitObject, packageJsonObject, ...blobObjects] = catFiles(root, [
    `${rev}^{commit}`,
    `${rev}:${CLIENT_PACKAGE_JSON}`,
    ...blobs.map((b) => b.sha),
  ]);
  const commit = commitObject?.id ?? rev;
  return {
    label: commit.startsWith(rev) ? commit.slice(0, 7) : `${rev} (${commit.slice(0, 7)})`,
    files: blobs.map((b, i) => ({ path: b.path, text: blobObjects[i]!.data.toString("utf8") })),
    client: clientPackage(packageJsonObject?.data.toString("utf8"), `${CLIENT_PACKAGE_JSON} at ${rev}`),
  };
}

/** ID and contents of each object (undefined when missing), in one git process. */
function catFiles(root: string, names: string[]): ({ id: string; data: Buffer } | undefined)[] {
  const out = git(root, ["cat-file", "--batch"], names.map((n) => `${n}\n`).join(""));
  const results: ({ id: string; data: Buffer } | undefined)[] = [];
  let at = 0;
  for (let i = 0; i < names.length; i++) {
    // `<id> <type> <size>\n<contents>\n`, or `<name> missing\n`
    const eol = out.indexOf(0x0a, at);
    const header = /^([0-9a-f]{40,64}) [a-z]+ (\d+)$/.exec(out.subarray(at, eol).toString());
    at = eol + 1;
    if (!header) {
      results.push(undefined);
      continue;
    }
    const size = Number(header[2]);
    results.push({ id: header[1]!, data: out.subarray(at, at + size) });
    at += size + 1;
  }
  return results;
}

/** Model files and client package as they are on disk now. */
export async function readWorkingTree(root: string, modelDir = "model"): Promise<ModelSnapshot> {
  let paths: string[];
  try {
    paths = await modelFiles(join(root, modelDir), root);
  } catch {
    throw new RevisionError(`cannot read the model directory ${modelDir}/`);
  }
  if (paths.length === 0) throw new RevisionError(`no model files (.smithy, .json) under ${modelDir}/ in the working tree`);
  const files = await Promise.all(paths.map(async (path) => ({ path, text: await readFile(join(root, path), "utf8") })));
  const packageJson = await readFile(join(root, CLIENT_PACKAGE_JSON), "utf8").catch(() => undefined);
  return { label: "working tree", files, client: clientPackage(packageJson, CLIENT_PACKAGE_JSON) };
}

function clientPackage(text: string | undefined, where: string): ClientPackage {
  if (text === undefined) return { version: "0.0.0", present: false };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new RevisionError(`${where} is not valid JSON: ${(error as Error).message}`);
  }
  const { version, name } = (parsed ?? {}) as { version?: unknown; name?: unknown };
  if (typeof version !== "string") throw new RevisionError(`${where} has no "version"`);
  try {
    parseSemVer(version);
  } catch (error) {
    throw new RevisionError(`${where}: ${(error as Error).message}`);
  }
  const result: ClientPackage = { version, present: true };
  if (typeof name === "string") result.name = name;
  return result;
}
