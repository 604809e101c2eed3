import type { IncomingHttpHeaders, Server } from "node:http";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";

export interface ScriptedAnswer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

export interface ReceivedRequest {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  /** Names and values as received (node's `headers` drops one named `__proto__`). */
  rawHeaders: string[];
  body: Buffer;
}

/** A stand-in implementation: answers whatever the test scripted, remembers what it received. */
export interface ScriptedUpstream {
  url: string;
  received: ReceivedRequest[];
  answer(next: ScriptedAnswer): void;
  close(): Promise<void>;
}

export async function startScriptedUpstream(): Promise<ScriptedUpstream> {
  let next: ScriptedAnswer = { status: 500, headers: {}, body: "" };
  const received: ReceivedRequest[] = [];
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      received.push({ method: request.method ?? "", url: request.url ?? "", headers: request.headers, rawHeaders: request.rawHeaders, body: Buffer.concat(chunks) });
      response.writeHead(next.status, next.headers);
      response.end(next.body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    received,
    answer: (answer) => {
      next = answer;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
