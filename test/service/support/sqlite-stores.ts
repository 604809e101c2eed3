// SqliteRunStore tests' shared set-up: a fresh directory per test, every
// store a test opens closed after it, and the runs they seed.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach } from "vitest";
import { SqliteRunStore } from "../../../src/service/sqlite-run-store.js";
import type { WorkflowRun } from "../../../src/service/workflow-run.js";
import { NIGHTLY } from "./in-process.js";

export const seed = (RunId: string): WorkflowRun => ({ WorkflowArn: NIGHTLY, RunId, WorkflowVersion: "1", Status: "RUNNING", Tasks: [] });
export const stopping = (RunId: string): WorkflowRun => ({ ...seed(RunId), Status: "STOPPING", StopRequestedAt: 1, CleanupDeadline: 2 });

export interface StoreFixture {
  /** This test's data directory. */
  dir(): string;
  open(runs: WorkflowRun[], options?: Parameters<typeof SqliteRunStore.open>[2]): Promise<SqliteRunStore>;
  /** Closes every open store and opens the directory again, as a restart would. */
  reopened(): Promise<SqliteRunStore>;
}

/** Registers the per-test directory and clean-up hooks; call at the top of a test file. */
export function useSqliteStores(prefix: string): StoreFixture {
  let dir = "";
  const open: SqliteRunStore[] = [];
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), prefix));
  });
  afterEach(async () => {
    await Promise.all(open.splice(0).map((store) => store.close()));
    await rm(dir, { recursive: true, force: true });
  });
  const openStore: StoreFixture["open"] = async (runs, options = {}) => {
    const { store } = await SqliteRunStore.open(dir, runs, options);
    open.push(store);
    return store;
  };
  return {
    dir: () => dir,
    open: openStore,
    reopened: async () => {
      await Promise.all(open.splice(0).map((store) => store.close()));
      return openStore([]);
    },
  };
}
