// Durable stops (issue 13, "Speed"): stops/s and p99 latency at 16 clients
// with DATA_DIR on — every request stops a different run, so every answer
// waits for a commit — for the SQLite store, against a bare fsync-per-batch
// loop (bench/fixtures/fsync-loop.cjs), the limit any durable design on this
// disk pays. Each server runs in its own child process on its own fresh
// directory; rounds are interleaved so a noisy neighbour hits all alike.

import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { readFileSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { Agent, request } from "node:http";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { type BenchReport, type BenchRow, median } from "./report.js";

const CLIENTS = 16;
const ROUND_S = Number(process.env.BENCH_DURABLE_SECONDS ?? 3);
// Nine rounds: the goal is judged on the median of per-round ratios, and on
// this shared machine single rounds swing from 0.6 to 1.1; five were too few
// for the median to settle (per-run medians 0.71-0.80 on an idle machine).
const ROUNDS = Number(process.env.BENCH_DURABLE_ROUNDS ?? 9);
const WARM_UP_S = 2;
// Every stop needs a run not stopped before: enough for the fastest server
// (the in-memory one, ~7,000 stops/s on an idle machine) over warm-up and rounds.
const RUNS = Number(process.env.BENCH_DURABLE_RUNS ?? 250_000);
const ARN = "arn:aws:airflow-serverless:us-east-1:111122223333:workflow/nightly-etl-a1B2c3D4e5";
const GOAL = 0.8;
const SQLITE = "SQLite store (DATA_DIR)";
const IN_MEMORY = "in-memory service (no DATA_DIR, not durable)";

interface Served {
  name: string;
  child: ChildProcess;
  port: number;
  dir: string;
  /** Next run index this server has not stopped yet. */
  next: number;
}

async function serve(name: string, args: string[], env: Record<string, string>, seedPath: string): Promise<Served> {
  const dir = await mkdtemp(join(tmpdir(), "mwaa-bench-durable-"));
  const child = spawn(process.execPath, args, { env: { PATH: process.env.PATH ?? "", DATA_DIR: dir, SEED: seedPath, ...env }, stdio: ["ignore", "pipe", "inherit"] });
  const port = await new Promise<number>((resolve, reject) => {
    let text = "";
    child.stdout!.on("data", (chunk: Buffer) => {
      text += chunk.toString();
      const match = /port (\d+)/.exec(text);
      if (match) resolve(Number(match[1]));
    });
    child.once("exit", (code) => reject(new Error(`${name} exited with ${code} before listening`)));
  });
  return { name, child, port, dir, next: 0 };
}

async function stop(served: Served): Promise<void> {
  if (served.child.exitCode === null) {
    served.child.kill("SIGKILL");
    await once(served.child, "exit");
  }
  await rm(served.dir, { recursive: true, force: true });
}

/**
 * CPU seconds (user + system, all threads) the server process has used, from
 * /proc (Linux); undefined elsewhere. CPU per stop is far less sensitive to
 * neighbours than stops/s, so it shows what each design costs per stop.
 */
function cpuSeconds(pid: number | undefined): number | undefined {
  try {
    // Fields after the command name (which may hold spaces): utime and stime are the 12th and 13th.
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
    return (Number(fields[11]) + Number(fields[12])) / 100; // USER_HZ is 100 on Linux
  } catch {
    return undefined;
  }
}

/** 16 clients, each one stop at a time over keep-alive, each stop a run not stopped before. */
async function load(served: Served, seconds: number): Promise<{ perSecond: number; p99: number; failures: number; cpuPerStop?: number }> {
  const agent = new Agent({ keepAlive: true, maxSockets: CLIENTS });
  const latencies: number[] = [];
  let failures = 0;
  const end = performance.now() + seconds * 1000;
  const client = async (): Promise<void> => {
    while (performance.now() < end) {
      if (served.next >= RUNS) throw new Error(`${served.name}: out of seeded runs (raise BENCH_DURABLE_RUNS)`);
      const body = JSON.stringify({ WorkflowArn: ARN, RunId: `bench-${served.next++}` });
      const started = performance.now();
      const status = await new Promise<number>((resolve, reject) => {
        const req = request(
          { host: "127.0.0.1", port: served.port, method: "POST", path: "/", agent, headers: { "content-type": "application/x-amz-json-1.0", "x-amz-target": "AmazonMWAAServerless.StopWorkflowRun", "content-length": Buffer.byteLength(body) } },
          (res) => {
            res.resume();
            res.on("end", () => resolve(res.statusCode ?? 0));
          },
        );
        req.on("error", reject);
        req.end(body);
      });
      latencies.push(performance.now() - started);
      if (status !== 200) failures++;
    }
  };
  const began = performance.now();
  const cpuBefore = cpuSeconds(served.child.pid);
  await Promise.all(Array.from({ length: CLIENTS }, client));
  const elapsed = (performance.now() - began) / 1000;
  const cpuAfter = cpuSeconds(served.child.pid);
  agent.destroy();
  latencies.sort((a, b) => a - b);
  const cpuPerStop = cpuBefore === undefined || cpuAfter === undefined ? undefined : (cpuAfter - cpuBefore) / latencies.length;
  return { perSecond: latencies.length / elapsed, p99: latencies[Math.floor(latencies.length * 0.99)] ?? Number.NaN, failures, cpuPerStop };
}

export default async function bench(): Promise<BenchReport> {
  const seedDir = await mkdtemp(join(tmpdir(), "mwaa-bench-seed-"));
  const seedPath = join(seedDir, "seed.json");
  await writeFile(
    seedPath,
    JSON.stringify(Array.from({ length: RUNS }, (_, i) => ({ WorkflowArn: ARN, RunId: `bench-${i}`, WorkflowVersion: "1", Status: "RUNNING", Tasks: [{ State: "RUNNING", RemainingMs: 500_000_000 }] }))),
  );
  const tsx = ["--import", "tsx", "bench/fixtures/durable-service.ts"];
  const servers: Served[] = [];
  try {
    servers.push(await serve("bare fsync-per-batch loop", ["bench/fixtures/fsync-loop.cjs"], {}, seedPath));
    servers.push(await serve(SQLITE, tsx, { STORE: "sqlite" }, seedPath));
    // Not durable: the service's own request path with nothing to wait for, the ceiling of any store.
    servers.push(await serve(IN_MEMORY, tsx, { STORE: "memory" }, seedPath));
    const load1 = loadavg()[0]!;
    for (const served of servers) await load(served, WARM_UP_S);
    const results = new Map(servers.map((s) => [s.name, { rates: [] as number[], p99s: [] as number[], cpus: [] as number[], failures: 0 }]));
    for (let round = 0; round < ROUNDS; round++) {
      for (const served of servers) {
        const { perSecond, p99, failures, cpuPerStop } = await load(served, ROUND_S);
        const result = results.get(served.name)!;
        if (cpuPerStop !== undefined) result.cpus.push(cpuPerStop);
        result.rates.push(perSecond);
        result.p99s.push(p99);
        result.failures += failures;
      }
    }
    const [bare, ...stores] = servers.map((s) => s.name) as [string, ...string[]];
    const rows: BenchRow[] = [];
    rows.push({ name: `${bare}, stops/s`, value: median(results.get(bare)!.rates), unit: "stops/s" });
    for (const name of stores) rows.push({ name: `${name}, stops/s`, value: median(results.get(name)!.rates), unit: "stops/s", baseline: `${bare}, stops/s` });
    rows.push({ name: `${bare}, p99`, value: median(results.get(bare)!.p99s), unit: "ms" });
    for (const name of stores) rows.push({ name: `${name}, p99`, value: median(results.get(name)!.p99s), unit: "ms", baseline: `${bare}, p99` });
    const failures = [...results].filter(([, r]) => r.failures > 0).map(([name, r]) => `${name}: ${r.failures} answers other than 200`);
    // The goal is judged on the median of the per-round ratios: rounds are
    // interleaved, so each ratio pairs two servers measured under the same
    // neighbours, where a ratio of medians can pair a quiet round with a busy one.
    const pairedRatios = results.get(SQLITE)!.rates.map((rate, i) => rate / results.get(bare)!.rates[i]!);
    const pairedRatio = median(pairedRatios);
    const load2 = loadavg()[0]!;
    // Rounds are interleaved, so round i of each server saw about the same neighbours: the per-round ratios show the spread.
    const spread = stores.map((name) => {
      const ratios = results.get(name)!.rates.map((rate, i) => rate / results.get(bare)!.rates[i]!);
      const p99s = results.get(name)!.p99s.map((p99) => p99.toFixed(0)).join(", ");
      return `${name}: stops/s per round ${results.get(name)!.rates.map(Math.round).join(", ")} (bare loop ${results.get(bare)!.rates.map(Math.round).join(", ")}), ratio per round ${ratios.map((r) => r.toFixed(2)).join(", ")} (median ${median(ratios).toFixed(2)}); p99 per round ${p99s} ms (bare loop ${results.get(bare)!.p99s.map((p) => p.toFixed(0)).join(", ")}).`;
    });
    return {
      title: "Durable stops: SQLite store vs. a bare fsync-per-batch loop",
      method:
        `${CLIENTS} clients over keep-alive, each one stop at a time, every stop a different RUNNING run (so every answer waits for a commit), ` +
        `${ROUNDS} interleaved rounds of ${ROUND_S} s after a ${WARM_UP_S} s warm-up; each server in its own process on a fresh directory in ${tmpdir()}; median of the rounds. ` +
        `Load average ${load1.toFixed(1)} on ${cpus().length} cores when the rounds began, ${load2.toFixed(1)} when they ended.`,
      rows,
      goal: `≥ ${GOAL}× the bare fsync-per-batch loop's stops/s (median of the per-round ratios: ${pairedRatio.toFixed(2)}×, middle half ${quartiles(pairedRatios)})`,
      met: pairedRatio >= GOAL,
      notes: [
        ...failures,
        ...spread,
        ...cpuNote(servers.map((s) => [s.name, results.get(s.name)!.cpus])),
        "The bare loop (bench/fixtures/fsync-loop.cjs) parses each request, appends a record per request and answers a batch after one write + fdatasync of one file on libuv's thread pool, the next batch forming meanwhile: the same batch policy as the store (commit what arrived while the previous commit ran), one file, one flush per batch. The service adds routing, validation, the state machine and its response shape (the in-memory row measures that part alone), SQLite's B-tree and WAL frames.",
        ...ANALYSIS_NOTES,
        ...OLD_LOG_NOTES,
      ],
    };
  } finally {
    await Promise.all(servers.map(stop));
    await rm(seedDir, { recursive: true, force: true });
  }
}

/** The first and third quartile of `values`, as "a–b". */
function quartiles(values: number[]): string {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number): string => sorted[Math.min(sorted.length - 1, Math.floor(q * (sorted.length - 1) + 0.5))]!.toFixed(2);
  return `${at(0.25)}–${at(0.75)}`;
}

/** CPU per stop of each server process (all threads), median of the rounds, from /proc. */
function cpuNote(perServer: [string, number[]][]): string[] {
  if (perServer.some(([, cpus]) => cpus.length === 0)) return [];
  const parts = perServer.map(([name, cpus]) => `${name} ${Math.round(median(cpus) * 1e6)} µs (rounds ${cpus.map((c) => Math.round(c * 1e6)).join(", ")})`);
  return [`CPU per stop (user + system, all threads of the server process; /proc, 10 ms ticks): ${parts.join("; ")}.`];
}

/** What profiling found (2026-12-05, docs/reference-service.md "Speed"); measured outside this bench unless said. */
const ANALYSIS_NOTES: string[] = [
  "Before the row room and this bench's 9 rounds, on the idle machine (load average 2-4, 2026-12-05 19:51-19:57 UTC) four runs of 5 rounds gave per-run medians of 0.80, 0.80, 0.71 and 0.79x (per-round 0.57-1.07x), with the bare loop at ~5,200 and the in-memory service at ~7,000 stops/s; the run above was measured under heavy load from other jobs and says little about the idle ratio, except through its CPU per stop.",
  "Second round of profiling (2026-12-05 21:20-22:30 UTC, load average 8-21 from other jobs throughout, so only CPU figures and same-process comparisons are usable): (1) a standalone loop of the store's transaction (8 stops, the bench's 120,000-run database, synchronous=FULL) against append + fdatasync of the same stops, interleaved in one process, 400-1,500 commits each: equal p50 (the flush of this virtio disk, ext4 without a journal, dominates), SQLite's mean 0.81-0.93x the append's - the extra is CPU, not I/O. page_size 512/1024/2048, a rowid table, JSON without the repeated key, cache_size 64 MiB and wal_autocheckpoint 4000/8000 made no difference beyond the noise in that loop. (2) strace and perf of the running service: the commit thread wrote ~30 WAL frames per commit of 6 stops and read 6 pages per stop in the bench's first rounds, and perf showed SQLite's balance_nonroot: the seed is written in one go, which packs the B-tree's pages full, so every stop (which lengthens the run's JSON by ~65 bytes) overflowed its page and SQLite rebalanced it with its neighbours. Kept: each row now carries 128 bytes of room (trailing spaces the checksum leaves out), and an update pads the new JSON to the row's old length, so a stop rewrites its cell in place. Same-process loop: CPU per commit 684 against 840-891 us (sequential keys), no change with random keys; in the running service, 6 interleaved rounds under load 20: the commit thread's CPU per stop median ~150 against ~200 us before. Also kept: the row checksum through crypto.hash (one-shot, no Hash object per row).",
  "Reading the ratio: on the idle machine the bench is CPU-bound (client and server share the 2 cores: the in-memory service reaches ~7,000 stops/s, i.e. ~285 us of the machine per stop), so the SQLite store's ratio follows its CPU per stop (the CPU note above), while the bare loop is bound by its flush. Under heavy load the thread hand-offs of the store (event loop -> commit thread -> event loop) each wait for a core, and the ratio drops (0.3-0.6).",
  "Four runs of this bench on 2026-12-05 between 18:57 and 19:22 UTC (load average 16-23 on the 2 shared cores), 20 interleaved rounds: SQLite/bare per-round ratio median 0.58 (range 0.32-1.21; per-run medians 0.59, 0.50, 0.60, 0.65); in-memory/bare per-run medians 1.13, 0.83, 1.03, 0.81. The SQLite ratio is lowest in the quietest rounds (bare loop 600-900 stops/s: 0.32-0.46), where the in-memory service keeps up with the bare loop: the limit there is the commit cycle, not the request path.",
  "Where the time goes (strace -f -T and commit-thread timestamps on the running services, 16 clients): a commit of ~6-7 stops writes ~3.9 WAL frames of 4 KiB (7.8 pwrite calls, ~1.7 ms) and SQLite flushes with fsync (better-sqlite3 builds SQLite without HAVE_FDATASYNC): fsync mean 7.5 ms against the bare loop's fdatasync mean 5.1 ms in the same minutes (a standalone loop of the same calls measures both at 5-6 ms). The hand-offs to and from the commit thread plus the wait for the next batch added 6-17 ms per commit on the loaded machine (0.4 ms round trip measured alone). CPU per stop (/proc, all threads): bare loop ~240-330 µs, SQLite service ~550-900 µs (main thread ~400-450 µs), in-memory service ~160-200 µs.",
  "Tried in the first round: the SHA-256 row checksum moved to the commit thread and a batch crossing as one flat string array (kept: 0.44→0.56 and 0.40→0.35 against the previous store in two same-run comparisons of 6 and 8 rounds, i.e. within the noise); committing on the event loop instead of a thread (not kept: 0.60 and 0.40, higher p99, the event loop blocked during every fsync); a second batch queued at the commit thread while one commits, hiding the hand-off (not kept: 0.39 vs 0.39 over 8 rounds, for more failure-path code); page_size 1024 instead of 4096 (a standalone commit loop of 8 stops on the bench's 120,000-run database: p50 8.0 vs 6.8 ms, not kept); wal_autocheckpoint 10000 instead of 1000 (p50 7.4 vs 6.8 ms, not kept).",
];

/** Figures of the old write-ahead log from the run that removed it (it no longer exists to be measured). */
const OLD_LOG_NOTES: string[] = [
  "The JSON-lines write-ahead log the SQLite store replaced was measured in the same run as the other rows just before its removal (2026-12-05 15:57 UTC, this bench with a third server, load average 27 on 2 cores): bare loop 219 stops/s, p99 178 ms; SQLite store 124 stops/s (0.57×), p99 378 ms; old log 189 stops/s (0.87×), p99 274 ms. In an earlier run with the store committing on the main thread and a bare loop that fsyncs synchronously: bare 326, SQLite 300 (0.92×), old log 474 stops/s.",
  "What the SQLite store buys for its cost: no acknowledged stop lost at a full disk or a file-size limit, recovery without a restart (also when its commit thread dies), damage detection (issue 13).",
];
