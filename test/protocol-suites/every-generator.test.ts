// Every generator (OpenAPI, JSON Schemas, validators, client, conformance
// cases, server) runs on every service of Smithy's awsJson suites, and an
// awsJson1_1 service gets awsJson1_1's media type everywhere it is written.

import { describe, expect, it } from "vitest";
import { generators } from "../../codegen/src/generators/index.js";
import { indexFromIdl, runGenerators } from "../../codegen/src/pipeline.js";
import { suiteFiles, type SuiteName } from "./suites.js";

const SUITES: { suite: SuiteName; mediaType: string; other: string }[] = [
  { suite: "awsJson1_0", mediaType: "application/x-amz-json-1.0", other: "application/x-amz-json-1.1" },
  { suite: "awsJson1_1", mediaType: "application/x-amz-json-1.1", other: "application/x-amz-json-1.0" },
];

describe.each(SUITES)("$suite: every generator", ({ suite, mediaType, other }) => {
  const files = suiteFiles(suite);
  const services = indexFromIdl(files).services();

  it.each(services)("%s: every output generates, with the protocol's media type", async (serviceId) => {
    const index = indexFromIdl(files).selectService(serviceId);
    const out = new Map((await runGenerators(index, generators)).map((f) => [f.path, f.contents]));
    const openapi = JSON.parse(out.get("openapi.json")!) as { paths: Record<string, Record<string, { requestBody?: { content: Record<string, unknown> } }>> };
    const requestTypes = Object.values(openapi.paths).flatMap((item) => Object.keys(item.post?.requestBody?.content ?? {}));
    expect(requestTypes.length, "operations in the OpenAPI document").toBe(index.operationsOf().length);
    expect(new Set(requestTypes)).toEqual(new Set([mediaType]));
    expect(out.get("openapi.json"), "OpenAPI document").not.toContain(other);

    const cases = JSON.parse(out.get("conformance/cases.json")!) as { cases: { request?: { headers?: Record<string, string> } }[] };
    const contentTypes = cases.cases.map((c) => c.request?.headers?.["Content-Type"] ?? c.request?.headers?.["content-type"] ?? "");
    expect(contentTypes.filter((t) => t === mediaType).length, "conformance cases sent with the protocol's media type").toBeGreaterThan(0);
    expect(contentTypes.filter((t) => t.startsWith(other)), "conformance cases sent with the other awsJson media type").toEqual([]);

    expect(out.get("server/src/service.ts")).toContain(`contentType: "${mediaType}"`);
    expect(out.get("client/src/runtimeConfig.shared.ts")).toContain(suite === "awsJson1_1" ? "guardedAwsJson1_1Protocol" : "guardedAwsJson1_0Protocol");
  });
});
