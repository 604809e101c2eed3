// Client of the batch diff oracle (jvm/oracle/src/oracle/DiffOracle.java):
// one JVM start per batch of model pairs, one JSON answer line per pair, the
// events smithy-diff's ModelDiff reports (what `smithy diff` prints).
import type { SmithyModel } from "../../codegen/src/model/ast.js";
import { askJvmOracle } from "../support/jvm-batch.js";

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
  const file = (model: SmithyModel) => [{ path: "model.json", text: JSON.stringify(model) }];
  return askJvmOracle<SmithyDiffAnswer>("DiffOracle", pairs.map((pair) => ({ old: file(pair.old), new: file(pair.new) })));
}
