// The HTML report: one self-contained file (inline CSS, no script, no external
// resource) an implementer opens in a browser — the verdict, the failures by
// cause, and a table of every case whose rows open (<details>) onto the
// request sent, the response received and what was expected. Everything the
// implementation sent is escaped, so a response cannot inject markup.

import type { CaseResult } from "./case-runner.js";
import type { FailureGroup, Summary } from "./report-format.js";
import { redacted, xml as escape } from "./report-format.js";

const STYLE = `
body{font:14px/1.45 system-ui,sans-serif;margin:2em;color:#1b1b1b}
h1{font-size:1.4em;margin:0 0 .3em}
.verdict{font-size:1.3em;font-weight:600;padding:.6em 1em;border-radius:6px;margin:1em 0}
.ok{background:#e3f6e8;color:#11602a}.bad{background:#fde7e7;color:#8a1111}.none{background:#eee}
table{border-collapse:collapse;width:100%}td,th{padding:.25em .5em;border-bottom:1px solid #e5e5e5;text-align:left;vertical-align:top}
.pass{color:#11602a}.fail{color:#8a1111;font-weight:600}.skip{color:#777}.should{color:#8a5a00}
details summary{cursor:pointer}pre{background:#f6f6f6;padding:.6em;overflow:auto;white-space:pre-wrap;word-break:break-all;max-height:30em}
.groups li{margin:.4em 0}.ids{color:#555;font-size:.9em}`;

export function htmlReport(results: readonly CaseResult[], summary: Summary, title: string, groups: readonly FailureGroup[], verdict: string): string {
  const tone = summary.mustFailed > 0 ? "bad" : summary.passed === 0 ? "none" : "ok";
  const rows = results.map(caseRow).join("\n");
  const causes = groups.length === 0 ? "<p>No failure.</p>" : `<ol class="groups">${groups.map((g) =>
    `<li><b class="${g.level === "MUST" ? "fail" : "should"}">${g.level}</b> ${escape(g.cause)}<br><span class="ids">${g.cases.length} case(s): ${g.cases.map((id) => `<a href="#${anchor(id)}">${escape(id)}</a>`).join(", ")}</span></li>`).join("\n")}</ol>`;
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${escape(title)}</title><style>${STYLE}</style></head>
<body>
<h1>${escape(title)}</h1>
<div class="verdict ${tone}">${escape(verdict)}</div>
<p>${summary.total} cases in ${(summary.durationMs / 1000).toFixed(2)} s: ${summary.passed} passed, ${summary.failed} failed (${summary.mustFailed} MUST, ${summary.shouldFailed} SHOULD), ${summary.skipped} skipped.
MUST failures mean the implementation does not conform; SHOULD failures are recommendations.</p>
<h2>Failures by cause</h2>
${causes}
<h2>Cases</h2>
<table><thead><tr><th>Result</th><th>Level</th><th>Case</th></tr></thead><tbody>
${rows}
</tbody></table>
</body></html>
`;
}

function caseRow(r: CaseResult): string {
  const mark = r.result === "fail" && r.level === "SHOULD" ? "should" : r.result;
  const label = r.result === "fail" && r.level === "SHOULD" ? "NOT MET" : r.result.toUpperCase();
  const parts = [`<p>${escape(r.description)}</p>`];
  if (r.reason) parts.push(`<p><b>${r.result === "pass" ? "Note" : "Why"}:</b> ${escape(r.reason)}</p>`);
  if (r.request) {
    const headers = Object.entries(redacted(r.request.headers)).map(([k, v]) => `${k}: ${v}`).join("\n");
    parts.push(`<p><b>Request sent</b></p><pre>${escape(`${r.request.method} ${r.request.url}\n${headers}\n\n${abbreviate(r.request.body)}`)}</pre>`);
  }
  if (r.response) {
    const headers = Object.entries(r.response.headers).map(([k, v]) => `${k}: ${Array.isArray(v) ? v.join(", ") : String(v)}`).join("\n");
    parts.push(`<p><b>Response received</b></p><pre>${escape(`status ${r.response.status}\n${headers}\n\n${abbreviate(r.response.body)}`)}</pre>`);
  }
  if (r.expect) parts.push(`<p><b>Expected</b></p><pre>${escape(JSON.stringify(r.expect, null, 2))}</pre>`);
  return `<tr id="${anchor(r.id)}"><td class="${mark}">${label}</td><td>${r.level}</td><td><details><summary>${escape(r.id)}${r.result === "fail" ? ` — ${escape(abbreviate(r.reason, 160))}` : ""}</summary>${parts.join("")}</details></td></tr>`;
}

function anchor(id: string): string {
  return `case-${id.replace(/[^A-Za-z0-9_.-]/g, "_")}`;
}

function abbreviate(text: string, max = 4000): string {
  return text.length > max ? `${text.slice(0, max)}… (${text.length} chars)` : text;
}
