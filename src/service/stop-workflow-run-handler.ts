// The StopWorkflowRun handler the generated stub calls: input is already
// validated against the model, so this only maps the domain to the API —
// a run to the output shape, a missing resource to ResourceNotFoundException.

import {
  type AmazonMWAAServerlessHandlers,
  ResourceNotFoundException,
  type StopWorkflowRunResponse,
} from "../../generated/server/src/index.js";
import { RunNotFoundError, type WorkflowRuns } from "./workflow-runs.js";

export function stopWorkflowRunHandlers(runs: WorkflowRuns): AmazonMWAAServerlessHandlers {
  return {
    async StopWorkflowRun(input): Promise<StopWorkflowRunResponse> {
      try {
        const run = await runs.stop(input.WorkflowArn, input.RunId);
        return { WorkflowArn: run.WorkflowArn, WorkflowVersion: run.WorkflowVersion, RunId: run.RunId, Status: run.Status };
      } catch (error) {
        if (error instanceof RunNotFoundError) {
          throw new ResourceNotFoundException({ Message: error.message, ResourceId: error.resourceId, ResourceType: error.resourceType });
        }
        throw error;
      }
    },
  };
}
