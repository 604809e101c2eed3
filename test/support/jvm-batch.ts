// One JVM start for a whole batch of questions to a Java oracle under
// jvm/oracle (compiled by `make oracle`): one JSON request line in, one JSON
// answer line out, in order. C1 only (TieredStopAtLevel=1): for batches of a
// few thousand small models it costs half the CPU time of the default tiered
// compilation, and the serial GC suits a short-lived single-threaded run.
import { spawn } from "node:child_process";
import { oracleClasspath } from "./toolchain.js";

/**
 * Sends every request to `oracle.<mainClass>` and resolves with its answers.
 * Rejects, with the oracle's stderr, when it exits non-zero or answers a
 * different number of lines than it was asked: an oracle failure is never
 * read as a verdict.
 */
export function askJvmOracle<Answer>(mainClass: string, requests: readonly unknown[]): Promise<Answer[]> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(
      "java",
      ["-Xshare:auto", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-cp", oracleClasspath(), `oracle.${mainClass}`],
      { stdio: ["pipe", "pipe", "pipe"] },
    );
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on("data", (chunk: Buffer) => out.push(chunk));
    child.stderr.on("data", (chunk: Buffer) => err.push(chunk));
    child.on("error", reject);
    child.on("close", (code) => {
      const lines = Buffer.concat(out).toString("utf8").split("\n").filter((l) => l.length > 0);
      if (code !== 0 || lines.length !== requests.length) {
        const stderr = Buffer.concat(err).toString("utf8").slice(0, 4000);
        reject(new Error(`oracle.${mainClass} exited ${code} with ${lines.length}/${requests.length} answers:\n${stderr}`));
        return;
      }
      resolvePromise(lines.map((l) => JSON.parse(l) as Answer));
    });
    for (const request of requests) child.stdin.write(`${JSON.stringify(request)}\n`);
    child.stdin.end();
  });
}
