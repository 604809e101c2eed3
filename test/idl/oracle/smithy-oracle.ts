// Client of the batch Smithy oracle (jvm/oracle/src/oracle/Oracle.java): one
// JVM start per batch of model file-sets, one JSON answer line per request.
import { spawn } from "node:child_process";
import { oracleClasspath } from "../../support/toolchain.js";

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
  events: OracleEvent[];
  /** Set when the oracle itself failed on the request (a bug in the oracle, never a verdict). */
  crash?: string;
}

/**
 * Asks the pinned Smithy about every file-set, in one JVM. C1 only
 * (TieredStopAtLevel=1): for batches of a few thousand small models it costs
 * half the CPU time of the default tiered compilation.
 */
export function askSmithy(requests: readonly OracleFile[][]): Promise<OracleAnswer[]> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn("java", ["-Xshare:auto", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-cp", oracleClasspath(), "oracle.Oracle"], {
      stdio: ["pipe", "pipe", "pipe"],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on("data", (chunk: Buffer) => out.push(chunk));
    child.stderr.on("data", (chunk: Buffer) => err.push(chunk));
    child.on("error", reject);
    child.on("close", (code) => {
      const lines = Buffer.concat(out).toString("utf8").split("\n").filter((l) => l.length > 0);
      if (code !== 0 || lines.length !== requests.length) {
        reject(new Error(`Smithy oracle exited ${code} with ${lines.length}/${requests.length} answers:\n${Buffer.concat(err).toString("utf8").slice(0, 4000)}`));
        return;
      }
      resolvePromise(lines.map((l) => JSON.parse(l) as OracleAnswer));
    });
    for (const files of requests) child.stdin.write(`${JSON.stringify({ files })}\n`);
    child.stdin.end();
  });
}

/** Smithy refuses a model when any event is an ERROR (DANGER fails `smithy build` too, but `ast` still prints). */
export function refuses(answer: OracleAnswer): boolean {
  return answer.events.some((e) => e.severity === "ERROR");
}
