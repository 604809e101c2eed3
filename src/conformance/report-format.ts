// The outputs: a table for people (one line per case, then the failures
// grouped by cause — one entry per distinct failure with the cases it hit and
// one request/response as an example — then a summary), JSON (every case's
// request, response and expectation, the groups and a summary), JUnit XML for
// CI dashboards (SHOULD failures are <skipped> with the message, so CI agrees
// with the exit code) and one self-contained HTML page (report-html.ts).

import type { CaseResult } from "./case-runner.js";
import { htmlReport } from "./report-html.js";

export type ReportFormat = "table" | "json" | "junit" | "html";
export const REPORT_FORMATS: readonly ReportFormat[] = ["table", "json", "junit", "html"];

export interface Summary {
  total: number;
  passed: number;
  failed: number;
  skipped: number;
  mustFailed: number;
  shouldFailed: number;
  durationMs: number;
}

/** One cause of failure shared by several cases. */
export interface FailureGroup {
  level: "MUST" | "SHOULD";
  /** The failure, as the checks word it. */
  cause: string;
  cases: string[];
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

export function verdict(summary: Summary): string {
  if (summary.mustFailed > 0) return `DOES NOT CONFORM (${summary.mustFailed} MUST case(s) failed)`;
  if (summary.passed === 0) return "NOTHING CHECKED (every selected case was skipped)";
  return `CONFORMS (every MUST case that ran passed${summary.skipped > 0 ? `; ${summary.skipped} skipped` : ""}${summary.shouldFailed > 0 ? `; ${summary.shouldFailed} SHOULD not met` : ""})`;
}

/**
 * Failures grouped by cause, most cases first: a server that labels every
 * answer application/json gets one entry listing the cases, not one per case.
 * A case with several failures appears under each.
 */
export function groupFailures(results: readonly CaseResult[]): FailureGroup[] {
  const groups = new Map<string, FailureGroup>();
  for (const r of results) {
    if (r.result !== "fail") continue;
    const causes = r.level === "SHOULD" ? [...r.failures, ...r.preferences] : r.failures;
    for (const cause of causes.length > 0 ? causes : [r.reason]) {
      const key = `${r.level}\u0000${cause}`;
      const group = groups.get(key) ?? { level: r.level, cause, cases: [] };
      group.cases.push(r.id);
      groups.set(key, group);
    }
  }
  return [...groups.values()].sort((a, b) => (a.level === b.level ? b.cases.length - a.cases.length : a.level === "MUST" ? -1 : 1));
}

export function formatReport(format: ReportFormat, results: readonly CaseResult[], summary: Summary, title: string): string {
  if (format === "json") return `${JSON.stringify(jsonReport(results, summary, title), null, 2)}\n`;
  if (format === "junit") return junit(results, summary, title);
  if (format === "html") return htmlReport(results, summary, title, groupFailures(results), verdict(summary));
  return table(results, summary, title);
}

/** Headers as sent, with the signature redacted (it is not secret, but it is noise). */
export function redacted(headers: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).map(([k, v]) => [k, k.toLowerCase() === "authorization" ? `${v.split(" ")[0]} (redacted)` : v]));
}

function jsonReport(results: readonly CaseResult[], summary: Summary, title: string): object {
  return {
    title,
    verdict: verdict(summary),
    summary,
    failureGroups: groupFailures(results),
    cases: results.map((r) => ({
      id: r.id,
      level: r.level,
      description: r.description,
      result: r.result,
      reason: r.reason,
      failures: r.failures,
      preferences: r.preferences,
      expectation: r.expect ?? null,
      request: r.request ? { ...r.request, headers: redacted(r.request.headers) } : null,
      response: r.response ?? null,
      durationMs: Math.round(r.durationMs * 10) / 10,
    })),
  };
}

const MARK = { pass: "PASS", fail: "FAIL", skip: "SKIP" } as const;

function table(results: readonly CaseResult[], summary: Summary, title: string): string {
  const width = Math.max(...results.map((r) => r.id.length), 10);
  const lines = [title, ""];
  for (const r of results) {
    const note = r.result === "pass" ? (r.reason ? `  (${r.reason})` : "") : r.result === "skip" ? `  — ${r.reason}` : "";
    lines.push(`${MARK[r.result]}  ${r.level.padEnd(6)} ${r.id.padEnd(width)}  ${r.description}${printable(note)}`);
  }
  const groups = groupFailures(results);
  if (groups.length > 0) lines.push("", `Failures, by cause (${groups.length})`, "------------------");
  const byId = new Map(results.map((r) => [r.id, r]));
  for (const [i, group] of groups.entries()) {
    const shown = group.cases.length > 12 ? [...group.cases.slice(0, 12), `… ${group.cases.length - 12} more`] : group.cases;
    lines.push("", `${i + 1}. ${group.level}: ${printable(group.cause)}`, `   ${group.cases.length} case(s): ${shown.join(", ")}`);
    const example = byId.get(group.cases[0]!)!;
    lines.push(`   e.g. ${example.id}:`);
    if (example.request) {
      lines.push("   request sent:", `     ${example.request.method} ${example.request.url}`);
      for (const [name, value] of Object.entries(redacted(example.request.headers))) lines.push(`     ${name}: ${value}`);
      lines.push(`     ${printable(abbreviate(example.request.body)) || "(empty body)"}`);
    }
    if (example.response) {
      lines.push("   response received:", `     status ${example.response.status}`);
      for (const [name, value] of Object.entries(example.response.headers)) lines.push(`     ${printable(name)}: ${printable(Array.isArray(value) ? value.join(", ") : String(value))}`);
      lines.push(`     ${printable(abbreviate(example.response.body)) || "(empty body)"}`);
    }
  }
  lines.push(
    "",
    `${summary.total} cases in ${(summary.durationMs / 1000).toFixed(2)} s: ${summary.passed} passed, ${summary.failed} failed ` +
      `(${summary.mustFailed} MUST, ${summary.shouldFailed} SHOULD), ${summary.skipped} skipped`,
    `Result: ${verdict(summary)}`,
  );
  return `${lines.join("\n")}\n`;
}

/**
 * What an implementation sent, made safe for a terminal: control characters
 * (ESC sequences, CR, newlines) are shown escaped, so a response cannot
 * repaint the screen or forge report lines such as "Result: CONFORMS".
 */
export function printable(text: string): string {
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => (c === "\n" ? "\\n" : c === "\r" ? "\\r" : c === "\t" ? "\\t" : `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`));
}

function abbreviate(text: string): string {
  return text.length > 400 ? `${text.slice(0, 400)}… (${text.length} chars)` : text;
}

function junit(results: readonly CaseResult[], summary: Summary, title: string): string {
  // SHOULD failures count as skipped, not failures: CI tools then agree with
  // the exit status (0 when every MUST case passed).
  const skippedCount = (group: readonly CaseResult[]) => group.filter((r) => r.result === "skip" || (r.result === "fail" && r.level === "SHOULD")).length;
  const lines = ['<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="${xml(title)}" tests="${summary.total}" failures="${summary.mustFailed}" skipped="${skippedCount(results)}" time="${(summary.durationMs / 1000).toFixed(3)}">`];
  for (const level of ["MUST", "SHOULD"] as const) {
    const group = results.filter((r) => r.level === level);
    if (group.length === 0) continue;
    const failures = level === "MUST" ? group.filter((r) => r.result === "fail").length : 0;
    lines.push(`  <testsuite name="${level}" tests="${group.length}" failures="${failures}" skipped="${skippedCount(group)}">`);
    for (const r of group) {
      const open = `    <testcase classname="conformance.${level}" name="${xml(r.id)}" time="${(r.durationMs / 1000).toFixed(3)}">`;
      if (r.result === "pass") lines.push(`${open.slice(0, -1)}/>`);
      else if (r.result === "skip") lines.push(open, `      <skipped message="${xml(r.reason)}"/>`, "    </testcase>");
      else {
        const detail = [r.description, r.request ? `request: ${r.request.method} ${r.request.url} ${r.request.body}` : "", r.response ? `response: ${r.response.status} ${r.response.body}` : ""].filter(Boolean).join("\n");
        if (level === "SHOULD") {
          lines.push(open, "      <properties>", `        <property name="should-not-met" value="${xml(r.reason)}"/>`, "      </properties>",
            `      <skipped message="SHOULD not met (not a conformance failure): ${xml(r.reason)}"/>`, `      <system-out>${xml(detail)}</system-out>`, "    </testcase>");
        } else {
          lines.push(open, `      <failure type="${level}" message="${xml(r.reason)}">${xml(detail)}</failure>`, "    </testcase>");
        }
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

export function xml(text: string): string {
  return text.replace(NOT_XML_CHAR, "\ufffd").replace(/[<>&"']/g, (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;", "'": "&#39;" })[c]!);
}
