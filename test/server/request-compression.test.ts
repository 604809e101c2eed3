// @requestCompression on the server side: a gzipped request body (what AWS
// SDK clients send for such operations) is decoded before it is read as
// JSON, never beyond maxBodyBytes; other codings stay refused.

import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { ARN, json, request, RUN_ID, serviceWith } from "./helpers.js";

const BODY = JSON.stringify({ WorkflowArn: ARN, RunId: RUN_ID });

describe("gzip request bodies", () => {
  it("decodes a gzipped body and hands the handler the same input as the plain one", async () => {
    const inputs: unknown[] = [];
    const core = serviceWith(async (input) => {
      inputs.push(input);
      return { WorkflowArn: input.WorkflowArn, RunId: input.RunId, WorkflowVersion: "3", Status: "STOPPING" };
    });
    const plain = await core.handle(request({ body: BODY }));
    const gzipped = await core.handle(request({ headers: { "content-encoding": "gzip" }, body: gzipSync(BODY) }));
    expect(gzipped.status, gzipped.body).toBe(200);
    expect(gzipped.body).toBe(plain.body);
    expect(inputs[1]).toEqual(inputs[0]);
  });

  it("decodes stacked codings named in order (identity, gzip, gzip)", async () => {
    const twice = gzipSync(gzipSync(BODY));
    const response = await serviceWith().handle(request({ headers: { "content-encoding": "identity, gzip, gzip" }, body: twice }));
    expect(response.status, response.body).toBe(200);
  });

  it("answers 413 for a body that expands beyond maxBodyBytes (a gzip bomb), without expanding it all", async () => {
    const bomb = gzipSync(Buffer.alloc(50 * 1024 * 1024, 0x20));
    expect(bomb.byteLength).toBeLessThan(100 * 1024);
    const response = await serviceWith(undefined, { maxBodyBytes: 64 * 1024 }).handle(
      request({ headers: { "content-encoding": "gzip" }, body: bomb }),
    );
    expect(response.status).toBe(413);
    expect(json(response).__type).toBe("RequestEntityTooLargeException");
  });

  it("answers 400 SerializationException for a body that is not gzip data", async () => {
    const response = await serviceWith().handle(request({ headers: { "content-encoding": "gzip" }, body: BODY }));
    expect(response.status).toBe(400);
    expect(json(response)).toMatchObject({ __type: "SerializationException", message: "Request body is not valid gzip data" });
  });

  it("refuses codings it cannot decode with 415, naming them", async () => {
    const response = await serviceWith().handle(request({ headers: { "content-encoding": "gzip, br" }, body: BODY }));
    expect(response.status).toBe(415);
    expect(String(json(response).message)).toContain("gzip, br");
  });
});
