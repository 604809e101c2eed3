// Client of the batch diff oracle (jvm/oracle/src/oracle/DiffOracle.java):
// one JVM start per batch of model pairs, one JSON answer line per pair, the
// events smithy-diff's ModelDiff reports (what `smithy diff` prints).
import { spawn } from "node:child_process";
import type { SmithyModel } from "../../codegen/src/model/ast.js";
import { oracleClasspath } from "../support/toolchain.js";

export type SmithySeverity = "ERROR" | "DANGER" | "WARNING" | "NOTE" | "SUPPRESSED";

export interface SmithyDiffEvent {
  severity: SmithySeverity;
  /** `ChangedLengthTrait`, `ModifiedTrait.Update.smithy.api#documentation`, ... */
  id: string;
  shapeId: string;
  message: string;
}

export interface SmithyDiffAnswer {
  events: SmithyDiffEvent[];
  /** ERROR validation events of either side: Smithy could not compare the pair. */
  oldErrors: SmithyDiffEvent[];
  newErrors: SmithyDiffEvent[];
  /** Set when the oracle itself failed on the request (a bug in the oracle, never a verdict). */
  crash?: string;
}

export interface ModelPair {
  old: SmithyModel;
  new: SmithyModel;
}

/** Compares every pair with the pinned smithy-diff, in one JVM (C1 only: short-lived, many small models). */
export function smithyDiff(pairs: readonly ModelPair[]): Promise<SmithyDiffAnswer[]> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn("java", ["-Xshare:auto", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-cp", oracleClasspath(), "oracle.DiffOracle"], {
      stdio: ["pipe", "pipe", "pipe"],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on("data", (chunk: Buffer) => out.push(chunk));
    child.stderr.on("data", (chunk: Buffer) => err.push(chunk));
    child.on("error", reject);
    child.on("close", (code) => {
      const lines = Buffer.concat(out).toString("utf8").split("\n").filter((l) => l.length > 0);
      if (code !== 0 || lines.length !== pairs.length) {
        reject(new Error(`smithy-diff oracle exited ${code} with ${lines.length}/${pairs.length} answers:\n${Buffer.concat(err).toString("utf8").slice(0, 4000)}`));
        return;
      }
      resolvePromise(lines.map((l) => JSON.parse(l) as SmithyDiffAnswer));
    });
    const file = (model: SmithyModel) => [{ path: "model.json", text: JSON.stringify(model) }];
    for (const pair of pairs) child.stdin.write(`${JSON.stringify({ old: file(pair.old), new: file(pair.new) })}\n`);
    child.stdin.end();
  });
}
