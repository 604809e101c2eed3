// Assembles the reference service from its settings: runs (seed or demo
// set), the store (memory or DATA_DIR), the domain service, the generated
// service core and its node:http adapter. main.ts runs it as a program; the
// tests start it in-process the same way.

import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { Logger } from "pino";
import { createAmazonMWAAServerlessService, createNodeHttpServer, type ServiceOptions } from "../../generated/server/src/index.js";
import demoRuns from "./demo-runs.json" with { type: "json" };
import { InMemoryRunStore, type RunStore } from "./run-store.js";
import { readSeedFile, seedRuns } from "./seed-runs.js";
import { SqliteRunStore } from "./sqlite-run-store.js";
import type { ServiceSettings } from "./settings.js";
import { stopWorkflowRunHandlers } from "./stop-workflow-run-handler.js";
import type { WorkflowRun } from "./workflow-run.js";
import { type RunTransition, WorkflowRuns } from "./workflow-runs.js";

/** Names the ThrottlingException carries (the model's example uses these too). */
export const THROTTLE_SERVICE_CODE = "airflow-serverless";
export const THROTTLE_QUOTA_CODE = "L-STOPRUN01";

export interface RunningService {
  url: string;
  server: Server;
  runs: WorkflowRuns;
  store: RunStore;
  /** Stops accepting connections, waits for in-flight requests, then releases the state. */
  close(): Promise<void>;
  /** Stops the cleanup simulation and closes the store (after the server has closed). */
  release(): Promise<void>;
}

export interface StartOptions {
  onTransition?: (transition: RunTransition) => void;
}

export async function startReferenceService(settings: ServiceSettings, logger: Logger, options: StartOptions = {}): Promise<RunningService> {
  const seed: WorkflowRun[] = settings.seedPath ? await readSeedFile(settings.seedPath) : seedRuns(demoRuns, "src/service/demo-runs.json");
  let store: RunStore;
  if (settings.dataDir) {
    const opened = await SqliteRunStore.open(settings.dataDir, seed, {
      onWriteError: (error) => logger.error({ err: error, code: error.code }, "a commit failed: its stops were answered with a retryable InternalServerException"),
      onRecovered: () => logger.warn("commits succeed again after failed ones"),
      onWorkerExit: (error) => logger.error({ err: error, code: error.code }, "the commit thread stopped: a new one takes the next commit"),
    });
    store = opened.store;
    logger.info({ dataDir: settings.dataDir, file: opened.store.file, recoveredRuns: opened.recoveredRuns, importedRuns: opened.importedRuns }, "durable state opened");
  } else {
    store = new InMemoryRunStore(seed);
  }

  const runs = new WorkflowRuns(store, {
    graceMs: settings.graceMs,
    onTransition: (transition) => {
      logger.info({ transition }, `run ${transition.runId}: ${transition.from} → ${transition.to}`);
      options.onTransition?.(transition);
    },
    onBackgroundError: (error) => logger.error({ err: error }, "cleanup step could not be recorded"),
  });
  runs.start();

  const serviceOptions: ServiceOptions = { auth: settings.auth, validateOutput: settings.validateOutput, logger };
  if (settings.throttle) {
    serviceOptions.throttle = { ...settings.throttle, serviceCode: THROTTLE_SERVICE_CODE, quotaCode: THROTTLE_QUOTA_CODE };
  }
  const core = createAmazonMWAAServerlessService(stopWorkflowRunHandlers(runs), serviceOptions);
  const server = createNodeHttpServer(core);

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(settings.port, settings.host, () => {
      server.off("error", reject);
      resolve();
    });
  }).catch(async (error: unknown) => {
    runs.close();
    await store.close();
    throw error;
  });
  const address = server.address() as AddressInfo;
  const host = address.family === "IPv6" ? `[${address.address}]` : address.address;

  let releasing: Promise<void> | undefined;
  const release = () =>
    (releasing ??= (async () => {
      runs.close();
      await store.close();
    })());
  return {
    url: `http://${host}:${address.port}`,
    server,
    runs,
    store,
    release,
    close: async () => {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      });
      await release();
    },
  };
}
