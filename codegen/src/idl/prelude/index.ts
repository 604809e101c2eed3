// The shapes every model can rely on without defining them: the prelude and
// the trait libraries bundled with this toolchain. They are parsed with the
// same parser as user models (read from the snapshot of that parse made at
// build time, see snapshot.ts), each once per process, and only when a model
// can see them (see bundledModel).

import { type AssembledModel, assemble } from "../assembler.js";
import { Reporter } from "../diagnostics.js";
import type { FileSyntax } from "../syntax.js";
import { fromSnapshot, parseSource, snapshotEntries } from "./snapshot.js";
import { BUNDLED_SOURCES } from "./sources.js";

export { BUNDLED_SOURCES } from "./sources.js";

type Source = (typeof BUNDLED_SOURCES)[number];
const parsed = new Map<Source, { file: FileSyntax; reporter: Reporter }>();

/** A bundled source's syntax: from the build-time snapshot when it is current (snapshot.ts), else parsed. */
function parse(source: Source): { file: FileSyntax; reporter: Reporter } {
  let entry = parsed.get(source);
  if (!entry) {
    const { file, diagnostics } = fromSnapshot(source, snapshotEntries()) ?? parseSource(source);
    const reporter = new Reporter();
    reporter.diagnostics.push(...diagnostics);
    entry = { file, reporter };
    parsed.set(source, entry);
  }
  return entry;
}

/** Parsed bundled files, all of them; their diagnostics (expected: none) come along for tests. */
export function bundledFiles(): { files: FileSyntax[]; reporter: Reporter } {
  const reporter = new Reporter();
  const files = BUNDLED_SOURCES.map((source) => {
    const entry = parse(source);
    reporter.diagnostics.push(...entry.reporter.diagnostics);
    return entry.file;
  });
  return { files, reporter };
}

/**
 * The bundled sources a model can see: the prelude, every trait library whose
 * namespace its text names (a shape of another namespace is reachable only by
 * an absolute ID or a `use`, both of which name the namespace), and the
 * libraries those name in turn. The batch oracle decides the same way whether
 * a model needs the discovered libraries. Unused libraries cost nothing: a
 * CLI run reads the prelude plus what the model uses, not all 302 shapes.
 */
function visibleSources(texts: readonly string[] | undefined): Source[] {
  if (!texts) return [...BUNDLED_SOURCES];
  const seen = new Set<Source>([BUNDLED_SOURCES[0]!]);
  const pending = [...texts];
  // One regular expression of the namespaces not seen yet finds them all in
  // one pass over a text: a `text.includes` per namespace scanned a large
  // model a dozen times (1–2 ms of each load of a 3,000-shape model). After
  // a match the search resumes one character later, and every namespace is
  // tried at the match, so one that starts where another does is not missed.
  let pattern = namespacePattern(seen);
  while (pending.length > 0 && pattern) {
    const text = pending.pop()!;
    let from = 0;
    while (pattern) {
      pattern.lastIndex = from;
      const match = pattern.exec(text);
      if (!match) break;
      let added = false;
      for (const source of BUNDLED_SOURCES) {
        if (!seen.has(source) && text.startsWith(source.namespace, match.index)) {
          seen.add(source);
          pending.push(source.text);
          added = true;
        }
      }
      if (added) pattern = namespacePattern(seen);
      from = match.index + 1;
    }
  }
  return BUNDLED_SOURCES.filter((source) => seen.has(source));
}

/** A global pattern matching any namespace of the bundled sources not in `seen`; undefined when all are. */
function namespacePattern(seen: ReadonlySet<Source>): RegExp | undefined {
  const unseen = BUNDLED_SOURCES.filter((source) => !seen.has(source));
  if (unseen.length === 0) return undefined;
  return new RegExp(unseen.map((source) => source.namespace.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|"), "g");
}

const assembled = new Map<string, { model: AssembledModel; reporter: Reporter }>();

/**
 * The bundle a model with these texts can see (all of it without texts),
 * assembled once per process for each such set and shared by every load:
 * its shapes are frozen, so a load (or a validator) that tried to change one
 * would fail loudly instead of leaking into the next load. Every load used
 * to assemble the whole bundle again (4–7 ms of CPU for an empty model; now
 * 0.2–0.4 ms).
 */
export function bundledModel(texts?: readonly string[]): { model: AssembledModel; reporter: Reporter } {
  const sources = visibleSources(texts);
  const key = sources.map((source) => source.namespace).join(" ");
  let entry = assembled.get(key);
  if (!entry) {
    const reporter = new Reporter();
    const files = sources.map((source) => {
      const { file, reporter: fileReporter } = parse(source);
      reporter.diagnostics.push(...fileReporter.diagnostics);
      return file;
    });
    const model = assemble([], files, reporter);
    for (const shape of model.shapes.values()) deepFreeze(shape);
    entry = { model, reporter };
    assembled.set(key, entry);
  }
  return entry;
}

function deepFreeze(value: unknown): void {
  if (value === null || typeof value !== "object" || Object.isFrozen(value)) return;
  Object.freeze(value);
  for (const inner of Object.values(value)) deepFreeze(inner);
}
