// The report in three forms: text for a terminal, JSON for tools, markdown
// for a pull-request comment (the changelog section is in changelog.ts).

import type { Difference } from "./compare.js";
import { groupsOf, type DiffReport } from "./report.js";
import { SEVERITIES } from "./rules.js";

export type Format = "text" | "json" | "markdown";

export function formatReport(report: DiffReport, format: Format): string {
  switch (format) {
    case "json":
      return `${JSON.stringify(report, null, 2)}\n`;
    case "markdown":
      return markdown(report);
    default:
      return text(report);
  }
}

/** `ERROR  StopWorkflowRunRequest$RunId: @length max lowered from 255 to 128 (callers … now fail)` */
export function line(d: Difference): string {
  return `${d.severity.padEnd(7)}${d.subject}: ${d.change} (${d.impact})`;
}

function text(report: DiffReport): string {
  const out = [`Model changes from ${report.base.label} to ${report.head.label}`, ""];
  if (report.differences.length === 0) out.push("No differences.", "");
  for (const [shape, differences] of groupsOf(report.differences)) {
    out.push(shape, ...differences.map((d) => `  ${line(d)}`), "");
  }
  out.push(summary(report), ...verdict(report));
  for (const note of report.notes) out.push(`note: ${note}`);
  return `${out.join("\n")}\n`;
}

function summary(report: DiffReport): string {
  return `${SEVERITIES.map((s) => `${report.counts[s]} ${s}`).join(", ")}.`;
}

/** What the numbers mean for the release, in sentences. */
export function verdict(report: DiffReport): string[] {
  const { version, counts } = report;
  const bump = `client ${version.base} → ${version.head}`;
  const lines: string[] = [];
  if (counts.ERROR > 0) {
    lines.push(
      version.breakingAllowed
        ? `Breaking changes, released as a new ${version.base.startsWith("0.") ? "minor (before 1.0)" : "major"} version: ${bump}.`
        : `Breaking changes need client version ${version.breakingNeeds} or later (${version.base.startsWith("0.") ? "a new minor version: before 1.0 the minor counts" : "a new major version"}), but ${bump}: raise the client version and regenerate.`,
    );
  } else {
    lines.push(`No breaking changes (${bump}).`);
  }
  if (counts.DANGER > 0) lines.push("Review every DANGER: each may break someone, and a human decides.");
  return lines;
}

function markdown(report: DiffReport): string {
  const out = [`### Model changes: ${code(report.base.label)} → ${report.head.label}`, ""];
  const counts = SEVERITIES.map((s) => (report.counts[s] > 0 && s !== "NOTE" ? `**${report.counts[s]} ${s}**` : `${report.counts[s]} ${s}`));
  out.push(`${counts.join(" · ")}`, "", ...verdict(report).map(escape), "");
  if (report.differences.length === 0) out.push("No differences.", "");
  for (const [shape, differences] of groupsOf(report.differences)) {
    out.push(`#### ${escape(shape)}`, "", ...differences.map((d) => `- **${d.severity}** ${markdownItem(d)}`), "");
  }
  for (const note of report.notes) out.push(`> ${escape(note)}`);
  if (report.notes.length) out.push("");
  return out.join("\n");
}

/** `` `Shape$Member` ``: change — impact */
export function markdownItem(d: Difference): string {
  return `${code(d.subject)}: ${escape(d.change)} — ${escape(d.impact)}`;
}

function code(text: string): string {
  const fence = text.includes("`") ? "``" : "`";
  return `${fence}${text}${fence}`;
}

/** Model text (patterns especially) must not turn into emphasis or links. */
export function escape(text: string): string {
  return text.replace(/[\\`*_[\]<>|]/g, (c) => `\\${c}`);
}
