// Validation events against the real Smithy: for every case, the events that
// fail a build (ERROR, DANGER) are the same on both sides — same severity,
// event id, shape and line:col — and so are the events of the ids a case
// names at every severity (WARNING, SUPPRESSED ...). One JVM per case list.
// Each group of validators keeps its cases in its own file and calls this.
import { beforeAll, describe, expect, it } from "vitest";
import { loadIdl } from "../../../codegen/src/idl/index.js";
import { askSmithy, type OracleAnswer } from "../oracle/smithy-oracle.js";
import type { EventCase } from "./event-cases.js";

const PATH = "model/case.smithy";
const filesOf = (c: EventCase): { path: string; text: string }[] => [
  { path: PATH, text: c.text },
  ...(c.extra === undefined ? [] : [{ path: "model/extra.smithy", text: c.extra }]),
];

/**
 * Where an event is: file:line:col in the case's own files. An event on a
 * shape the case does not define (Smithy reports ERRORs on the prelude's
 * shapes too, located in its own prelude.smithy inside its jar) is compared
 * as "bundled": each side locates it in its own text of the prelude.
 */
function site(c: EventCase, file: string, line: number, col: number): string {
  return filesOf(c).some((f) => f.path === file) ? `${file}:${line}:${col}` : "bundled";
}

const idMatches = (eventId: string, ids: string[]): boolean => ids.some((id) => eventId === id || eventId.startsWith(`${id}.`));

function theirs(c: EventCase, answer: OracleAnswer): string[] {
  return answer.events
    .filter((e) => e.severity === "ERROR" || e.severity === "DANGER" || idMatches(e.id, c.compareIds ?? []))
    .map((e) => `${e.severity} ${e.id} ${e.shapeId} ${site(c, e.file, e.line, e.col)}`)
    .sort();
}

function ours(c: EventCase): string[] {
  return loadIdl(filesOf(c))
    .diagnostics.filter((d) => d.severity === "error" || d.severity === "danger" || idMatches(d.id, c.compareIds ?? []))
    .map((d) => `${d.severity.toUpperCase()} ${d.id} ${d.shapeId ?? ""} ${site(c, d.path, d.line, d.column)}`)
    .sort();
}

export function describeEventCases(title: string, cases: EventCase[]): void {
  let answers: OracleAnswer[] = [];
  beforeAll(async () => {
    answers = await askSmithy(cases.map(filesOf));
  }, 300_000);

  describe(title, () => {
    cases.forEach((c, i) => {
      it(`${c.id}: ${c.name}`, () => {
        const answer = answers[i]!;
        const smithy = theirs(c, answer);
        const failing = smithy.filter((e) => e.startsWith("ERROR") || e.startsWith("DANGER"));
        // The case is what it claims to be, as Smithy judges it.
        if (c.expect === "accept") expect(failing, "Smithy was expected to accept this model").toEqual([]);
        else expect(failing.some((e) => idMatches(e.split(" ")[1]!, [c.id])), `Smithy was expected to emit ${c.id}:\n${smithy.join("\n")}`).toBe(true);
        expect(ours(c), `our events differ from Smithy's for:\n${c.text}`).toEqual(smithy);
      });
    });
  });
}
