// Starts the reference service in this process on a free loopback port with
// quiet logs; every transition is recorded so tests can count them.

import { pino } from "pino";
import { type RunningService, startReferenceService } from "../../../src/service/reference-service.js";
import type { ServiceSettings } from "../../../src/service/settings.js";
import type { RunTransition } from "../../../src/service/workflow-runs.js";

export interface TestService extends RunningService {
  transitions: RunTransition[];
}

export async function startTestService(overrides: Partial<ServiceSettings> = {}): Promise<TestService> {
  const transitions: RunTransition[] = [];
  const settings: ServiceSettings = {
    host: "127.0.0.1",
    port: 0,
    auth: { mode: "none" },
    graceMs: 60_000,
    validateOutput: true,
    logLevel: "silent",
    ...overrides,
  };
  const service = await startReferenceService(settings, pino({ level: "silent" }), { onTransition: (t) => transitions.push(t) });
  return Object.assign(service, { transitions });
}

export const NIGHTLY = "arn:aws:airflow-serverless:us-east-1:111122223333:workflow/nightly-etl-a1B2c3D4e5";
export const HOURLY = "arn:aws:airflow-serverless:eu-west-1:444455556666:workflow/hourly-sync-Z9y8X7w6V5";
