// The bundled prelude and trait libraries: our own IDL, one file per
// namespace as the pinned Smithy jars ship them (see docs/smithy-front-end.md).

import { AWS_CLOUDFORMATION } from "./aws-cloudformation.js";
import { AWS_ENDPOINTS } from "./aws-endpoints.js";
import { AWS_IAM } from "./aws-iam.js";
import { AWS_SMOKE_TESTS } from "./aws-smoke-tests.js";
import { AWS_API, AWS_AUTH, AWS_CUSTOMIZATIONS, AWS_PROTOCOLS } from "./aws-traits.js";
import { SMITHY_API_PRELUDE } from "./smithy-api.js";
import { SMITHY_FRAMEWORK } from "./smithy-framework.js";
import { SMITHY_PROTOCOLS } from "./smithy-protocols.js";
import { SMITHY_RULES } from "./smithy-rules.js";
import { SMITHY_TEST } from "./smithy-test.js";
import { SMITHY_WAITERS } from "./smithy-waiters.js";
import type { BundledSource } from "./snapshot.js";

/** One file per namespace, as the pinned Smithy jars ship them (see docs/smithy-front-end.md). */
export const BUNDLED_SOURCES: readonly BundledSource[] = [
  { path: "<prelude>/smithy.api.smithy", namespace: "smithy.api", text: SMITHY_API_PRELUDE },
  { path: "<bundled>/aws.api.smithy", namespace: "aws.api", text: AWS_API },
  { path: "<bundled>/aws.auth.smithy", namespace: "aws.auth", text: AWS_AUTH },
  { path: "<bundled>/aws.cloudformation.smithy", namespace: "aws.cloudformation", text: AWS_CLOUDFORMATION },
  { path: "<bundled>/aws.customizations.smithy", namespace: "aws.customizations", text: AWS_CUSTOMIZATIONS },
  { path: "<bundled>/aws.endpoints.smithy", namespace: "aws.endpoints", text: AWS_ENDPOINTS },
  { path: "<bundled>/aws.iam.smithy", namespace: "aws.iam", text: AWS_IAM },
  { path: "<bundled>/aws.protocols.smithy", namespace: "aws.protocols", text: AWS_PROTOCOLS },
  { path: "<bundled>/aws.test.smithy", namespace: "aws.test", text: AWS_SMOKE_TESTS },
  { path: "<bundled>/smithy.framework.smithy", namespace: "smithy.framework", text: SMITHY_FRAMEWORK },
  { path: "<bundled>/smithy.protocols.smithy", namespace: "smithy.protocols", text: SMITHY_PROTOCOLS },
  { path: "<bundled>/smithy.rules.smithy", namespace: "smithy.rules", text: SMITHY_RULES },
  { path: "<bundled>/smithy.test.smithy", namespace: "smithy.test", text: SMITHY_TEST },
  { path: "<bundled>/smithy.waiters.smithy", namespace: "smithy.waiters", text: SMITHY_WAITERS },
];
