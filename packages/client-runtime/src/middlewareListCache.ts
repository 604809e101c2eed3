// On every send, the SDK's Command.resolveMiddlewareWithContext concatenates
// the client's middleware stack with the command's (cloning every entry),
// then normalizes, sorts and expands the whole list — about 13 % of a call's
// CPU in profiles — although for one client stack, config and command class
// the sorted list comes out the same every time. The SDK's own answer,
// `cacheMiddleware: true`, caches the resolved handler instead, which shares
// one handler context between calls and ignores middleware added to a
// command; so it stays off, and this caches only the sorted list:
//
// - the SDK still resolves every call (its resolveMiddlewareWithContext builds
//   a fresh context and terminal handler, with the call's options); it is
//   handed a stand-in for the client stack whose concat() gives back the
//   cached list, applied to that fresh context;
// - any change to the client's stack (add, addRelativeTo, use, remove,
//   removeByTag, identifyOnResolve) invalidates the list; a command that
//   carries middleware of its own, a different config object, or a stack that
//   prints itself on resolve takes the SDK's path unchanged.
//
// Assumes what smithy-typescript generates: a command class's own plugins
// depend on the config and the class, not on the command instance.

import { constructStack } from "@smithy/core/client";
import type { Handler, HandlerExecutionContext, MiddlewareStack } from "@smithy/types";

/* eslint-disable @typescript-eslint/no-explicit-any -- middleware stacks are generic over every command's input and output */

type AnyStack = MiddlewareStack<any, any>;
type AnyMiddleware = (next: Handler<any, any>, context: HandlerExecutionContext) => Handler<any, any>;

interface CachedList {
  version: number;
  config: object;
  /** Middleware in the order the SDK's resolve applies them (innermost first). */
  order: AnyMiddleware[];
}

interface TrackedStack {
  version: number;
  lists: WeakMap<object, CachedList>;
}

const tracked = new WeakMap<AnyStack, TrackedStack>();

const MUTATORS = ["add", "addRelativeTo", "use", "remove", "removeByTag"] as const;

/** Counts changes to a client's middleware stack, so a cached list is only used while the stack is unchanged. */
export function trackMiddlewareStack(stack: AnyStack): void {
  if (tracked.has(stack)) return;
  const state: TrackedStack = { version: 0, lists: new WeakMap() };
  const methods = stack as unknown as Record<string, (...args: unknown[]) => unknown>;
  for (const name of MUTATORS) {
    const original = methods[name]!;
    methods[name] = (...args) => {
      state.version++;
      return original.apply(stack, args);
    };
  }
  const identify = methods.identifyOnResolve!;
  methods.identifyOnResolve = (...args) => {
    if (typeof args[0] === "boolean") state.version++;
    return identify.apply(stack, args);
  };
  tracked.set(stack, state);
}

interface ResolvingCommand {
  middlewareStack: AnyStack;
  resolveMiddleware(clientStack: AnyStack, configuration: any, options: any): Handler<any, any>;
}

/** A command class whose resolveMiddleware reuses the sorted middleware list of earlier calls (see above). */
export function withMiddlewareListCache<T extends new (...args: any[]) => ResolvingCommand>(Base: T): T {
  return class extends Base {
    override resolveMiddleware(clientStack: AnyStack, configuration: any, options: any): Handler<any, any> {
      return super.resolveMiddleware(standIn(this, clientStack, configuration), configuration, options);
    }
  };
}

function standIn(command: ResolvingCommand, clientStack: AnyStack, configuration: object): AnyStack {
  const state = tracked.get(clientStack);
  const own = command.middlewareStack;
  if (!state || clientStack.identifyOnResolve() || own.identifyOnResolve() || own.identify().length > 0) return clientStack;
  const key = command.constructor;
  const cached = state.lists.get(key);
  const stack = Object.create(clientStack) as AnyStack;
  stack.concat = ((commandStack: AnyStack) => {
    if (cached && cached.version === state.version && cached.config === configuration) {
      return {
        resolve: (handler: Handler<any, any>, context: HandlerExecutionContext) => {
          for (const middleware of cached.order) handler = middleware(handler, context);
          return handler;
        },
      };
    }
    const version = state.version;
    const whole = clientStack.concat(commandStack);
    state.lists.set(key, { version, config: configuration, order: resolveOrder(whole) });
    return whole;
  }) as AnyStack["concat"];
  return stack;
}

/**
 * The order in which the stack's resolve() applies its middleware, found by
 * letting the SDK sort a copy whose entries only record themselves: the
 * sorting stays the SDK's, and no middleware runs.
 */
function resolveOrder(stack: AnyStack): AnyMiddleware[] {
  const order: AnyMiddleware[] = [];
  const recorder = constructStack<any, any>();
  const recording = (middleware: AnyMiddleware): AnyMiddleware => (next) => {
    order.push(middleware);
    return next;
  };
  // applyToStack copies each entry with its options, which carry the middleware too: left out.
  const withoutMiddleware = ({ middleware: _, ...options }: { middleware?: unknown }): any => options;
  stack.applyToStack({
    add: (middleware: AnyMiddleware, options: { middleware?: unknown }) => recorder.add(recording(middleware) as any, withoutMiddleware(options)),
    addRelativeTo: (middleware: AnyMiddleware, options: { middleware?: unknown }) =>
      recorder.addRelativeTo(recording(middleware) as any, withoutMiddleware(options)),
    identifyOnResolve: () => false,
  } as unknown as AnyStack);
  recorder.resolve(() => Promise.resolve({ output: {} as any, response: undefined }), {} as HandlerExecutionContext);
  return order;
}
