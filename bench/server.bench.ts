// The reference service under load (issue 4, "Speed"): requests/s and p99
// latency with autocannon on loopback, against a bare node:http server that
// parses the JSON and returns a fixed body (the baseline), and the Prism mock;
// plus the server's RSS holding 1,000 keep-alive connections. Every server
// runs in its own child process so the load generator never shares its
// event loop.

import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { existsSync, readFileSync } from "node:fs";
import { Agent, request } from "node:http";
import { createRequire } from "node:module";
import { type AddressInfo, connect, createServer as createNetServer } from "node:net";
import { Hash } from "@smithy/core/serde";
import { SignatureV4 } from "@smithy/signature-v4";
import { type BenchReport, type BenchRow, median } from "./report.js";

/** The part of autocannon's API used here (the package ships no types). */
interface AutocannonResult {
  requests: { average: number; total: number };
  latency: { p99: number };
  non2xx: number;
  errors: number;
}
type Autocannon = (options: {
  url: string;
  method: string;
  headers: Record<string, string>;
  body: string;
  connections: number;
  duration: number;
  overallRate?: number;
}) => Promise<AutocannonResult>;
const autocannon = createRequire(import.meta.url)("autocannon") as Autocannon;

const DURATION_S = Number(process.env.BENCH_SERVER_SECONDS ?? 3);
const RUNS = 7;
/** Load before the measured rounds, the same for every server: JIT and heap settle first. */
const WARM_UP_S = 2;
const CONNECTIONS = 20;
const KEEP_ALIVE_CONNECTIONS = 1_000;
const TARGET = "AmazonMWAAServerless.StopWorkflowRun";
const CONTENT_TYPE = "application/x-amz-json-1.0";
const WORKFLOW_ARN = "arn:aws:airflow-serverless:us-east-1:111122223333:workflow/nightly-etl-a1B2c3D4e5";
// A finished run of the demo set: every request takes the full path (route,
// parse, validate, look up, serialize) and the state stays the same.
const BODY = JSON.stringify({ WorkflowArn: WORKFLOW_ARN, RunId: "run-20261123-0001" });
const CREDENTIALS = { accessKeyId: "AKIDBENCHMARK0000001", secretAccessKey: "bench/secret+0123456789abcdefghijklmnop" };

/** The baseline: parse the JSON body, answer a fixed body of the same shape. */
const BARE_SERVER = `
const http = require("node:http");
const answer = ${JSON.stringify(JSON.stringify({ WorkflowArn: WORKFLOW_ARN, WorkflowVersion: "2", RunId: "run-20261123-0001", Status: "SUCCESS" }))};
const server = http.createServer((req, res) => {
  const chunks = [];
  req.on("data", (c) => chunks.push(c));
  req.on("end", () => {
    try { JSON.parse(Buffer.concat(chunks).toString("utf8")); } catch { res.writeHead(400); return res.end(); }
    res.writeHead(200, { "content-type": "${CONTENT_TYPE}", "content-length": Buffer.byteLength(answer) });
    res.end(answer);
  });
});
server.keepAliveTimeout = 30000;
server.listen(0, "127.0.0.1", () => console.log(JSON.stringify({ msg: "listening on", url: "http://127.0.0.1:" + server.address().port })));
`;

/**
 * The generated stub alone, with a handler that returns a constant: the
 * difference to the reference service is what the domain layer costs.
 */
const STUB_ONLY = `
import { createAmazonMWAAServerlessService, createNodeHttpServer } from "${new URL("../generated/server/src/index.ts", import.meta.url).pathname}";
const output = ${JSON.stringify({ WorkflowArn: WORKFLOW_ARN, WorkflowVersion: "2", RunId: "run-20261123-0001", Status: "SUCCESS" })};
const core = createAmazonMWAAServerlessService({ StopWorkflowRun: async () => output }, { validateOutput: false });
const server = createNodeHttpServer(core);
server.listen(0, "127.0.0.1", () => console.log(JSON.stringify({ msg: "listening on", url: "http://127.0.0.1:" + server.address().port })));
`;

interface Served {
  name: string;
  url: string;
  child: ChildProcess;
}

async function serve(name: string, args: string[], env: Record<string, string>): Promise<Served> {
  const child = spawn(process.execPath, args, { env: { PATH: process.env.PATH ?? "", ...env }, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${name} did not start: ${output}`)), 30_000);
    const look = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /"url":"(http:\/\/[^"]+)"|(http:\/\/127\.0\.0\.1:\d+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve((match[1] ?? match[2]) as string);
      }
    };
    child.stdout?.on("data", look);
    child.stderr?.on("data", look);
    child.once("exit", (code) => reject(new Error(`${name} exited with ${code}: ${output}`)));
  });
  // Keep draining the pipes so a chatty server never blocks on a full pipe.
  child.stdout?.resume();
  child.stderr?.resume();
  return { name, url, child };
}

/** For servers that do not print their URL at LOG_LEVEL=warn: pick a free port, then wait until it accepts connections. */
async function serveOnFreePort(name: string, args: string[], env: Record<string, string>): Promise<Served> {
  const probe = createNetServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const port = (probe.address() as AddressInfo).port;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  const child = spawn(process.execPath, args, { env: { PATH: process.env.PATH ?? "", ...env, PORT: String(port) }, stdio: ["ignore", "ignore", "ignore"] });
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${name} exited with ${child.exitCode}`);
    const open = await new Promise<boolean>((resolve) => {
      const socket = connect(port, "127.0.0.1", () => resolve(true)).on("error", () => resolve(false));
      socket.unref();
      setTimeout(() => socket.destroy(), 200);
    });
    if (open) return { name, url: `http://127.0.0.1:${port}`, child };
    if (Date.now() > deadline) throw new Error(`${name} did not open port ${port}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function stop(served: Served): Promise<void> {
  if (served.child.exitCode !== null) return;
  const exited = once(served.child, "exit");
  served.child.kill("SIGTERM");
  const timer = setTimeout(() => served.child.kill("SIGKILL"), 5_000);
  await exited;
  clearTimeout(timer);
}

function referenceService(env: Record<string, string>): Promise<Served> {
  const bundled = "build/serve.mjs";
  const args = existsSync(bundled) ? [bundled] : ["--import", "tsx", "src/service/main.ts"];
  // warn: per-request info logging is not what is being compared here.
  return serve("reference service", args, { HOST: "127.0.0.1", PORT: "0", LOG_LEVEL: "warn", NODE_ENV: "production", ...env });
}

interface Load {
  requestsPerSecond: number;
  /** CPU time the server process spent per request (user + system), µs. */
  cpuMicrosPerRequest: number;
  p99Ms: number;
  non2xx: number;
  errors: number;
}

async function loadOnce(served: Served, headers: Record<string, string>): Promise<Load> {
  const cpuBefore = cpuMicros(served.child.pid as number);
  const result = await autocannon({ url: served.url, method: "POST", headers, body: BODY, connections: CONNECTIONS, duration: DURATION_S });
  const cpu = cpuMicros(served.child.pid as number) - cpuBefore;
  return {
    requestsPerSecond: result.requests.average,
    cpuMicrosPerRequest: Math.round((cpu / Math.max(1, result.requests.total)) * 10) / 10,
    p99Ms: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors,
  };
}

/** Paired rounds at a fixed rate: both servers loaded at the same time, each at PAIRED_RATE. */
const PAIRED_RATE = 8_000;
const PAIRED_ROUNDS = 5;

/**
 * CPU per request of `server` over CPU per request of `baseline`, both loaded
 * at the same moment at the same fixed rate (well below either's maximum), so
 * whatever else runs on the machine hits both alike; the median of the rounds.
 * A steadier efficiency figure than requests/s on a shared machine.
 */
async function pairedCpuRatio(baseline: { served: Served; headers: Record<string, string> }, server: { served: Served; headers: Record<string, string> }): Promise<number> {
  const load = (target: { served: Served; headers: Record<string, string> }, duration: number) =>
    autocannon({ url: target.served.url, method: "POST", headers: target.headers, body: BODY, connections: 10, duration, overallRate: PAIRED_RATE });
  await Promise.all([load(baseline, 1), load(server, 1)]);
  const ratios: number[] = [];
  for (let round = 0; round < PAIRED_ROUNDS; round++) {
    const before = [cpuMicros(baseline.served.child.pid as number), cpuMicros(server.served.child.pid as number)];
    const [a, b] = await Promise.all([load(baseline, DURATION_S), load(server, DURATION_S)]);
    const perRequest = (pid: number, start: number, total: number) => (cpuMicros(pid) - start) / Math.max(1, total);
    const base = perRequest(baseline.served.child.pid as number, before[0]!, a.requests.total);
    const ours = perRequest(server.served.child.pid as number, before[1]!, b.requests.total);
    ratios.push(base / ours);
  }
  return median(ratios);
}

/**
 * User + system CPU time of a process in µs, from /proc/<pid>/stat (clock
 * ticks, 100 per second on Linux). Less sensitive than requests/s to other
 * work on a shared machine: time stolen by other processes is not counted.
 */
function cpuMicros(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  // Fields after the ")" that closes the command name; utime and stime are fields 14 and 15.
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return (Number(fields[11]) + Number(fields[12])) * 10_000;
}

class Sha256 extends Hash {
  constructor(secret?: Parameters<typeof Hash.prototype.update>[0]) {
    super("sha256", secret as never);
  }
}

/**
 * One signature reused for every request: SigV4 has no nonce, a signed
 * request stays valid while X-Amz-Date is within the 15-minute skew window,
 * far longer than the benchmark. The server still verifies it in full each time.
 */
async function signedHeaders(url: string): Promise<Record<string, string>> {
  const { hostname, port, host } = new URL(url);
  const signer = new SignatureV4({ service: "airflow-serverless", region: "us-east-1", credentials: CREDENTIALS, sha256: Sha256 });
  const signed = await signer.sign({
    method: "POST",
    protocol: "http:",
    hostname,
    port: Number(port),
    path: "/",
    query: {},
    headers: { host, "content-type": CONTENT_TYPE, "x-amz-target": TARGET, "content-length": String(Buffer.byteLength(BODY)) },
    body: BODY,
  });
  return Object.fromEntries(Object.entries(signed.headers).filter(([name]) => name !== "content-length"));
}

function rssMiB(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const kb = Number(/VmRSS:\s+(\d+)\s+kB/.exec(status)?.[1] ?? Number.NaN);
  return Math.round((kb / 1024) * 10) / 10;
}

/** RSS while the server holds KEEP_ALIVE_CONNECTIONS open keep-alive connections, each having served one request. */
async function rssUnderConnections(served: Served): Promise<{ idle: number; loaded: number; open: number }> {
  const idle = rssMiB(served.child.pid as number);
  const agent = new Agent({ keepAlive: true, maxSockets: KEEP_ALIVE_CONNECTIONS, maxFreeSockets: KEEP_ALIVE_CONNECTIONS });
  const { hostname, port } = new URL(served.url);
  await Promise.all(
    Array.from({ length: KEEP_ALIVE_CONNECTIONS }, () =>
      new Promise<void>((resolve, reject) => {
        const req = request({ agent, hostname, port, method: "POST", path: "/", headers: { "content-type": CONTENT_TYPE, "x-amz-target": TARGET } }, (res) => {
          res.resume();
          res.on("end", resolve);
        });
        req.on("error", reject);
        req.end(BODY);
      }),
    ),
  );
  const open = Object.values(agent.freeSockets).reduce((n, sockets) => n + (sockets?.length ?? 0), 0);
  const loaded = rssMiB(served.child.pid as number);
  agent.destroy();
  return { idle, loaded, open };
}

export default async function serverBench(): Promise<BenchReport> {
  const rows: BenchRow[] = [];
  const notes: string[] = [];
  const plain = { "content-type": CONTENT_TYPE, "x-amz-target": TARGET };
  const rounds = new Map<string, Load[]>();
  const pairedRatios = new Map<string, number>();

  const BARE = "bare node:http (parse JSON, fixed body)";
  const OURS = "reference service, validation on, auth off";
  const SIGV4 = "reference service, validation on, SigV4 verified";
  const OUTPUT = "reference service, input + output validation, auth off";
  const STUB = "generated stub alone (constant handler), validation on";
  const PRISM = "Prism mock (make mock)";
  const KEEP_ALIVE = `RSS, ${KEEP_ALIVE_CONNECTIONS.toLocaleString("en-US")} keep-alive connections`;

  const contenders: { name: string; start: () => Promise<Served>; headers: (url: string) => Promise<Record<string, string>> | Record<string, string>; memory?: boolean }[] = [
    { name: BARE, start: () => serve(BARE, ["-e", BARE_SERVER], {}), headers: () => plain, memory: true },
    { name: OURS, start: () => referenceService({ VALIDATE_OUTPUT: "false" }), headers: () => plain, memory: true },
    { name: STUB, start: () => serve(STUB, ["--import", "tsx", "--input-type=module", "-e", STUB_ONLY], {}), headers: () => plain },
    { name: OUTPUT, start: () => referenceService({ VALIDATE_OUTPUT: "true" }), headers: () => plain },
    { name: SIGV4, start: () => referenceService({ VALIDATE_OUTPUT: "false", AUTH: "sigv4", CREDENTIALS: `${CREDENTIALS.accessKeyId}:${CREDENTIALS.secretAccessKey}` }), headers: signedHeaders },
  ];
  const mock = existsSync("build/mock.mjs") ? ["build/mock.mjs"] : existsSync("src/mock/main.ts") ? ["--import", "tsx", "src/mock/main.ts"] : undefined;
  if (mock) contenders.push({ name: PRISM, start: () => serveOnFreePort(PRISM, mock, { HOST: "127.0.0.1", LOG_LEVEL: "warn" }), headers: () => plain });
  else notes.push("Prism mock not measured: src/mock/main.ts is not there yet.");

  // All servers stay up (idle ones cost no CPU) and are loaded in rounds,
  // A B C … A B C …, so drift in the machine's other load hits every one
  // alike. Each figure is the median of a server's rounds (after a warm-up
  // load of its own): one round disturbed by other work on the machine, in
  // either direction, does not decide a ratio.
  const running: { contender: (typeof contenders)[number]; served: Served; headers: Record<string, string> }[] = [];
  try {
    for (const contender of contenders) {
      const served = await contender.start();
      running.push({ contender, served, headers: await contender.headers(served.url) });
    }
    for (const { served, headers } of running) {
      await autocannon({ url: served.url, method: "POST", headers, body: BODY, connections: CONNECTIONS, duration: WARM_UP_S });
    }
    for (let round = 0; round < RUNS; round++) {
      for (const { contender, served, headers } of running) {
        const result = await loadOnce(served, headers);
        process.stdout.write(`    round ${round + 1}, ${contender.name}: ${Math.round(result.requestsPerSecond)} req/s, p99 ${result.p99Ms} ms, ${result.cpuMicrosPerRequest} cpu-µs/request\n`);
        if (result.non2xx > 0 || result.errors > 0) notes.push(`${contender.name}, round ${round + 1}: ${result.non2xx} non-2xx answers and ${result.errors} errors (the numbers are suspect).`);
        rounds.set(contender.name, [...(rounds.get(contender.name) ?? []), result]);
      }
    }
    const bareRunning = running.find((r) => r.contender.name === BARE);
    if (bareRunning) {
      for (const name of [OURS, SIGV4]) {
        const other = running.find((r) => r.contender.name === name);
        if (other) pairedRatios.set(name, await pairedCpuRatio(bareRunning, other));
      }
    }
    for (const { contender, served } of running) {
      if (!contender.memory) continue;
      const rss = await rssUnderConnections(served);
      rows.push({ name: `${contender.name}: RSS idle after load`, value: rss.idle, unit: "MiB" });
      rows.push({ name: `${contender.name}: ${KEEP_ALIVE}`, value: rss.loaded, unit: "MiB", ...(contender.name === BARE ? {} : { baseline: `${BARE}: ${KEEP_ALIVE}` }) });
      if (rss.open < KEEP_ALIVE_CONNECTIONS) notes.push(`${contender.name}: only ${rss.open} of ${KEEP_ALIVE_CONNECTIONS} connections were still open when RSS was read.`);
    }
  } finally {
    await Promise.all(running.map(({ served }) => stop(served)));
  }

  const rpsRows: BenchRow[] = [];
  const latencyRows: BenchRow[] = [];
  const cpuRows: BenchRow[] = [];
  const medianOf = (name: string, pick: (load: Load) => number) => median((rounds.get(name) ?? []).map(pick));
  for (const name of rounds.keys()) {
    const against = (what: string) => (name === BARE ? {} : { baseline: `${BARE}: ${what}` });
    rpsRows.push({ name: `${name}: requests/s`, value: Math.round(medianOf(name, (l) => l.requestsPerSecond)), unit: "req/s", ...against("requests/s") });
    latencyRows.push({ name: `${name}: p99 latency`, value: medianOf(name, (l) => l.p99Ms), unit: "ms", ...against("p99 latency") });
    cpuRows.push({ name: `${name}: server CPU per request`, value: medianOf(name, (l) => l.cpuMicrosPerRequest), unit: "cpu-µs/call", ...against("server CPU per request") });
  }
  const ratio = (name: string) => medianOf(name, (l) => l.requestsPerSecond) / medianOf(BARE, (l) => l.requestsPerSecond);
  const met = ratio(OURS) >= 0.9 && ratio(SIGV4) >= 0.6;
  notes.push(`Ratios: validation on ${ratio(OURS).toFixed(2)}× (goal ≥ 0.90×), SigV4 ${ratio(SIGV4).toFixed(2)}× (goal ≥ 0.60×) of the bare server.`);
  // The same ratios round by round (each server against the bare server of
  // its own round, measured seconds apart): their spread is how much the
  // machine's other load moved the figures during this run.
  const perRound = (name: string) => {
    const bare = rounds.get(BARE) ?? [];
    const ratios = (rounds.get(name) ?? []).map((load, i) => load.requestsPerSecond / (bare[i]?.requestsPerSecond ?? Number.NaN)).sort((a, b) => a - b);
    return `median ${median(ratios).toFixed(2)}×, ${ratios[0]?.toFixed(2)}–${ratios.at(-1)?.toFixed(2)}×`;
  };
  notes.push(`Round by round (each against the bare server of the same round): validation on ${perRound(OURS)}; SigV4 ${perRound(SIGV4)}.`);
  const paired = (name: string) => pairedRatios.get(name)?.toFixed(2) ?? "not measured";
  notes.push(
    `CPU efficiency measured in pairs (the server and the bare one loaded at the same time, ${PAIRED_RATE.toLocaleString("en-US")} req/s each, ${PAIRED_ROUNDS} rounds of ${DURATION_S} s, median; bare CPU per request ÷ the server's, so higher is better): validation on ${paired(OURS)}×, SigV4 ${paired(SIGV4)}×. Other work on the machine hits both servers of a pair alike, so this moves far less than requests/s; at a fixed rate both also pay for sleeping and waking, which saturation hides.`,
  );
  notes.push("Server CPU per request (from /proc, user + system) is the steadier comparison when other work shares the machine; requests/s moves with that work.");
  notes.push(
    "Server CPU includes the kernel's cost of waking autocannon on each response write (writev was about half of the busy time in profiles); it grows steeply once a server is slower than the load generator, so small per-request savings show up amplified.",
  );
  notes.push("The reference service runs with LOG_LEVEL=warn and NODE_ENV=production (output validation off unless the row says so).");

  return {
    title: "Reference service (StopWorkflowRun over HTTP)",
    method: `autocannon on loopback, ${CONNECTIONS} connections, ${RUNS} interleaved rounds of ${DURATION_S} s per server after a ${WARM_UP_S} s warm-up load (each figure is the median of the rounds), each server in its own child process; the request stops a finished run of the demo set (full path, no state change). RSS read from /proc after ${KEEP_ALIVE_CONNECTIONS.toLocaleString("en-US")} keep-alive connections have each completed one request.`,
    rows: [...rpsRows, ...latencyRows, ...cpuRows, ...rows],
    goal: "≥ 0.9× the bare server's requests/s with validation on and auth off; ≥ 0.6× with SigV4 verification on",
    met,
    notes,
  };
}
