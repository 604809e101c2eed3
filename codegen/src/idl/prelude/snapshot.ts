// The parsed form of the bundled prelude and trait libraries, kept as JSON in
// parsed.generated.json (written by `make generate`, checked by `make check`):
// a CLI run parses no bundled IDL, it reads the syntax trees with
// JSON.parse, which is native. Parsing smithy.api alone cost a fresh process
// ~30 ms of CPU (the parser's first run is interpreted, not yet optimised);
// reading its snapshot costs ~3 ms.
//
// Each entry keeps the exact source text it was made from: a snapshot whose
// text is not the bundled source's any more (an edited prelude, not yet
// regenerated) is ignored and the source is parsed, so a stale snapshot is
// slower, never wrong — and `make check` fails on it.

import { createRequire } from "node:module";
import type { Diagnostic } from "../diagnostics.js";
import { Reporter } from "../diagnostics.js";
import { parseIdl } from "../parser.js";
import type { FileSyntax } from "../syntax.js";

export interface BundledSource {
  path: string;
  namespace: string;
  text: string;
}

export interface SnapshotEntry {
  /** The source text the syntax was parsed from. */
  text: string;
  /** JSON of `{ file: FileSyntax, diagnostics: Diagnostic[] }`. */
  parsed: string;
}

export const SNAPSHOT_PATH = "codegen/src/idl/prelude/parsed.generated.json";

/**
 * The snapshot, read on first use: a JSON file beside this module (the
 * build copies it beside the bundles, build/parsed.generated.json), not a
 * module they bundle. Bundled, its ~0.5 MB were a third of the full CLI's
 * source, read and loaded by every run, and a run from a JSON AST never
 * parses IDL (~7 ms of its start). Unreadable or missing: {} (every source is
 * parsed, slower and the same).
 */
export function snapshotEntries(): Readonly<Record<string, SnapshotEntry>> {
  if (loaded === undefined) {
    let state = "read";
    try {
      loaded = createRequire(import.meta.url)("./parsed.generated.json") as Record<string, SnapshotEntry>;
    } catch {
      loaded = {};
      state = "none";
    }
    // Beside the code cache's own line (code-cache.ts): how the bundled program loaded.
    if (process.env.CODEGEN_CODE_CACHE_DEBUG === "1") process.stderr.write(`prelude snapshot: ${state} (parsed.generated.json)\n`);
  }
  return loaded;
}

let loaded: Readonly<Record<string, SnapshotEntry>> | undefined;

/** The syntax tree and diagnostics of one bundled source, parsed now. */
export function parseSource(source: BundledSource): { file: FileSyntax; diagnostics: Diagnostic[] } {
  const reporter = new Reporter();
  const file = parseIdl(source.path, source.text, reporter);
  return { file, diagnostics: reporter.diagnostics };
}

/** The snapshot's syntax of `source`, or undefined when there is none for its exact text. */
export function fromSnapshot(
  source: BundledSource,
  snapshot: Readonly<Record<string, SnapshotEntry>>,
): { file: FileSyntax; diagnostics: Diagnostic[] } | undefined {
  const entry = snapshot[source.namespace];
  if (entry === undefined || entry.text !== source.text) return undefined;
  return JSON.parse(entry.parsed) as { file: FileSyntax; diagnostics: Diagnostic[] };
}

/** The text of parsed.generated.json for these sources: one line per source, so a diff names the ones that changed. */
export function snapshotText(sources: readonly BundledSource[]): string {
  const lines = sources.map((source) => {
    const entry: SnapshotEntry = { text: source.text, parsed: JSON.stringify(parseSource(source)) };
    return `  ${JSON.stringify(source.namespace)}: ${JSON.stringify(entry)}`;
  });
  return `{\n${lines.join(",\n")}\n}\n`;
}
