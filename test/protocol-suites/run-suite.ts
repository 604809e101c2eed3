// Generates one suite's clients and servers, then registers their generated
// protocol tests (imported here, so they run inside this vitest file), plus a
// check that every case of the suite is there, on every side it applies to.

import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { malformedTestsOf } from "../../codegen/src/generators/server/protocol-tests.js";
import { generateSuite, type SuiteName } from "./suites.js";
import { SKIPS } from "./skips.js";

export async function describeSuite(suite: SuiteName): Promise<void> {
  const services = await generateSuite(suite);

  describe(`${suite}: every case of the suite is generated`, () => {
    it("finds services and cases", () => {
      expect(services.length, "services in the suite").toBeGreaterThan(0);
    });
    for (const service of services) {
      it(`${service.serviceId}: each case appears once per side it applies to`, () => {
        const { index, serviceId } = service;
        const protocol = index.serviceInfo(serviceId).protocol;
        const client = service.clientTests ? readFileSync(service.clientTests, "utf8") : "";
        const server = readFileSync(service.serverTests, "utf8");
        const missing: string[] = [];
        // Generated test names start with the case ID: `"<id> (request)"` on the client, `"<id>: …"` on the server.
        const expectIn = (text: string, side: "client" | "server", id: string): void => {
          if (!text.includes(side === "client" ? `"${id} (` : `"${id}: `)) missing.push(`${side}: ${id}`);
        };
        const operations = index.operationsOf(serviceId);
        for (const op of operations) {
          for (const c of [...index.requestTestsOf(op, protocol), ...index.responseTestsOf(op, protocol)]) {
            if (c.appliesTo !== "server") expectIn(client, "client", c.id);
            if (c.appliesTo !== "client") expectIn(server, "server", c.id);
          }
          for (const c of malformedTestsOf(index, op, protocol)) expectIn(server, "server", c.id);
        }
        for (const error of index.errorsOfService(serviceId)) {
          for (const c of index.responseTestsOf(error, protocol)) {
            if (c.appliesTo !== "server") expectIn(client, "client", c.id);
            if (c.appliesTo !== "client") expectIn(server, "server", c.id);
          }
        }
        expect(missing, "cases of the suite with no generated test").toEqual([]);
      });
    }
    it("every listed skip names a case of this suite and side", () => {
      const text = (side: "client" | "server"): string =>
        services.map((s) => (side === "server" ? readFileSync(s.serverTests, "utf8") : s.clientTests ? readFileSync(s.clientTests, "utf8") : "")).join("\n");
      for (const skip of SKIPS.filter((s) => s.suite === suite)) {
        expect(text(skip.side), `${skip.side} skip ${skip.id}`).toContain(skip.side === "client" ? `"${skip.id} (` : `"${skip.id}: skipped`);
      }
    });
  });

  for (const service of services) {
    if (service.clientTests) await import(service.clientTests);
    await import(service.serverTests);
  }
}
