// The StopWorkflowRun handler the generated stub calls: input is already
// validated against the model, so this only maps the domain to the API —
// a run to the output shape, a missing resource to ResourceNotFoundException.

import {
  type AmazonMWAAServerlessHandlers,
  ResourceNotFoundException,
  type StopWorkflowRunResponse,
} from "../../generated/server/src/index.js";
import type { WorkflowRun } from "./workflow-run.js";
import { RunNotFoundError, type WorkflowRuns } from "./workflow-runs.js";

export function stopWorkflowRunHandlers(runs: WorkflowRuns): AmazonMWAAServerlessHandlers {
  return {
    // Not async: when the run's state is already durable the answer is
    // returned as it is, and the stub sends it without waiting a turn.
    StopWorkflowRun(input): StopWorkflowRunResponse | Promise<StopWorkflowRunResponse> {
      let run: WorkflowRun | Promise<WorkflowRun>;
      try {
        run = runs.stopNow(input.WorkflowArn, input.RunId);
      } catch (error) {
        return notFound(error);
      }
      return run instanceof Promise ? run.then(outputOf, notFound) : outputOf(run);
    },
  };
}

function outputOf(run: WorkflowRun): StopWorkflowRunResponse {
  return { WorkflowArn: run.WorkflowArn, WorkflowVersion: run.WorkflowVersion, RunId: run.RunId, Status: run.Status };
}

/** A missing resource as the API names it; anything else as it is. */
function notFound(error: unknown): never {
  if (error instanceof RunNotFoundError) {
    throw new ResourceNotFoundException({ Message: error.message, ResourceId: error.resourceId, ResourceType: error.resourceType });
  }
  throw error;
}
