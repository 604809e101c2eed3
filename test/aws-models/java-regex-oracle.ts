// Runs test/aws-models/JavaRegexOracle.java (Java's own java.util.regex, the
// dialect AWS writes @pattern in) on a batch of patterns and strings in one
// JVM start, and returns what Java's find() answered for each string.
import { spawnSync } from "node:child_process";
import { join } from "node:path";

export interface OracleCase {
  pattern: string;
  strings: string[];
}

export interface OracleAnswer {
  /** Java's PatternSyntaxException description, when Java rejects the pattern. */
  error?: string;
  /** find() per string, in order. */
  found: boolean[];
}

const hex = (text: string): string => {
  let out = "";
  for (let i = 0; i < text.length; i++) out += text.charCodeAt(i).toString(16).padStart(4, "0");
  return out;
};

export function javaFind(cases: readonly OracleCase[]): OracleAnswer[] {
  const input = cases.map((c) => [`P ${hex(c.pattern)}`, ...c.strings.map((s) => `S ${hex(s)}`)].join("\n")).join("\n") + "\n";
  const run = spawnSync("java", [join(import.meta.dirname, "JavaRegexOracle.java")], {
    input,
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.status !== 0) throw new Error(`the Java regex oracle failed (${run.status}): ${run.stderr}`);
  const lines = run.stdout.split("\n");
  let at = 0;
  return cases.map((c) => {
    const head = lines[at++] ?? "";
    const answer: OracleAnswer = { found: [] };
    if (head.startsWith("E ")) answer.error = head.slice(2);
    for (let i = 0; i < c.strings.length; i++) answer.found.push(lines[at++] === "1");
    return answer;
  });
}
