// CHANGELOG.md sections for the client package, made from the diff report.
// A section is keyed by its heading (`## 0.2.0`, or `## Unreleased` while the
// version has not been raised), so regenerating replaces it instead of
// adding a second one; writing a version's section also retires the
// Unreleased one, whose changes it now carries.

import { groupsOf, type DiffReport } from "./report.js";
import { markdownItem } from "./format.js";
import { CLIENT_PACKAGE_JSON } from "./revision.js";
import type { Severity } from "./rules.js";

const TITLE = "# Changelog";

const HEADINGS: Record<Severity, string> = {
  ERROR: "Breaking changes",
  DANGER: "Changes that may affect you",
  NOTE: "Other changes",
};

export function changelogHeading(report: DiffReport): string {
  return report.version.head === report.version.base ? "## Unreleased" : `## ${report.version.head}`;
}

export function changelogSection(report: DiffReport): string {
  const out = [changelogHeading(report), ""];
  if (!report.base.clientPresent) {
    // Nothing was published before: a list of model edits since some commit
    // would mean nothing to callers.
    out.push(`First release of the client package: there was no ${CLIENT_PACKAGE_JSON} at ${report.base.label}.`, "");
    return out.join("\n");
  }
  out.push(`Model changes since ${report.base.label.replace(/ \(.*\)$/, "")}, for callers of the client.`, "");
  if (report.differences.length === 0) out.push("No changes to the model.", "");
  for (const severity of ["ERROR", "DANGER", "NOTE"] as const) {
    const items = report.differences.filter((d) => d.severity === severity);
    if (items.length === 0) continue;
    out.push(`### ${HEADINGS[severity]}`, "");
    for (const [, differences] of groupsOf(items)) out.push(...differences.map((d) => `- ${markdownItem(d)}`));
    out.push("");
  }
  return out.join("\n");
}

/** CHANGELOG.md text with `section` in place: replacing its heading's section, else newest first. */
export function upsertSection(changelog: string | undefined, section: string, packageName?: string): string {
  const heading = section.split("\n", 1)[0]!;
  const intro = `${TITLE}\n\nWhat changed for callers of the client package${packageName ? ` \`${packageName}\`` : ""}, generated from the model by \`make changelog\`.\n`;
  const text = changelog && changelog.trim() ? changelog : intro;
  const lines = text.split("\n");
  const sections: { heading: string; body: string[] }[] = [];
  const preamble: string[] = [];
  for (const l of lines) {
    if (l.startsWith("## ")) sections.push({ heading: l.trimEnd(), body: [l] });
    else if (sections.length) sections[sections.length - 1]!.body.push(l);
    else preamble.push(l);
  }
  const retire = new Set([heading, ...(heading !== "## Unreleased" ? ["## Unreleased"] : [])]);
  const at = sections.findIndex((s) => s.heading === heading);
  const fresh = { heading, body: [...section.trimEnd().split("\n"), ""] };
  const kept = sections.filter((s) => !retire.has(s.heading));
  if (at >= 0) {
    // Keep the section where it was: the same version regenerated.
    const before = sections.slice(0, at).filter((s) => !retire.has(s.heading)).length;
    kept.splice(before, 0, fresh);
  } else {
    kept.unshift(fresh);
  }
  const head = preamble.join("\n").trimEnd();
  return `${[head, ...kept.map((s) => s.body.join("\n").trimEnd())].join("\n\n")}\n`;
}
