// `make serve` settings, read from the environment. Every problem is reported
// in one message naming the variable, so a bad start tells the operator what
// to fix instead of printing a stack trace.

export class SettingsError extends Error {
  override name = "SettingsError";
}

export interface ServiceSettings {
  host: string;
  port: number;
  /** SEED file; undefined → the demo set (src/service/demo-runs.json). */
  seedPath?: string;
  auth: { mode: "none" } | { mode: "sigv4"; credentials: { accessKeyId: string; secretAccessKey: string }[]; region?: string };
  throttle?: { ratePerSecond: number; burst: number };
  /** Durable state directory; undefined → state in memory only. */
  dataDir?: string;
  /** Grace period for running tasks of a stopped run. */
  graceMs: number;
  validateOutput: boolean;
  logLevel: string;
}

export const DEFAULT_GRACE_MS = 5_000;
const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"];

export function readSettings(env: NodeJS.ProcessEnv): ServiceSettings {
  const problems: string[] = [];
  const value = (name: string): string | undefined => {
    const raw = env[name];
    return raw === undefined || raw.trim() === "" ? undefined : raw.trim();
  };

  const port = value("PORT") ?? "8080";
  if (!/^\d{1,5}$/.test(port) || Number(port) > 65535) problems.push(`PORT=${port}: expected a port number 0-65535`);

  const graceMs = value("GRACE_MS") ?? String(DEFAULT_GRACE_MS);
  if (!/^\d{1,9}$/.test(graceMs)) problems.push(`GRACE_MS=${graceMs}: expected a whole number of milliseconds, e.g. 5000`);

  const auth = readAuth(value("AUTH"), value("CREDENTIALS"), value("REGION"), problems);
  const throttle = readThrottle(value("THROTTLE"), problems);

  const validateOutput = value("VALIDATE_OUTPUT") ?? (env.NODE_ENV === "production" ? "false" : "true");
  if (validateOutput !== "true" && validateOutput !== "false") problems.push(`VALIDATE_OUTPUT=${validateOutput}: expected true or false`);

  const logLevel = value("LOG_LEVEL") ?? "info";
  if (!LOG_LEVELS.includes(logLevel)) problems.push(`LOG_LEVEL=${logLevel}: expected one of ${LOG_LEVELS.join(", ")}`);

  if (problems.length > 0) throw new SettingsError(problems.join("\n"));
  const settings: ServiceSettings = {
    host: value("HOST") ?? "127.0.0.1",
    port: Number(port),
    auth,
    graceMs: Number(graceMs),
    validateOutput: validateOutput === "true",
    logLevel,
  };
  const seedPath = value("SEED");
  const dataDir = value("DATA_DIR");
  if (seedPath) settings.seedPath = seedPath;
  if (dataDir) settings.dataDir = dataDir;
  if (throttle) settings.throttle = throttle;
  return settings;
}

function readAuth(mode: string | undefined, credentials: string | undefined, region: string | undefined, problems: string[]): ServiceSettings["auth"] {
  if (mode === undefined || mode === "none") {
    if (credentials !== undefined) problems.push("CREDENTIALS is set but AUTH is not sigv4 (set AUTH=sigv4 to verify signatures)");
    return { mode: "none" };
  }
  if (mode !== "sigv4") {
    problems.push(`AUTH=${mode}: expected none or sigv4`);
    return { mode: "none" };
  }
  if (credentials === undefined) {
    problems.push("AUTH=sigv4 needs CREDENTIALS=ACCESS_KEY_ID:SECRET (several separated by commas)");
    return { mode: "none" };
  }
  const pairs = credentials.split(",").map((pair, index) => {
    const colon = pair.indexOf(":");
    const accessKeyId = pair.slice(0, colon).trim();
    const secretAccessKey = pair.slice(colon + 1).trim();
    if (colon < 0 || accessKeyId === "" || secretAccessKey === "") {
      problems.push(`CREDENTIALS entry ${index + 1}: expected ACCESS_KEY_ID:SECRET`);
    }
    return { accessKeyId, secretAccessKey };
  });
  return region ? { mode: "sigv4", credentials: pairs, region } : { mode: "sigv4", credentials: pairs };
}

function readThrottle(throttle: string | undefined, problems: string[]): ServiceSettings["throttle"] {
  if (throttle === undefined) return undefined;
  const match = /^(\d+(?:\.\d+)?)\/(\d+)$/.exec(throttle);
  const ratePerSecond = Number(match?.[1]);
  const burst = Number(match?.[2]);
  if (!match || ratePerSecond <= 0 || burst < 1) {
    problems.push(`THROTTLE=${throttle}: expected rate/burst with rate > 0 requests per second and burst ≥ 1, e.g. 50/100`);
    return undefined;
  }
  return { ratePerSecond, burst };
}
