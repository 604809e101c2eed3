// Waiters for the operations @waitable gives them, laid out and named as
// smithy-typescript lays them out (src/waiters/): per waiter a module
// `waitFor<Name>` with `waitUntil<Name>` (throws unless the wait succeeded)
// and the older `waitFor<Name>` (returns the result whatever it is), both
// polling with @smithy/core's createWaiter under the waiter's delays; the
// aggregated client gets `waitUntil<Name>(input, config)` (aggregatedClientFile).
// The acceptors go to the client runtime as the model states them
// (modelWaiter), which evaluates their JMESPath paths; see its waiters.ts.
import type { ModelIndex } from "../../model/knowledge.js";
import { waitersOf, type Waiter } from "../../model/waiters.js";
import { TypeScriptWriter, literal } from "../../writer/typescript-writer.js";
import type { GeneratedFile } from "../generator.js";
import { CLIENT_RUNTIME } from "./runtime-package.js";
import { commandName, waiterNames, type ClientSymbols } from "./symbols.js";

const DIR = "client/src/waiters";

function waiterFile(index: ModelIndex, s: ClientSymbols, waiter: Waiter): GeneratedFile {
  const w = new TypeScriptWriter(index.sourceFiles);
  const cmd = commandName(index, waiter.operation);
  const names = waiterNames(waiter.name);
  w.addImport("@smithy/core/client", "checkExceptions");
  w.addTypeImport("@smithy/core/client", "WaiterConfiguration");
  w.addTypeImport("@smithy/core/client", "WaiterResult");
  w.addImport(CLIENT_RUNTIME, "modelWaiter");
  w.addImport(`../commands/${cmd}.js`, cmd);
  w.addTypeImport(`../commands/${cmd}.js`, `${cmd}Input`);
  w.addTypeImport(`../${s.clientName}.js`, s.clientName);
  // The acceptors in the model's order, one a line: the first that matches decides.
  w.block(`const wait = modelWaiter<${s.clientName}, ${cmd}Input>(${cmd}, { minDelay: ${waiter.minDelay}, maxDelay: ${waiter.maxDelay} }, [`, () => {
    for (const acceptor of waiter.acceptors) w.write(`${literal(acceptor)},`);
  }, "]);");
  w.blankLine();
  const about = waiter.documentation ? `${waiter.documentation}\n\n` : "";
  const deprecated = waiter.deprecated ? "\n@deprecated The model marks this waiter deprecated." : "";
  const params =
    "@param params - the waiter's configuration: the client, `maxWaitTime` in seconds, and optionally its delays (seconds, " +
    `${waiter.minDelay} to ${waiter.maxDelay} by default) and an abort signal.\n@param input - the input {@link ${cmd}} is polled with.`;
  w.docs(`${about}@deprecated Use {@link ${names.waitUntil}} instead: ${names.waitFor} returns a failed or timed-out wait as its result rather than throwing.\n${params}`);
  w.write(`export const ${names.waitFor} = (params: WaiterConfiguration<${s.clientName}>, input: ${cmd}Input): Promise<WaiterResult> => wait(params, input);`);
  w.blankLine();
  w.docs(
    `${about}Polls {@link ${cmd}} until the resource reaches the waiter's success state; throws when it fails, times out or is aborted.\n${params}${deprecated}`,
    { public: "" },
  );
  w.write(`export const ${names.waitUntil} = async (params: WaiterConfiguration<${s.clientName}>, input: ${cmd}Input): Promise<WaiterResult> =>`);
  w.indent().write("checkExceptions(await wait(params, input));").dedent();
  return { path: `${DIR}/${names.module}.ts`, contents: w.toString() };
}

/** waiters/: one module per waiter and their index; none without a waiter. */
export function waiterFiles(index: ModelIndex, s: ClientSymbols): GeneratedFile[] {
  const waiters = waitersOf(index);
  if (waiters.length === 0) return [];
  const barrel = new TypeScriptWriter(index.sourceFiles);
  for (const waiter of waiters) barrel.write(`export * from "./${waiterNames(waiter.name).module}.js";`);
  return [...waiters.map((waiter) => waiterFile(index, s, waiter)), { path: `${DIR}/index.ts`, contents: barrel.toString() }];
}
