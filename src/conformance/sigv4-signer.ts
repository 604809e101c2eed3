// SigV4 signing of the kit's requests (for endpoints that check signatures,
// such as the real service), with @smithy/signature-v4 — the signer the AWS
// SDKs use — and node:crypto for the hashes.

import { createHash, createHmac, type Hash, type Hmac } from "node:crypto";
import { SignatureV4 } from "@smithy/signature-v4";

export interface SigningOptions {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string;
  region: string;
  /** The service's SigV4 signing name (`@sigv4(name)`). */
  service: string;
}

class NodeSha256 {
  private hash: Hash | Hmac;
  private readonly secret?: Buffer;
  constructor(secret?: string | ArrayBuffer | ArrayBufferView) {
    if (secret !== undefined) {
      this.secret = typeof secret === "string" ? Buffer.from(secret, "utf8")
        : ArrayBuffer.isView(secret) ? Buffer.from(secret.buffer, secret.byteOffset, secret.byteLength) : Buffer.from(secret);
    }
    this.hash = this.fresh();
  }
  private fresh(): Hash | Hmac {
    return this.secret === undefined ? createHash("sha256") : createHmac("sha256", this.secret);
  }
  update(data: string | Uint8Array): void {
    this.hash.update(typeof data === "string" ? Buffer.from(data, "utf8") : data);
  }
  digest(): Promise<Uint8Array> {
    return Promise.resolve(new Uint8Array(this.hash.digest()));
  }
  reset(): void {
    this.hash = this.fresh();
  }
}

export class RequestSigner {
  private readonly signer: SignatureV4;

  constructor(options: SigningOptions) {
    const credentials = { accessKeyId: options.accessKeyId, secretAccessKey: options.secretAccessKey, ...(options.sessionToken ? { sessionToken: options.sessionToken } : {}) };
    this.signer = new SignatureV4({ credentials, region: options.region, service: options.service, sha256: NodeSha256 });
  }

  /** Returns the headers to send: the given ones plus host, X-Amz-Date, Authorization (and the session token). */
  async sign(url: URL, method: string, path: string, headers: Record<string, string>, body: string | Uint8Array): Promise<Record<string, string>> {
    const signed = await this.signer.sign({
      method,
      protocol: url.protocol,
      hostname: url.hostname,
      ...(url.port ? { port: Number(url.port) } : {}),
      path,
      query: {},
      headers: { ...headers, host: url.host },
      body,
    });
    return signed.headers as Record<string, string>;
  }
}
