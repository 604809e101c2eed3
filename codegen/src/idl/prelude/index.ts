// The shapes every model can rely on without defining them: the prelude and
// the trait libraries bundled with this toolchain. They are parsed with the
// same parser as user models, once per process.

import { type AssembledModel, assemble } from "../assembler.js";
import { Reporter } from "../diagnostics.js";
import { parseIdl } from "../parser.js";
import type { FileSyntax } from "../syntax.js";
import { AWS_CLOUDFORMATION } from "./aws-cloudformation.js";
import { AWS_ENDPOINTS } from "./aws-endpoints.js";
import { AWS_IAM } from "./aws-iam.js";
import { AWS_SMOKE_TESTS } from "./aws-smoke-tests.js";
import { AWS_API, AWS_AUTH, AWS_CUSTOMIZATIONS, AWS_PROTOCOLS } from "./aws-traits.js";
import { SMITHY_API_PRELUDE } from "./smithy-api.js";
import { SMITHY_PROTOCOLS } from "./smithy-protocols.js";
import { SMITHY_RULES } from "./smithy-rules.js";
import { SMITHY_TEST } from "./smithy-test.js";
import { SMITHY_WAITERS } from "./smithy-waiters.js";

/** One file per namespace, as the pinned Smithy jars ship them (see docs/smithy-front-end.md). */
export const BUNDLED_SOURCES: readonly { path: string; text: string }[] = [
  { path: "<prelude>/smithy.api.smithy", text: SMITHY_API_PRELUDE },
  { path: "<bundled>/aws.api.smithy", text: AWS_API },
  { path: "<bundled>/aws.auth.smithy", text: AWS_AUTH },
  { path: "<bundled>/aws.cloudformation.smithy", text: AWS_CLOUDFORMATION },
  { path: "<bundled>/aws.customizations.smithy", text: AWS_CUSTOMIZATIONS },
  { path: "<bundled>/aws.endpoints.smithy", text: AWS_ENDPOINTS },
  { path: "<bundled>/aws.iam.smithy", text: AWS_IAM },
  { path: "<bundled>/aws.protocols.smithy", text: AWS_PROTOCOLS },
  { path: "<bundled>/aws.test.smithy", text: AWS_SMOKE_TESTS },
  { path: "<bundled>/smithy.protocols.smithy", text: SMITHY_PROTOCOLS },
  { path: "<bundled>/smithy.rules.smithy", text: SMITHY_RULES },
  { path: "<bundled>/smithy.test.smithy", text: SMITHY_TEST },
  { path: "<bundled>/smithy.waiters.smithy", text: SMITHY_WAITERS },
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

let assembled: { model: AssembledModel; reporter: Reporter } | undefined;

/**
 * The bundle assembled once per process and shared by every load: its shapes
 * are frozen, so a load (or a validator) that tried to change one would fail
 * loudly instead of leaking into the next load. Every load used to assemble
 * it again (4–7 ms of CPU for an empty model; now 0.2–0.4 ms).
 */
export function bundledModel(): { model: AssembledModel; reporter: Reporter } {
  if (!assembled) {
    const { files, reporter: parsed } = bundledFiles();
    const reporter = new Reporter();
    reporter.diagnostics.push(...parsed.diagnostics);
    const model = assemble([], files, reporter);
    for (const shape of model.shapes.values()) deepFreeze(shape);
    assembled = { model, reporter };
  }
  return assembled;
}

function deepFreeze(value: unknown): void {
  if (value === null || typeof value !== "object" || Object.isFrozen(value)) return;
  Object.freeze(value);
  for (const inner of Object.values(value)) deepFreeze(inner);
}
