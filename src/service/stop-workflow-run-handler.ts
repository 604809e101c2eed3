// The StopWorkflowRun handler the generated stub calls: input is already
// validated against the model, so this only maps the domain to the API —
// a run to the output shape, a missing resource to ResourceNotFoundException.

import {
  type AmazonMWAAServerlessHandlers,
  InternalServerException,
  ResourceNotFoundException,
  type StopWorkflowRunResponse,
} from "../../generated/server/src/index.js";
import { fitErrorMessage } from "./error-message.js";
import { StoreWriteError } from "./store-errors.js";
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

/** Seconds a client is asked to wait after a failed commit (disk full, I/O error). */
export const STORE_RETRY_AFTER_SECONDS = 1;

/**
 * A missing resource as the API names it; a failed commit as the retryable
 * InternalServerException (nothing was changed, so a retry is safe); anything
 * else as it is. Messages quote input, so they are cut to fit ErrorMessage.
 */
function notFound(error: unknown): never {
  if (error instanceof RunNotFoundError) {
    throw new ResourceNotFoundException({ Message: fitErrorMessage(error.message), ResourceId: error.resourceId, ResourceType: error.resourceType });
  }
  if (error instanceof StoreWriteError) {
    throw new InternalServerException({
      Message: "The stop could not be recorded: the service's storage failed to write. Nothing was changed; retry the request.",
      RetryAfterSeconds: STORE_RETRY_AFTER_SECONDS,
    });
  }
  throw error;
}
