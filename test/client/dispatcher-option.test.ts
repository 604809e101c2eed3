// The request handler's `dispatcher` option: the client package no longer
// depends on undici (its build bundles undici's Agent), so the option's type
// is the handler's own structural RequestDispatcher. A user's undici 7
// dispatcher — Agent, Pool, ProxyAgent, MockAgent — must still be accepted by
// the type checker (this file is typechecked by `tsc -p .`) and work: every
// request goes through it, and destroying the client leaves it open.

import { Agent, MockAgent, Pool, ProxyAgent } from "undici";
import { afterEach, describe, expect, it } from "vitest";
import {
  MWAAServerlessClient,
  type RequestDispatcher,
  StopWorkflowRunCommand,
  UndiciHttpHandler,
  type UndiciHttpHandlerOptions,
} from "../../generated/client/src/index.js";
import { credentials, input, okOutput, sendJson, startServer, type TestServer } from "./helpers.js";

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe("the dispatcher option", () => {
  it("accepts undici's dispatchers by type, and refuses what is not one", async () => {
    const agent = new Agent();
    const pool = new Pool("http://127.0.0.1:1");
    const proxy = new ProxyAgent("http://127.0.0.1:1");
    const mock = new MockAgent();
    const accepted: UndiciHttpHandlerOptions[] = [{ dispatcher: agent }, { dispatcher: pool }, { dispatcher: proxy }, { dispatcher: mock }];
    const composed: RequestDispatcher = agent.compose((dispatch) => dispatch);
    // @ts-expect-error -- a fetch-like function is not a dispatcher
    const refused: UndiciHttpHandlerOptions = { dispatcher: { fetch: () => undefined } };
    expect(accepted).toHaveLength(4);
    expect(typeof composed.dispatch).toBe("function");
    expect(refused.dispatcher).not.toHaveProperty("dispatch");
    await Promise.all([agent.close(), pool.close(), proxy.close(), mock.close()]);
  });

  it("sends every request, the first included, through the user's Agent and leaves it open", async () => {
    server = await startServer((_req, _n, res) => sendJson(res, 200, okOutput));
    const agent = new Agent();
    const dispatched: string[] = [];
    const counting = agent.compose((dispatch) => (options, handler) => {
      dispatched.push(`${options.method} ${String(options.origin)}${options.path}`);
      return dispatch(options, handler);
    });
    const client = new MWAAServerlessClient({ region: "us-east-1", endpoint: server.url, credentials, requestHandler: { dispatcher: counting } });
    const outs = [await client.send(new StopWorkflowRunCommand(input)), await client.send(new StopWorkflowRunCommand(input))];
    expect(outs.map((out) => out.Status)).toEqual(["STOPPING", "STOPPING"]);
    expect(dispatched).toEqual([`POST ${server.url}/`, `POST ${server.url}/`]);
    expect(server.requests).toHaveLength(2);
    client.destroy();
    // Still usable: the handler did not close what it does not own.
    const third = new MWAAServerlessClient({ region: "us-east-1", endpoint: server.url, credentials, requestHandler: new UndiciHttpHandler({ dispatcher: counting }) });
    expect((await third.send(new StopWorkflowRunCommand(input))).Status).toBe("STOPPING");
    third.destroy();
    await agent.close();
  });

  it("answers from a MockAgent without touching the network", async () => {
    const mock = new MockAgent();
    mock.disableNetConnect();
    mock
      .get("https://mock.example")
      .intercept({ path: "/", method: "POST" })
      .reply(200, JSON.stringify(okOutput), { headers: { "content-type": "application/x-amz-json-1.0" } });
    const client = new MWAAServerlessClient({ region: "us-east-1", endpoint: "https://mock.example", credentials, requestHandler: { dispatcher: mock } });
    const out = await client.send(new StopWorkflowRunCommand(input));
    expect(out.Status).toBe(okOutput.Status);
    mock.assertNoPendingInterceptors();
    client.destroy();
    await mock.close();
  });
});
