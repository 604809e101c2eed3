// The client's @requestCompression settings, on the client generated for the
// awsJson1_0 suite (its PutWithContentEncoding operation has
// @requestCompression(encodings: ["gzip"])): the AWS SDKs'
// disableRequestCompression and requestMinCompressionSizeBytes.

import { join, resolve } from "node:path";
import { gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { generateSuite } from "./suites.js";

const outRoot = resolve(import.meta.dirname, "..", "..", "build", "protocol-suites-compression");
const [service] = (await generateSuite("awsJson1_0", outRoot)).filter((s) => s.serviceId.endsWith("#JsonRpc10"));
const client = (await import(join(service!.dir, "client", "src", "index.ts"))) as Record<string, new (...args: unknown[]) => unknown>;
const handlers = (await import(join(service!.dir, "client", "test", "protocol-test-handler.ts"))) as {
  capturingHandler: () => { handler: unknown; captured: () => { headers: Record<string, string>; body: unknown } };
};

interface Sent {
  encoding: string | undefined;
  text: string;
}

async function send(data: string, config: Record<string, unknown> = {}): Promise<Sent> {
  const { handler, captured } = handlers.capturingHandler();
  const Client = client.JSONRPC10Client!;
  const Command = client.PutWithContentEncodingCommand!;
  const c = new Client({
    region: "us-east-1",
    credentials: { accessKeyId: "AKID", secretAccessKey: "SECRET" },
    requestHandler: handler,
    ...config,
  }) as { send: (command: unknown) => Promise<unknown> };
  await c.send(new Command({ data, encoding: "custom" }));
  const request = captured();
  const encoding = Object.entries(request.headers).find(([k]) => k.toLowerCase() === "content-encoding")?.[1];
  const body = request.body as Uint8Array | string;
  const bytes = typeof body === "string" ? Buffer.from(body) : Buffer.from(body);
  return { encoding, text: (encoding === "gzip" ? gunzipSync(bytes) : bytes).toString("utf8") };
}

describe("@requestCompression on the client", () => {
  const large = "x".repeat(10_240);

  it("gzips a body of 10 KiB or more, and only sets the encoding it applied (the @httpHeader member is ignored by awsJson)", async () => {
    const sent = await send(large);
    expect(sent.encoding).toBe("gzip");
    // awsJson ignores @httpHeader: the member travels in the body, not in Content-Encoding.
    expect(JSON.parse(sent.text)).toEqual({ data: large, encoding: "custom" });
  });

  it("leaves a smaller body alone", async () => {
    const sent = await send("small");
    expect(sent.encoding).toBeUndefined();
    expect(JSON.parse(sent.text)).toEqual({ data: "small", encoding: "custom" });
  });

  it("honours requestMinCompressionSizeBytes and disableRequestCompression", async () => {
    expect((await send("small", { requestMinCompressionSizeBytes: 0 })).encoding).toBe("gzip");
    const disabled = await send(large, { disableRequestCompression: true });
    expect(disabled.encoding).toBeUndefined();
    expect(JSON.parse(disabled.text)).toEqual({ data: large, encoding: "custom" });
  });

  it("refuses a minimum size outside 0 to 10485760 with a clear error", async () => {
    await expect(send("small", { requestMinCompressionSizeBytes: -1 })).rejects.toThrow(/requestMinCompressionSizeBytes must be a whole number from 0 to 10485760, got -1/);
    await expect(send("small", { requestMinCompressionSizeBytes: 10_485_761 })).rejects.toThrow(/got 10485761/);
  });
});
