// The README's rules table, printed from the rule data (`diff --rules`), so
// the documentation is the classifier.

import { isDirected, RULES, type RuleId } from "./rules.js";

export function rulesTable(): string {
  const rows = ["| rule | change | in input (callers write it) | in output or error (the service writes it) |", "|---|---|---|---|"];
  for (const [id, rule] of Object.entries(RULES) as [RuleId, (typeof RULES)[RuleId]][]) {
    const cell = (severity: string, why: string): string => `**${severity}**: ${why}`.replace(/\|/g, "\\|");
    if (isDirected(rule)) {
      rows.push(`| \`${id}\` | ${rule.title} | ${cell(rule.input.severity, rule.input.why)} | ${cell(rule.output.severity, rule.output.why)} |`);
    } else {
      rows.push(`| \`${id}\` | ${rule.title} | ${cell(rule.severity, rule.why)} | (same) |`);
    }
  }
  return `${rows.join("\n")}\n`;
}
