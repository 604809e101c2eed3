// `make conformance` without ENDPOINT: the demo starts the reference service
// and the Prism mock, checks the client against the mock and the service
// through the proxy, prints one report and stops what it started.

import { afterEach, describe, expect, it, vi } from "vitest";
import { runDemo } from "../../src/conformance/demo.js";

afterEach(() => {
  vi.restoreAllMocks();
});

describe("the conformance demo", () => {
  it("reports the client's calls and every kit case, and exits 0 when both sides conform", async () => {
    let printed = "";
    vi.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => {
      printed += chunk.toString();
      return true;
    });
    const code = await runDemo("table");
    vi.restoreAllMocks();
    expect(printed).toMatch(/PASS {2}example RunNotFound\s+ResourceNotFoundException/);
    expect(printed).toMatch(/Prism found no request violation in 6 client calls/);
    expect(printed).toMatch(/semantic\.stop-run-again/);
    expect(printed).toMatch(/Demo result: client conforms, reference service conforms/);
    expect(code).toBe(0);
  });
});
