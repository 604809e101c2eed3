// One IDL file per case, each with whether Smithy accepts it: the shape of the
// named regression and event tests. Every case of a describe goes to the real
// Smithy in one batch (one JVM), then each is its own test: Smithy's verdict is
// the one recorded, and ours (AST or refusal) equals Smithy's.
import { beforeAll, describe, expect, it } from "vitest";
import { compareWithSmithy } from "./compare.js";
import { askSmithy, type OracleAnswer, refuses } from "./smithy-oracle.js";

/** name → [text of the case's file, does Smithy accept it?, its file name (case.smithy; case.json for a JSON AST)] */
export type SingleFileCases = Record<string, [text: string, accepted: boolean, path?: string]>;

export function describeAgainstSmithy(
  title: string,
  cases: SingleFileCases,
  also?: (files: { path: string; text: string }[], answer: OracleAnswer, name: string) => void,
): void {
  describe(title, () => {
    const names = Object.keys(cases);
    let answers: OracleAnswer[] = [];
    beforeAll(async () => {
      answers = await askSmithy(names.map((name) => [{ path: cases[name]![2] ?? "case.smithy", text: cases[name]![0] }]));
    }, 120_000);

    names.forEach((name, i) => {
      it(name, () => {
        const [text, accepted, path = "case.smithy"] = cases[name]!;
        const files = [{ path, text }];
        const answer = answers[i]!;
        expect(refuses(answer), `Smithy ${accepted ? "accepts" : "refuses"} this case`).toBe(!accepted);
        expect(compareWithSmithy(files, answer)).toBeUndefined();
        also?.(files, answer, name);
      });
    });
  });
}
