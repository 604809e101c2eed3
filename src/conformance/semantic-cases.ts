// Behaviour of StopWorkflowRun that the model cannot express, written by hand
// from the service documentation (/work/shared/seed/StopWorkflowRun.txt):
// stopping a run moves it to STOPPING then STOPPED and echoes the run; stopping
// again is idempotent (@idempotent); a run is identified by its workflow ARN
// AND its RunId. These cases need an existing, stoppable run (WORKFLOW_ARN and
// RUN_ID) and are DESTRUCTIVE: they stop that run.

import type { ConformanceSuite, Expectation } from "../../codegen/src/generators/conformance/case-format.js";
import { foreignTargets } from "../../codegen/src/generators/conformance/foreign-targets.js";
import type { Bindings, KitCase } from "./kit-case.js";
import type { CheckOutcome } from "./response-check.js";

const OPERATION = "StopWorkflowRun";
const NOT_FOUND = "ResourceNotFoundException";
const STOPPED_STATES = ["STOPPING", "STOPPED"];
const UNKNOWN_RUN_ID = "conformance-kit-no-such-run-7f3a";
/** The resource part of a workflow ARN that no real workflow should use. */
const OTHER_WORKFLOW_NAME = "conformance-kit-other-Q7w8E9r0T1";

/** Derives bindings the semantic cases need from the user's: another workflow in the same account. */
export function derivedBindings(bindings: Bindings): Bindings {
  const arn = bindings.WORKFLOW_ARN;
  if (!arn) return bindings;
  const slash = arn.lastIndexOf("/");
  const prefix = slash >= 0 ? arn.slice(0, slash + 1) : `${arn}/`;
  let other = `${prefix}${OTHER_WORKFLOW_NAME}`;
  if (other === arn) other = `${prefix}${OTHER_WORKFLOW_NAME.replace("Q7", "Z7")}`;
  return { ...bindings, OTHER_WORKFLOW_ARN: other };
}

export function semanticCases(suite: Pick<ConformanceSuite, "service" | "operations" | "cases">): KitCase[] {
  const operation = suite.operations.find((o) => o.name === OPERATION);
  if (!operation) return [];
  const request = (body: Record<string, string>) => ({
    method: "POST",
    path: "/",
    headers: { "Content-Type": suite.service.contentType, "X-Amz-Target": operation.target },
    body: JSON.stringify(body),
  });
  const stopped: Expectation = { outcome: "success" };
  if (operation.output) stopped.output = operation.output;
  const notFound: Expectation = { outcome: "error", status: "4xx", errorTypes: [NOT_FOUND] };
  const base = { level: "MUST" as const, source: "semantic" as const, operation: OPERATION, sequential: true };
  // The protocol.target.* cases again, but naming the user's stoppable run:
  // a server that dispatches them would stop it (a 2xx) — so the run must
  // still be untouched when semantic.stop-run comes. Their expectation is the
  // generated one (derived from the model's errors).
  const wrongTargets: KitCase[] = [];
  for (const [slug, target] of [["missing", undefined], ...foreignTargets(suite.service.name, OPERATION)] as [string, string | undefined][]) {
    const generated = suite.cases.find((c) => c.id === `protocol.target.${slug}`);
    if (!generated?.expect.notDispatched) continue;
    const valid = request({ WorkflowArn: "{{WORKFLOW_ARN}}", RunId: "{{RUN_ID}}" });
    const headers: Record<string, string> = { ...valid.headers };
    if (target === undefined) delete headers["X-Amz-Target"];
    else headers["X-Amz-Target"] = target;
    const wrong = { ...valid, headers };
    wrongTargets.push({
      ...base,
      id: `semantic.wrong-target.${slug}`,
      description: `The stoppable run sent with ${target === undefined ? "no X-Amz-Target" : `X-Amz-Target ${JSON.stringify(target)}`} -> not dispatched, the run stays unchanged`,
      request: wrong,
      expect: generated.expect,
      verify: (outcome) => {
        const status = outcome.response.status;
        return status >= 200 && status < 300 ? [`the run ${JSON.stringify((outcome.json as { RunId?: unknown } | undefined)?.RunId ?? "")} was handed to ${OPERATION} by a request that names no operation of the service: it is no longer unchanged`] : [];
      },
    });
  }
  return [
    {
      ...base,
      id: "semantic.unknown-run",
      description: `Stopping a run that does not exist -> ${NOT_FOUND} with ResourceId and ResourceType`,
      request: request({ WorkflowArn: "{{WORKFLOW_ARN}}", RunId: UNKNOWN_RUN_ID }),
      expect: notFound,
      verify: (outcome) => notFoundMembers(outcome),
    },
    {
      ...base,
      id: "semantic.run-under-other-workflow",
      description: `The run's RunId under another workflow ARN -> ${NOT_FOUND} (a run belongs to one workflow)`,
      request: request({ WorkflowArn: "{{OTHER_WORKFLOW_ARN}}", RunId: "{{RUN_ID}}" }),
      expect: notFound,
      verify: (outcome) => notFoundMembers(outcome),
    },
    ...wrongTargets,
    {
      ...base,
      id: "semantic.stop-run",
      description: "Stopping a stoppable run -> 200 echoing RunId and WorkflowArn, Status STOPPING or STOPPED",
      request: request({ WorkflowArn: "{{WORKFLOW_ARN}}", RunId: "{{RUN_ID}}" }),
      expect: stopped,
      verify: stopEchoes,
    },
    {
      ...base,
      id: "semantic.stop-run-again",
      description: "Stopping the same run again (idempotent) -> 200 echoing the run, Status STOPPING or STOPPED",
      request: request({ WorkflowArn: "{{WORKFLOW_ARN}}", RunId: "{{RUN_ID}}" }),
      expect: stopped,
      verify: stopEchoes,
    },
  ];
}

function stopEchoes(outcome: CheckOutcome, bindings: Bindings): string[] {
  if (outcome.failures.length > 0) return [];
  const body = (outcome.json ?? {}) as Record<string, unknown>;
  const problems: string[] = [];
  if (body.RunId !== bindings.RUN_ID) problems.push(`RunId ${JSON.stringify(body.RunId)}, expected the stopped run ${JSON.stringify(bindings.RUN_ID)}`);
  if (body.WorkflowArn !== bindings.WORKFLOW_ARN) problems.push(`WorkflowArn ${JSON.stringify(body.WorkflowArn)}, expected ${JSON.stringify(bindings.WORKFLOW_ARN)}`);
  if (typeof body.Status !== "string" || !STOPPED_STATES.includes(body.Status)) {
    problems.push(`Status ${JSON.stringify(body.Status)} after a stop, expected ${STOPPED_STATES.join(" or ")}`);
  }
  return problems;
}

function notFoundMembers(outcome: CheckOutcome): string[] {
  if (outcome.failures.length > 0 || outcome.errorType !== NOT_FOUND) return [];
  const body = (outcome.json ?? {}) as Record<string, unknown>;
  return ["ResourceId", "ResourceType"]
    .filter((name) => typeof body[name] !== "string" || body[name] === "")
    .map((name) => `${NOT_FOUND} without ${name}`);
}
