import { describe, expect, it } from "vitest";
import { DEFAULT_GRACE_MS, SettingsError, readSettings } from "../../src/service/settings.js";

describe("readSettings", () => {
  it("defaults to 127.0.0.1:8080, no auth, memory state, the demo set", () => {
    expect(readSettings({})).toEqual({ host: "127.0.0.1", port: 8080, auth: { mode: "none" }, graceMs: DEFAULT_GRACE_MS, validateOutput: true, logLevel: "info" });
  });

  it("reads every variable", () => {
    const settings = readSettings({
      HOST: "0.0.0.0", PORT: "9000", SEED: "runs.json", AUTH: "sigv4", CREDENTIALS: "AKID1:s3cr/et+,AKID2:other",
      REGION: "eu-west-1", THROTTLE: "2.5/10", DATA_DIR: "/tmp/x", GRACE_MS: "250", VALIDATE_OUTPUT: "false", LOG_LEVEL: "warn",
    });
    expect(settings).toEqual({
      host: "0.0.0.0", port: 9000, seedPath: "runs.json", dataDir: "/tmp/x", graceMs: 250, validateOutput: false, logLevel: "warn",
      auth: { mode: "sigv4", region: "eu-west-1", credentials: [{ accessKeyId: "AKID1", secretAccessKey: "s3cr/et+" }, { accessKeyId: "AKID2", secretAccessKey: "other" }] },
      throttle: { ratePerSecond: 2.5, burst: 10 },
    });
  });

  it("turns output validation off by default only in production", () => {
    expect(readSettings({ NODE_ENV: "production" }).validateOutput).toBe(false);
  });

  it("lists every bad setting in one message, naming the variable", () => {
    const read = () => readSettings({ PORT: "http", AUTH: "sigv4", THROTTLE: "fast", GRACE_MS: "-1", LOG_LEVEL: "loud" });
    expect(read).toThrow(SettingsError);
    expect(read).toThrow(/PORT=http: expected a port number/);
    expect(read).toThrow(/AUTH=sigv4 needs CREDENTIALS=ACCESS_KEY_ID:SECRET/);
    expect(read).toThrow(/THROTTLE=fast: expected rate\/burst/);
    expect(read).toThrow(/GRACE_MS=-1/);
    expect(read).toThrow(/LOG_LEVEL=loud/);
  });

  it("rejects malformed credentials, unknown auth modes and credentials without sigv4", () => {
    expect(() => readSettings({ AUTH: "sigv4", CREDENTIALS: "nocolon" })).toThrow(/CREDENTIALS entry 1: expected ACCESS_KEY_ID:SECRET/);
    expect(() => readSettings({ AUTH: "basic" })).toThrow(/AUTH=basic: expected none or sigv4/);
    expect(() => readSettings({ CREDENTIALS: "a:b" })).toThrow(/CREDENTIALS is set but AUTH is not sigv4/);
    expect(() => readSettings({ THROTTLE: "0/5" })).toThrow(/THROTTLE=0\/5/);
    expect(() => readSettings({ PORT: "70000" })).toThrow(/PORT=70000/);
  });
});
