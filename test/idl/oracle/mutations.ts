// Mutations of a model judged by the real Smithy and by ours: for each, a
// test that Smithy refuses it or takes it as the mutation says, that the
// front end (IDL path) and --from-ast's trait check agree with Smithy, and
// that where Smithy reports an ERROR event (rather than throwing) ours
// carries its id. Used by the endpoint rule-set and decision-diagram oracles.
import { beforeAll, expect, it } from "vitest";
import { firstTraitProblem } from "../../../codegen/src/idl/ast-traits.js";
import { loadIdl } from "../../../codegen/src/idl/index.js";
import type { SmithyModel } from "../../../codegen/src/model/ast.js";
import { askSmithy, type OracleAnswer, refuses } from "./smithy-oracle.js";

/** Registers one test per mutation kind (call inside a describe). */
export function judgeMutations(kinds: readonly string[], refused: (kind: string) => boolean, mutated: (kind: string) => SmithyModel, path: string): void {
  let answers: OracleAnswer[] = [];
  beforeAll(async () => {
    answers = await askSmithy(kinds.map((kind) => [{ path, text: JSON.stringify(mutated(kind)) }]));
  }, 300_000);

  kinds.forEach((kind, i) => {
    it(`${refused(kind) ? "refuses" : "takes"} ${kind}, as Smithy does`, () => {
      const answer = answers[i]!;
      // Smithy throws while building the trait (the oracle's "crash"), or reports an ERROR.
      const smithy = refuses(answer);
      const errors = answer.events.filter((e) => e.severity === "ERROR");
      expect(smithy, `${answer.crash ?? ""} ${errors.map((e) => `${e.id}: ${e.message}`).join("; ")}`).toBe(refused(kind));
      const model = mutated(kind);
      const ours = loadIdl([{ path, text: JSON.stringify(model) }]).diagnostics.filter((d) => d.severity === "error");
      expect(ours.length > 0, ours.map((d) => d.message).join("; ")).toBe(smithy);
      // --from-ast's check finds it too, so the file goes through the front end before anything is written.
      expect(firstTraitProblem(model) !== undefined).toBe(smithy);
      for (const e of errors) expect(ours.map((d) => d.id), `${e.id}: ${e.message}`).toContain(e.id);
    });
  });
}
