// The waiters @waitable gives the selected service's operations, read as
// Smithy's WaitableTrait reads them (minDelay 2 and maxDelay 120 when left
// out), in waiter-name order: the generated client has `waitUntil<Name>` and
// `waitFor<Name>` for each (smithy-typescript's names), and the aggregated
// client lists them in this order.
import type { NodeObject, NodeValue } from "./ast.js";
import { Trait, type ModelIndex } from "./knowledge.js";

export interface WaiterPathMatcher {
  path: string;
  expected: string;
  comparator: "stringEquals" | "booleanEquals" | "allStringEquals" | "anyStringEquals";
}

export interface WaiterAcceptor {
  state: "success" | "failure" | "retry";
  matcher: { output?: WaiterPathMatcher; inputOutput?: WaiterPathMatcher; success?: boolean; errorType?: string };
  message?: string;
}

export interface Waiter {
  /** The waiter's name, the key of @waitable (UpperCamelCase by the trait's own pattern). */
  name: string;
  /** The operation it polls. */
  operation: string;
  documentation?: string;
  acceptors: WaiterAcceptor[];
  minDelay: number;
  maxDelay: number;
  deprecated: boolean;
}

/** One acceptor as the trait states it; members the runtime does not read are left out. */
function acceptorOf(node: NodeObject): WaiterAcceptor {
  const matcher = node.matcher as NodeObject;
  const read: WaiterAcceptor["matcher"] = {};
  const path = (value: NodeValue): WaiterPathMatcher => {
    const { path, expected, comparator } = value as unknown as WaiterPathMatcher;
    return { path, expected, comparator };
  };
  if (matcher.output !== undefined) read.output = path(matcher.output);
  else if (matcher.inputOutput !== undefined) read.inputOutput = path(matcher.inputOutput);
  else if (matcher.success !== undefined) read.success = matcher.success as boolean;
  else if (matcher.errorType !== undefined) read.errorType = matcher.errorType as string;
  const acceptor: WaiterAcceptor = { state: node.state as WaiterAcceptor["state"], matcher: read };
  if (typeof node.message === "string") acceptor.message = node.message;
  return acceptor;
}

/** Every waiter of the selected service's operations, by name. */
export function waitersOf(index: ModelIndex): Waiter[] {
  return index.derived(waitersOf, () => {
    const waiters: Waiter[] = [];
    for (const operation of index.operationsOf()) {
      const trait = index.traitOf<NodeObject>(operation, Trait.waitable);
      if (trait === undefined) continue;
      for (const [name, value] of Object.entries(trait)) {
        const node = value as NodeObject;
        const waiter: Waiter = {
          name,
          operation,
          acceptors: (node.acceptors as NodeObject[]).map(acceptorOf),
          minDelay: typeof node.minDelay === "number" ? node.minDelay : 2,
          maxDelay: typeof node.maxDelay === "number" ? node.maxDelay : 120,
          deprecated: node.deprecated === true,
        };
        if (typeof node.documentation === "string") waiter.documentation = node.documentation;
        waiters.push(waiter);
      }
    }
    return waiters.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  });
}
