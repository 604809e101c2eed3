// Cold start of the packed client (issue 16), measured as a user pays it: the
// wall time of a fresh `node` process, from spawn to exit, that
//   (a) loads the package,
//   (b) loads it and constructs a client,
//   (c) loads, constructs and makes one call to a local server,
// from ESM and from CommonJS, for our client and for @aws-sdk/client-sfn (the
// baseline, StopExecution against the same server), plus a bare
// `undici.request` script for (c). Every figure is a fresh process; the
// scripts run interleaved, round after round, so machine load hits all of
// them alike; each figure is a median over the rounds. Both clients get the
// same explicit credentials and region (no credential chain, no profile).

import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { once } from "node:events";
import { mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { join } from "node:path";
import { type BenchReport, type BenchRow, median } from "./report.js";

const ROUNDS = Number(process.env.BENCH_COLD_ROUNDS ?? 15);
const root = new URL("..", import.meta.url).pathname;
// Inside the repository so that the packed client's dependencies resolve to
// the installed ones (node_modules up the tree), as an install would place them.
const scratch = join(root, "bench/.scratch/cold-start");
const CREDENTIALS = `{ accessKeyId: "AKIDCOLDSTART0000001", secretAccessKey: "cold/secret+0123456789abcdefghijklmnop" }`;

type Stage = "a" | "b" | "c";
type Format = "cjs" | "esm";
interface Subject {
  label: string;
  /** Module specifier, the client class, the command and its input. */
  pkg: string;
  client: string;
  command: string;
  input: string;
}

const OURS: Subject = {
  label: "@mwaa-serverless/client",
  pkg: "@mwaa-serverless/client",
  client: "MWAAServerlessClient",
  command: "StopWorkflowRunCommand",
  input: `{ WorkflowArn: "arn:aws:airflow-serverless:us-east-1:111122223333:workflow/nightly-etl-a1B2c3D4e5", RunId: "run-1" }`,
};
const SDK: Subject = {
  label: "@aws-sdk/client-sfn",
  pkg: "@aws-sdk/client-sfn",
  client: "SFNClient",
  command: "StopExecutionCommand",
  input: `{ executionArn: "arn:aws:states:us-east-1:111122223333:execution:m:e" }`,
};

function clientScript(s: Subject, stage: Stage, format: Format): string {
  const load =
    format === "esm"
      ? `import { ${s.client}, ${s.command} } from "${s.pkg}";`
      : `const { ${s.client}, ${s.command} } = require("${s.pkg}");`;
  if (stage === "a") return `${load}\nif (typeof ${s.command} !== "function") process.exit(3);\n`;
  const make = `const client = new ${s.client}({ region: "us-east-1", endpoint: process.env.ENDPOINT, credentials: ${CREDENTIALS} });`;
  if (stage === "b") return `${load}\n${make}\nif (!client.config) process.exit(3);\n`;
  return `${load}\n${make}
client.send(new ${s.command}(${s.input})).then((out) => {
  if (out.$metadata.httpStatusCode !== 200) process.exit(3);
  client.destroy();
}, (error) => { console.error(error); process.exit(4); });
`;
}

function undiciScript(format: Format): string {
  const load = format === "esm" ? `import { request } from "undici";` : `const { request } = require("undici");`;
  return `${load}
request(process.env.ENDPOINT + "/", {
  method: "POST",
  headers: { "content-type": "application/x-amz-json-1.0", "x-amz-target": "AmazonMWAAServerless.StopWorkflowRun" },
  body: JSON.stringify({ WorkflowArn: "arn", RunId: "run-1" }),
}).then(async (res) => {
  JSON.parse(await res.body.text());
  if (res.statusCode !== 200) process.exit(3);
}, (error) => { console.error(error); process.exit(4); });
`;
}

const SERVER = `
const http = require("node:http");
const server = http.createServer((req, res) => {
  req.resume();
  req.on("end", () => {
    const sfn = String(req.headers["x-amz-target"]).endsWith("StopExecution");
    const body = sfn ? '{"stopDate":1764000000}' : '{"WorkflowArn":"arn","RunId":"run-1","WorkflowVersion":"3","Status":"STOPPING"}';
    res.writeHead(200, { "content-type": "application/x-amz-json-1.0", "x-amzn-requestid": "r", "content-length": Buffer.byteLength(body) });
    res.end(body);
  });
});
server.listen(0, "127.0.0.1", () => console.log("http://127.0.0.1:" + server.address().port));
`;

/** Packs generated/client and unpacks it as node_modules/@mwaa-serverless/client of the scratch dir. */
function installPackedClient(): void {
  rmSync(scratch, { recursive: true, force: true });
  const target = join(scratch, "node_modules/@mwaa-serverless/client");
  mkdirSync(target, { recursive: true });
  execFileSync("npm", ["pack", "--pack-destination", scratch, "--loglevel=error"], { cwd: join(root, "generated/client"), stdio: "ignore" });
  const tarball = readdirSync(scratch).find((f) => f.endsWith(".tgz"))!;
  execFileSync("tar", ["-xzf", join(scratch, tarball), "-C", target, "--strip-components=1"]);
}

interface Script {
  name: string;
  file: string;
  /** What the process wrote to stderr on its first run (warnings are start-up noise). */
  stderr?: string;
  times: number[];
  /** The process's own CPU time (user + system) in ms, one per timed run. */
  cpu: number[];
}

// Every process preloads this: at exit it writes its CPU time (user + system,
// µs) to fd 3. On a shared machine wall time also counts the time other
// processes held the cores; CPU time counts only the work done, so it says
// more steadily which start-up does less. The preload costs every script alike.
const CPU_PRELOAD = `process.on("exit", () => { const u = process.cpuUsage(); require("node:fs").writeSync(3, String(u.user + u.system)); });\n`;

/** Wall time and CPU time of one fresh `node file` process, in ms. */
async function timeProcess(script: Script, endpoint: string): Promise<{ wall: number; cpu: number }> {
  const started = process.hrtime.bigint();
  const child = spawn(process.execPath, ["-r", join(scratch, "cpu-preload.cjs"), script.file], {
    cwd: scratch,
    env: { ...process.env, ENDPOINT: endpoint },
    stdio: ["ignore", "ignore", "pipe", "pipe"],
  });
  let stderr = "";
  let cpu = "";
  child.stderr!.on("data", (chunk: Buffer) => (stderr += chunk.toString("utf8")));
  (child.stdio[3] as NodeJS.ReadableStream).on("data", (chunk: Buffer) => (cpu += chunk.toString("utf8")));
  const closed = once(child, "close");
  const [code] = (await once(child, "exit")) as [number | null];
  const elapsed = Number(process.hrtime.bigint() - started) / 1e6;
  await closed; // fd 3 read to its end
  if (code !== 0) throw new Error(`${script.name} exited with ${code}: ${stderr}`);
  script.stderr ??= stderr;
  return { wall: elapsed, cpu: Number(cpu) / 1000 };
}

async function startServer(): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, ["-e", SERVER], { stdio: ["ignore", "pipe", "inherit"] });
  const [line] = (await once(child.stdout!, "data")) as [Buffer];
  return { url: line.toString("utf8").trim(), child };
}

export default async function coldStart(): Promise<BenchReport> {
  installPackedClient();
  writeFileSync(join(scratch, "cpu-preload.cjs"), CPU_PRELOAD);
  const loadBefore = loadavg()[0]!;
  const scripts: Script[] = [];
  const add = (name: string, format: Format, text: string): void => {
    const file = join(scratch, `${name.replace(/[^a-z0-9]+/gi, "-").replace(/^-|-$/g, "")}.${format === "esm" ? "mjs" : "cjs"}`);
    writeFileSync(file, text);
    scripts.push({ name, file, times: [], cpu: [] });
  };
  add("node -e 0", "cjs", "");
  for (const format of ["cjs", "esm"] as const) {
    for (const stage of ["a", "b", "c"] as const) {
      for (const s of [OURS, SDK]) add(`${s.label} ${format} (${stage})`, format, clientScript(s, stage, format));
    }
    add(`bare undici.request ${format} (c)`, format, undiciScript(format));
  }
  const server = await startServer();
  try {
    // One untimed pass warms the file system cache for every script alike.
    for (const script of scripts) await timeProcess(script, server.url);
    for (let round = 0; round < ROUNDS; round++) {
      // Interleaved, and in a rotated order each round, so drifting load is shared.
      for (let i = 0; i < scripts.length; i++) {
        const script = scripts[(i + round) % scripts.length]!;
        const { wall, cpu } = await timeProcess(script, server.url);
        script.times.push(wall);
        script.cpu.push(cpu);
      }
    }
  } finally {
    server.child.kill();
  }
  const ms = (name: string): number => median(scripts.find((s) => s.name === name)!.times);
  const cpuMs = (name: string): number => median(scripts.find((s) => s.name === name)!.cpu);
  const spread = (name: string): string => {
    const sorted = [...scripts.find((s) => s.name === name)!.times].sort((a, b) => a - b);
    return `${sorted[Math.floor(sorted.length / 4)]!.toFixed(0)}–${sorted[Math.floor((3 * sorted.length) / 4)]!.toFixed(0)}`;
  };
  const rows: BenchRow[] = [{ name: "node -e 0", value: round1(ms("node -e 0")), unit: "ms" }];
  const checks: string[] = [];
  let met = true;
  for (const format of ["cjs", "esm"] as const) {
    const bare = `bare undici.request ${format} (c)`;
    rows.push({ name: bare, value: round1(ms(bare)), unit: "ms" });
    for (const stage of ["a", "b", "c"] as const) {
      const sdk = `${SDK.label} ${format} (${stage})`;
      const ours = `${OURS.label} ${format} (${stage})`;
      rows.push({ name: sdk, value: round1(ms(sdk)), unit: "ms" });
      rows.push({ name: ours, value: round1(ms(ours)), unit: "ms", baseline: sdk });
      const okSdk = ms(ours) <= ms(sdk);
      met &&= okSdk;
      checks.push(
        `${format} (${stage}): ours ${ms(ours).toFixed(0)} ms (IQR ${spread(ours)}) vs SDK ${ms(sdk).toFixed(0)} ms (IQR ${spread(sdk)}) — ${okSdk ? "≤ SDK" : "ABOVE the SDK"}; ` +
          `CPU ${cpuMs(ours).toFixed(0)} ms vs ${cpuMs(sdk).toFixed(0)} ms (ours ÷ SDK ${(cpuMs(ours) / cpuMs(sdk)).toFixed(2)})`,
      );
      if (stage === "c") {
        const okBare = ms(ours) <= 1.5 * ms(bare);
        met &&= okBare;
        checks.push(`${format} (c): ours / bare undici = ${(ms(ours) / ms(bare)).toFixed(2)} (goal ≤ 1.5)`);
      }
    }
  }
  const noisy = scripts.filter((s) => s.name.startsWith(OURS.label) && s.stderr);
  met &&= noisy.length === 0;
  const sdkNoise = scripts.find((s) => s.name.startsWith(SDK.label) && s.stderr)?.stderr?.split("\n")[0];
  return {
    title: "Client cold start (fresh process each)",
    method:
      `Wall time of a fresh \`node\` process (spawn to exit) per figure, ${ROUNDS} interleaved rounds after one untimed pass, medians. ` +
      "(a) load the package, (b) + `new Client({ region, endpoint, credentials })`, (c) + one call to a local server " +
      "(a child process on 127.0.0.1) and `client.destroy()`. Ours is the packed tarball (`npm pack`), unpacked beside the installed dependencies; " +
      "the SDK is @aws-sdk/client-sfn (StopExecution), the same run. Each process also reports its own CPU time (user + system, through a one-line `-r` preload every script gets), " +
      `median in the notes: on a shared machine it says more steadily than wall time which start-up does less (\`node -e 0\`: ${cpuMs("node -e 0").toFixed(0)} ms CPU).`,
    rows,
    goal: "each of (a), (b), (c) ≤ the SDK client's, (c) ≤ 1.5× the bare undici.request script, nothing printed on stderr",
    met,
    notes: [
      // On a shared machine the load decides how far apart two medians must be to mean anything.
      `Machine load (1-minute load average) ${loadBefore.toFixed(1)} at the start, ${loadavg()[0]!.toFixed(1)} at the end, on ${cpus().length} cores.`,
      ...checks,
      noisy.length === 0 ? "Our client printed nothing on stderr." : `Our client printed on stderr: ${noisy.map((s) => s.stderr).join(" | ")}`,
      sdkNoise ? `The SDK printed on stderr: "${sdkNoise.trim()}" …` : "The SDK printed nothing on stderr.",
    ],
  };
}

function round1(value: number): number {
  return Math.round(value * 10) / 10;
}
