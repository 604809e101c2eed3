// The sorted middleware list is reused between sends (the client runtime's
// middlewareListCache) without changing what runs: the same middleware in the
// same order as the SDK's own resolution, a fresh context and the call's
// options each time, and every change to the client's stack seen at once.

import type { HttpRequest } from "@smithy/core/protocols";
import type { HttpHandlerOptions, MiddlewareStack, Pluggable } from "@smithy/types";
import { describe, expect, it } from "vitest";
import { MWAAServerlessClient, StopWorkflowRunCommand } from "../../generated/client/src/index.js";
import { canned, credentials, input, okOutput } from "./helpers.js";

/* eslint-disable @typescript-eslint/no-explicit-any -- middleware under test is generic */

function client(config: Record<string, unknown> = {}) {
  const sent: HttpRequest[] = [];
  const options: HttpHandlerOptions[] = [];
  const ok = canned(200, { "content-type": "application/x-amz-json-1.0" }, JSON.stringify(okOutput));
  const requestHandler = {
    handle: async (request: HttpRequest, handlerOptions: HttpHandlerOptions = {}) => {
      sent.push(request);
      options.push(handlerOptions);
      return ok.handle();
    },
  };
  return { client: new MWAAServerlessClient({ region: "us-east-1", credentials, requestHandler, ...config }), sent, options };
}

/** Counts the SDK's own concatenations of the client stack: one per send that did not use the cached list. */
function countResolutions(stack: MiddlewareStack<any, any>): { count: number } {
  const counter = { count: 0 };
  const concat = stack.concat;
  stack.concat = ((from: any) => {
    counter.count++;
    return concat(from);
  }) as typeof stack.concat;
  return counter;
}

/** Middleware at several steps, priorities and relative positions, each logging its name when it runs. */
function addOrderProbes(stack: MiddlewareStack<any, any>, log: string[]): void {
  const probe = (name: string) => (next: any) => async (args: any) => {
    log.push(name);
    return next(args);
  };
  stack.add(probe("init-low"), { step: "initialize", priority: "low", name: "initLow" });
  stack.add(probe("init-high"), { step: "initialize", priority: "high", name: "initHigh" });
  stack.add(probe("build"), { step: "build", name: "buildProbe" });
  stack.add(probe("finalize"), { step: "finalizeRequest", name: "finalizeProbe" });
  stack.addRelativeTo(probe("after-build"), { relation: "after", toMiddleware: "buildProbe", name: "afterBuild" });
  stack.addRelativeTo(probe("before-signing"), { relation: "before", toMiddleware: "httpSigningMiddleware", name: "beforeSigning" });
  stack.add(probe("deserialize"), { step: "deserialize", name: "deserializeProbe" });
}

describe("middleware list cache", () => {
  it("resolves the stack once for repeated sends of one command class", async () => {
    const { client: c } = client();
    const resolutions = countResolutions(c.middlewareStack);
    for (let i = 0; i < 4; i++) await c.send(new StopWorkflowRunCommand(input));
    expect(resolutions.count).toBe(1);
  });

  it("runs the same middleware in the same order as the SDK's own resolution", async () => {
    const { client: c } = client();
    const log: string[] = [];
    addOrderProbes(c.middlewareStack, log);
    await c.send(new StopWorkflowRunCommand(input)); // resolved by the SDK
    const first = log.splice(0);
    await c.send(new StopWorkflowRunCommand(input)); // from the cached list
    expect(log).toEqual(first);
    expect([...first].sort()).toEqual(["after-build", "before-signing", "build", "deserialize", "finalize", "init-high", "init-low"]);
  });

  it("sees plugins used, tags removed and middleware overridden after a send", async () => {
    const { client: c, sent } = client();
    const tag = (value: string) => (next: any) => async (args: any) => {
      args.request.headers["x-tag"] = value;
      return next(args);
    };
    const plugin: Pluggable<any, any> = { applyToStack: (stack) => stack.add(tag("plugin"), { step: "build", name: "tag", tags: ["TAG"] }) };
    await c.send(new StopWorkflowRunCommand(input));
    c.middlewareStack.use(plugin);
    await c.send(new StopWorkflowRunCommand(input));
    c.middlewareStack.add(tag("override"), { step: "build", name: "tag", override: true });
    await c.send(new StopWorkflowRunCommand(input));
    c.middlewareStack.removeByTag("TAG");
    c.middlewareStack.remove("tag");
    await c.send(new StopWorkflowRunCommand(input));
    expect(sent.map((r) => r.headers["x-tag"])).toEqual([undefined, "plugin", "override", undefined]);
  });

  it("hands each call's own options (abort signal, timeout) to the request handler on the cached path", async () => {
    const { client: c, options } = client();
    await c.send(new StopWorkflowRunCommand(input));
    const first = new AbortController().signal;
    const second = new AbortController().signal;
    await c.send(new StopWorkflowRunCommand(input), { abortSignal: first, requestTimeout: 1234 });
    await c.send(new StopWorkflowRunCommand(input), { abortSignal: second });
    await c.send(new StopWorkflowRunCommand(input));
    expect(options.map((o) => [o.abortSignal, o.requestTimeout])).toEqual([
      [undefined, undefined],
      [first, 1234],
      [second, undefined],
      [undefined, undefined],
    ]);
  });

  it("sends one command instance twice", async () => {
    const { client: c, sent } = client();
    const command = new StopWorkflowRunCommand(input);
    await c.send(command);
    await c.send(command);
    expect(sent).toHaveLength(2);
  });

  it("keeps clients apart: middleware on one client never runs for another", async () => {
    const one = client();
    const two = client();
    const ran: string[] = [];
    one.client.middlewareStack.add((next: any) => async (args: any) => {
      ran.push("one");
      return next(args);
    }, { step: "build", name: "onlyOne" });
    await two.client.send(new StopWorkflowRunCommand(input));
    await one.client.send(new StopWorkflowRunCommand(input));
    await two.client.send(new StopWorkflowRunCommand(input));
    await one.client.send(new StopWorkflowRunCommand(input));
    expect(ran).toEqual(["one", "one"]);
  });

  it("takes the SDK's path when the stack is set to print itself on resolve", async () => {
    const { client: c } = client();
    const resolutions = countResolutions(c.middlewareStack);
    await c.send(new StopWorkflowRunCommand(input));
    c.middlewareStack.identifyOnResolve(true);
    const printed: unknown[] = [];
    const log = console.log;
    console.log = (...args: unknown[]) => void printed.push(args);
    try {
      await c.send(new StopWorkflowRunCommand(input));
    } finally {
      console.log = log;
    }
    expect(resolutions.count).toBe(2);
    expect(printed.length).toBeGreaterThan(0);
  });
});
