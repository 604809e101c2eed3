// One diff run: read both sides, parse both with our IDL front end, compare,
// and judge the client version bump. Everything the formats print is in the
// DiffReport, so text, JSON and markdown cannot disagree.

import type { SourceFile } from "../idl/index.js";
import type { ModelIndex } from "../model/knowledge.js";
import { indexFromIdl, ModelError } from "../pipeline.js";
import { diffModels, type Difference } from "./compare.js";
import { type ModelSnapshot, readRevision, readWorkingTree } from "./revision.js";
import { SEVERITIES, type Severity } from "./rules.js";
import { judgeVersions, type VersionVerdict } from "./version.js";

export interface DiffReport {
  base: { label: string; ref: string; clientVersion: string; clientName?: string; clientPresent: boolean };
  head: { label: string; clientVersion: string; clientName?: string };
  /** Grouped per shape (service, operations, then shapes by name), worst first within a group. */
  differences: Difference[];
  counts: Record<Severity, number>;
  version: VersionVerdict;
  /** 1 when there is an ERROR and the client version was not raised enough; else 0. */
  exitCode: 0 | 1;
  notes: string[];
}

/** The model at one side does not parse: nothing to compare. */
export class ModelLoadError extends Error {
  override name = "ModelLoadError";
}

/** Turns model files into a knowledge index; the IDL front end unless a test says otherwise. */
export type ParseModel = (files: SourceFile[]) => ModelIndex;

export const parseIdl: ParseModel = (files) => indexFromIdl(files);

export interface DiffOptions {
  /** Project root: git runs here, model and generated/client are read from here. */
  root: string;
  base: string;
  /** Why this base (e.g. "last release tag"), said in the report. */
  baseReason?: string;
  modelDir?: string;
  parse?: ParseModel;
}

export async function buildReport(options: DiffOptions): Promise<DiffReport> {
  const parse = options.parse ?? parseIdl;
  const base = readRevision(options.root, options.base, options.modelDir);
  const head = await readWorkingTree(options.root, options.modelDir);
  const differences = diffModels(load(base, parse), load(head, parse));
  return assemble(base, head, options.base, differences, options.baseReason);
}

function load(snapshot: ModelSnapshot, parse: ParseModel): ModelIndex {
  try {
    return parse(snapshot.files);
  } catch (error) {
    const detail = error instanceof ModelError ? error.message : (error as Error).message;
    throw new ModelLoadError(`the model at ${snapshot.label} cannot be loaded:\n${detail}`);
  }
}

export function assemble(
  base: Pick<ModelSnapshot, "label" | "client">,
  head: Pick<ModelSnapshot, "label" | "client">,
  ref: string,
  found: Difference[],
  baseReason?: string,
): DiffReport {
  const differences = groupByShape(found);
  const counts = { ERROR: 0, DANGER: 0, NOTE: 0 } satisfies Record<Severity, number>;
  for (const d of differences) counts[d.severity]++;
  const version = judgeVersions(base.client, head.client);
  const notes = [...(baseReason ? [`base ${ref}: ${baseReason}`] : []), ...version.notes];
  const report: DiffReport = {
    base: { label: base.label, ref, clientVersion: base.client.version, clientPresent: base.client.present },
    head: { label: head.label, clientVersion: head.client.version },
    differences,
    counts,
    version,
    exitCode: counts.ERROR > 0 && !version.breakingAllowed ? 1 : 0,
    notes,
  };
  if (base.client.name) report.base.clientName = base.client.name;
  if (head.client.name) report.head.clientName = head.client.name;
  return report;
}

/** Groups in order of first appearance; within a group, worst severity first. */
export function groupByShape(differences: Difference[]): Difference[] {
  const groups = new Map<string, Difference[]>();
  for (const d of differences) {
    const group = groups.get(d.shape);
    if (group) group.push(d);
    else groups.set(d.shape, [d]);
  }
  const rank = (d: Difference): number => SEVERITIES.indexOf(d.severity);
  return [...groups.values()].flatMap((group) => [...group].sort((a, b) => rank(a) - rank(b)));
}

/** [shape, differences] pairs of an already grouped list. */
export function groupsOf(differences: Difference[]): [string, Difference[]][] {
  const groups = new Map<string, Difference[]>();
  for (const d of differences) groups.set(d.shape, [...(groups.get(d.shape) ?? []), d]);
  return [...groups];
}
