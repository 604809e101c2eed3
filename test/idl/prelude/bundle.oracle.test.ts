// Our bundled prelude and trait libraries (codegen/src/idl/prelude) against the
// pinned Smithy jars: every shape the jars define in the namespaces we bundle
// (the prelude smithy.api and every trait library on the classpath: aws.*,
// smithy.rules, smithy.waiters, smithy.protocols, smithy.test, ...) exists in
// our bundle with the same definition. One test per shape, so a Smithy upgrade
// names each shape that changed and, in the message, the part that differs.
// The jars' shapes come from jvm/oracle/src/oracle/TraitLibraries.java: the
// model the real Smithy assembles from the classpath alone, printed whole.
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { bundledModel } from "../../../codegen/src/idl/prelude/index.js";
import { oracleClasspath } from "../../support/toolchain.js";
import { type ShapeJson, shapeDifferences } from "./shape-diff.js";

function smithyTraitLibraries(): Record<string, ShapeJson> {
  const run = spawnSync("java", ["-Xshare:auto", "-XX:TieredStopAtLevel=1", "-cp", oracleClasspath(), "oracle.TraitLibraries"], {
    encoding: "utf8",
    maxBuffer: 1 << 26,
    timeout: 120_000,
  });
  if (run.status !== 0) throw new Error(`oracle.TraitLibraries exited ${run.status}: ${run.stderr.slice(0, 4000)}`);
  const ast = JSON.parse(run.stdout) as { smithy: string; shapes: Record<string, ShapeJson> };
  return ast.shapes;
}

const smithy = smithyTraitLibraries();
const { model: ours, reporter } = bundledModel();
const namespaces = [...new Set(Object.keys(smithy).map((id) => id.slice(0, id.indexOf("#"))))].sort();
const ourShape = (id: string): ShapeJson | undefined => ours.shapes.get(id) as ShapeJson | undefined;

describe("the bundled prelude and trait libraries equal the pinned Smithy's", () => {
  it("the jars define the namespaces this test is about (a sanity check of the oracle)", () => {
    for (const ns of ["smithy.api", "aws.api", "aws.auth", "aws.protocols", "aws.iam", "aws.cloudformation", "aws.endpoints", "smithy.rules", "smithy.waiters", "smithy.test", "smithy.protocols", "smithy.framework"]) {
      expect(namespaces, `Smithy's namespaces lack ${ns}`).toContain(ns);
    }
  });

  it("the bundle assembles without diagnostics", () => {
    expect(reporter.diagnostics).toEqual([]);
  });

  it("the bundle has no shape the jars do not define", () => {
    expect([...ours.shapes.keys()].filter((id) => !(id in smithy))).toEqual([]);
  });

  for (const ns of namespaces) {
    describe(ns, () => {
      for (const id of Object.keys(smithy).filter((i) => i.startsWith(`${ns}#`))) {
        it(id, () => {
          expect(shapeDifferences(smithy[id]!, ourShape(id)), `${id} differs from the pinned Smithy's definition`).toEqual([]);
        });
      }
    });
  }
});
