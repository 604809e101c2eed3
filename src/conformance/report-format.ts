// The three outputs: a table for people (one line per case, then the request
// sent and the response received for every failure, then a summary), JSON
// (one record per case) and JUnit XML for CI dashboards.

import type { CaseResult } from "./case-runner.js";

export type ReportFormat = "table" | "json" | "junit";

export interface Summary {
  total: number;
  passed: number;
  failed: number;
  skipped: number;
  mustFailed: number;
  shouldFailed: number;
  durationMs: number;
}

export function summarize(results: readonly CaseResult[], durationMs: number): Summary {
  const count = (predicate: (r: CaseResult) => boolean) => results.filter(predicate).length;
  return {
    total: results.length,
    passed: count((r) => r.result === "pass"),
    failed: count((r) => r.result === "fail"),
    skipped: count((r) => r.result === "skip"),
    mustFailed: count((r) => r.result === "fail" && r.level === "MUST"),
    shouldFailed: count((r) => r.result === "fail" && r.level === "SHOULD"),
    durationMs,
  };
}

export function formatReport(format: ReportFormat, results: readonly CaseResult[], summary: Summary, title: string): string {
  if (format === "json") return `${JSON.stringify(results.map(jsonRecord), null, 2)}\n`;
  if (format === "junit") return junit(results, summary, title);
  return table(results, summary, title);
}

function jsonRecord(r: CaseResult): { id: string; level: string; result: string; reason: string } {
  return { id: r.id, level: r.level, result: r.result, reason: r.reason };
}

const MARK = { pass: "PASS", fail: "FAIL", skip: "SKIP" } as const;

function table(results: readonly CaseResult[], summary: Summary, title: string): string {
  const width = Math.max(...results.map((r) => r.id.length), 10);
  const lines = [title, ""];
  for (const r of results) {
    const note = r.result === "pass" ? (r.reason ? `  (${r.reason})` : "") : `  — ${r.reason}`;
    lines.push(`${MARK[r.result]}  ${r.level.padEnd(6)} ${r.id.padEnd(width)}  ${r.description}${printable(note)}`);
  }
  const failed = results.filter((r) => r.result === "fail");
  if (failed.length > 0) lines.push("", "Failures", "--------");
  for (const r of failed) {
    lines.push("", `${r.level} ${r.id}: ${printable(r.reason)}`);
    if (r.request) {
      lines.push("  request sent:", `    ${r.request.method} ${r.request.url}`);
      for (const [name, value] of Object.entries(r.request.headers)) lines.push(`    ${name}: ${name.toLowerCase() === "authorization" ? "(redacted)" : value}`);
      lines.push(`    ${abbreviate(r.request.body) || "(empty body)"}`);
    }
    if (r.response) {
      lines.push("  response received:", `    status ${r.response.status}`);
      for (const [name, value] of Object.entries(r.response.headers)) lines.push(`    ${printable(name)}: ${printable(Array.isArray(value) ? value.join(", ") : String(value))}`);
      lines.push(`    ${printable(abbreviate(r.response.body)) || "(empty body)"}`);
    }
  }
  lines.push(
    "",
    `${summary.total} cases in ${(summary.durationMs / 1000).toFixed(2)} s: ${summary.passed} passed, ${summary.failed} failed ` +
      `(${summary.mustFailed} MUST, ${summary.shouldFailed} SHOULD), ${summary.skipped} skipped`,
    summary.mustFailed > 0
      ? `Result: DOES NOT CONFORM (${summary.mustFailed} MUST case(s) failed)`
      : summary.passed === 0
        ? "Result: NOTHING CHECKED (every selected case was skipped)"
        : `Result: CONFORMS (every MUST case that ran passed${summary.skipped > 0 ? `; ${summary.skipped} skipped` : ""})`,
  );
  return `${lines.join("\n")}\n`;
}

/**
 * What an implementation sent, made safe for a terminal: control characters
 * (ESC sequences, CR, newlines) are shown escaped, so a response cannot
 * repaint the screen or forge report lines such as "Result: CONFORMS".
 */
function printable(text: string): string {
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => (c === "\n" ? "\\n" : c === "\r" ? "\\r" : c === "\t" ? "\\t" : `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`));
}

function abbreviate(text: string): string {
  return text.length > 400 ? `${text.slice(0, 400)}… (${text.length} chars)` : text;
}

function junit(results: readonly CaseResult[], summary: Summary, title: string): string {
  const lines = ['<?xml version="1.0" encoding="UTF-8"?>', `<testsuites name="${xml(title)}" tests="${summary.total}" failures="${summary.failed}" skipped="${summary.skipped}" time="${(summary.durationMs / 1000).toFixed(3)}">`];
  for (const level of ["MUST", "SHOULD"] as const) {
    const group = results.filter((r) => r.level === level);
    if (group.length === 0) continue;
    const failures = group.filter((r) => r.result === "fail").length;
    const skipped = group.filter((r) => r.result === "skip").length;
    lines.push(`  <testsuite name="${level}" tests="${group.length}" failures="${failures}" skipped="${skipped}">`);
    for (const r of group) {
      const open = `    <testcase classname="conformance.${level}" name="${xml(r.id)}" time="${(r.durationMs / 1000).toFixed(3)}">`;
      if (r.result === "pass") lines.push(`${open.slice(0, -1)}/>`);
      else if (r.result === "skip") lines.push(open, `      <skipped message="${xml(r.reason)}"/>`, "    </testcase>");
      else {
        const detail = [r.description, r.request ? `request: ${r.request.method} ${r.request.url} ${r.request.body}` : "", r.response ? `response: ${r.response.status} ${r.response.body}` : ""].filter(Boolean).join("\n");
        lines.push(open, `      <failure type="${level}" message="${xml(r.reason)}">${xml(detail)}</failure>`, "    </testcase>");
      }
    }
    lines.push("  </testsuite>");
  }
  lines.push("</testsuites>");
  return `${lines.join("\n")}\n`;
}

/**
 * Characters XML 1.0 cannot carry even escaped (a response body may hold them):
 * C0 controls other than tab/LF/CR, U+FFFE, U+FFFF and unpaired surrogates
 * (XML 1.0 §2.2 Char). Each becomes U+FFFD so the report stays well-formed.
 */
// eslint-disable-next-line no-control-regex -- matching the forbidden controls is the point
const NOT_XML_CHAR = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

function xml(text: string): string {
  return text.replace(NOT_XML_CHAR, "\ufffd").replace(/[<>&"]/g, (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;" })[c]!);
}
