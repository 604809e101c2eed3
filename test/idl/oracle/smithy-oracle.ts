// Client of the batch Smithy oracle (jvm/oracle/src/oracle/Oracle.java): one
// JVM start per batch of model file-sets, one JSON answer line per request.
import { askJvmOracle } from "../../support/jvm-batch.js";

export interface OracleFile {
  path: string;
  /** Omitted: the oracle reads `path` from disk. */
  text?: string;
}

export interface OracleEvent {
  severity: "ERROR" | "DANGER" | "WARNING" | "NOTE" | "SUPPRESSED";
  id: string;
  file: string;
  line: number;
  col: number;
  message: string;
  shapeId: string;
}

export interface OracleAnswer {
  /** `smithy ast` output (prelude and trait libraries excluded), or null when Smithy refuses the model. */
  ast: string | null;
  /** With `idl`: the same shapes as SmithyIdlModelSerializer prints them, by file name (one file per namespace). */
  idl?: Record<string, string>;
  events: OracleEvent[];
  /** Set when the oracle itself failed on the request (a bug in the oracle, never a verdict). */
  crash?: string;
}

/**
 * Asks the pinned Smithy about every file-set, in one JVM (see askJvmOracle).
 * `flatten`: the AST comes with mixins flattened and removed (ModelTransformer);
 * `compileBdd`: with each endpoint rule set compiled to a smithy.rules#endpointBdd too (compileBddForAws);
 * `idl`: with the model printed as IDL too (SmithyIdlModelSerializer).
 */
export function askSmithy(requests: readonly OracleFile[][], { flatten = false, compileBdd = false, idl = false } = {}): Promise<OracleAnswer[]> {
  return askJvmOracle<OracleAnswer>("Oracle", requests.map((files) => ({ files, flatten, compileBdd, idl })));
}

/**
 * Smithy refuses a model when any event is an ERROR (DANGER fails `smithy build` too, but `ast` still prints),
 * or when building the model throws (Smithy 1.73.0 throws, for one, on a resource mixin with a body).
 */
export function refuses(answer: OracleAnswer): boolean {
  return answer.crash !== undefined || answer.events.some((e) => e.severity === "ERROR");
}
