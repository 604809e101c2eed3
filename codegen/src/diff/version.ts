// Is the client's version bump big enough for the changes? Semantic
// versioning: a breaking change needs a new major version, and before 1.0.0
// (where the major is 0 and anything may change) a new minor version.

import type { ClientPackage } from "./revision.js";

export interface SemVer {
  major: number;
  minor: number;
  patch: number;
  prerelease?: string;
}

export function parseSemVer(text: string): SemVer {
  const match = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-([0-9A-Za-z.-]+))?(?:\+[0-9A-Za-z.-]+)?$/.exec(text.trim());
  if (!match) throw new Error(`'${text}' is not a semantic version (MAJOR.MINOR.PATCH)`);
  const version: SemVer = { major: Number(match[1]), minor: Number(match[2]), patch: Number(match[3]) };
  if (match[4]) version.prerelease = match[4];
  return version;
}

export interface VersionVerdict {
  base: string;
  head: string;
  /** The smallest version that may carry a breaking change, e.g. `0.2.0` or `2.0.0`. */
  breakingNeeds: string;
  /** True when head is at least `breakingNeeds`. */
  breakingAllowed: boolean;
  /** Said in the report: absent package.json files, odd versions. */
  notes: string[];
}

export function judgeVersions(base: ClientPackage, head: ClientPackage): VersionVerdict {
  const notes: string[] = [];
  if (!base.present) notes.push("generated/client/package.json is absent at the base revision: its version is taken as 0.0.0");
  if (!head.present) notes.push("generated/client/package.json is absent in the working tree: its version is taken as 0.0.0");
  const b = parseSemVer(base.version);
  const h = parseSemVer(head.version);
  const needs: SemVer = b.major === 0 ? { major: 0, minor: b.minor + 1, patch: 0 } : { major: b.major + 1, minor: 0, patch: 0 };
  // Only the numbers count: 2.0.0-rc.1 is a fine home for a breaking change after 1.x.
  const allowed = compare(h, needs) >= 0;
  if (compare(h, b) < 0) notes.push(`the client version went down, from ${base.version} to ${head.version}`);
  return { base: base.version, head: head.version, breakingNeeds: format(needs), breakingAllowed: allowed, notes };
}

function compare(a: SemVer, b: SemVer): number {
  return a.major - b.major || a.minor - b.minor || a.patch - b.patch;
}

function format(v: SemVer): string {
  return `${v.major}.${v.minor}.${v.patch}`;
}
