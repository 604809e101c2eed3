// The shapes every model can rely on without defining them: the prelude and
// the trait libraries bundled with this toolchain. They are parsed with the
// same parser as user models, once per process.

import { Reporter } from "../diagnostics.js";
import { parseIdl } from "../parser.js";
import type { FileSyntax } from "../syntax.js";
import { AWS_API, AWS_AUTH, AWS_PROTOCOLS } from "./aws-traits.js";
import { SMITHY_API_PRELUDE } from "./smithy-api.js";
import { SMITHY_TEST } from "./smithy-test.js";

export const BUNDLED_SOURCES: readonly { path: string; text: string }[] = [
  { path: "<prelude>/smithy.api.smithy", text: SMITHY_API_PRELUDE },
  { path: "<bundled>/aws.protocols.smithy", text: AWS_PROTOCOLS },
  { path: "<bundled>/aws.auth.smithy", text: AWS_AUTH },
  { path: "<bundled>/aws.api.smithy", text: AWS_API },
  { path: "<bundled>/smithy.test.smithy", text: SMITHY_TEST },
];

let cached: { files: FileSyntax[]; reporter: Reporter } | undefined;

/** Parsed bundled files; their diagnostics (expected: none) come along for tests. */
export function bundledFiles(): { files: FileSyntax[]; reporter: Reporter } {
  if (!cached) {
    const reporter = new Reporter();
    const files = BUNDLED_SOURCES.map((s) => parseIdl(s.path, s.text, reporter));
    cached = { files, reporter };
  }
  return cached;
}
