// The client's symbol provider (after smithy-typescript's): decides once how
// every shape is named in the generated package and where it lives, so the
// file emitters never spell a name twice. Names come from the model: the
// service's sdkId gives the prefix ("MWAA Serverless" → MWAAServerless), as
// the AWS SDK for JavaScript v3 derives it.

import { Trait, type ModelIndex, type ServiceInfo } from "../../model/knowledge.js";
import { clientPrefixOf, shapeTypeName } from "../symbol-names.js";

export { clientPrefix, clientPrefixOf } from "../symbol-names.js";

export interface ClientSymbols {
  service: ServiceInfo;
  /** "MWAAServerless" */
  prefix: string;
  /** "MWAAServerlessClient" */
  clientName: string;
  /** "MWAAServerlessServiceException" */
  baseException: string;
  /** "@mwaa-serverless/client" */
  packageName: string;
  /** Error members that carry a "retry after N seconds" hint for the retry strategy. */
  retryAfterMembers: string[];
}

/** The client's base exception class (and its file's name): "MWAAServerless" → "MWAAServerlessServiceException". */
export function baseExceptionName(prefix: string): string {
  return `${prefix}ServiceException`;
}

/** "MWAA Serverless" → "@mwaa-serverless/client". */
export function packageNameOf(sdkId: string): string {
  const slug = sdkId
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .join("-");
  return `@${slug}/client`;
}

export function symbolsOf(index: ModelIndex): ClientSymbols {
  const service = index.serviceInfo();
  const prefix = clientPrefixOf(service.sdkId);
  return {
    service,
    prefix,
    clientName: `${prefix}Client`,
    baseException: baseExceptionName(prefix),
    packageName: packageNameOf(service.sdkId),
    retryAfterMembers: retryAfterMembersOf(index),
  };
}

/**
 * Error members a retry strategy should read as "wait this many seconds":
 * numeric members bound to the Retry-After header (which awsJson ignores, so
 * the value travels in the body) or named RetryAfterSeconds, as AWS models do.
 */
function retryAfterMembersOf(index: ModelIndex): string[] {
  const found = new Set<string>();
  for (const error of index.errorsOfService()) {
    for (const member of index.membersOf(error)) {
      const header = member.traits["smithy.api#httpHeader"];
      const numeric = ["integer", "long", "short", "byte", "float", "double"].includes(index.typeOf(member.target));
      const named = member.name === "RetryAfterSeconds";
      if (numeric && (named || (typeof header === "string" && header.toLowerCase() === "retry-after"))) {
        found.add(member.name);
      }
    }
  }
  return [...found].sort();
}

/** Shape name as used for types and schemas. */
export function typeName(index: ModelIndex, id: string): string {
  return shapeTypeName(index, id);
}

export function commandName(index: ModelIndex, operationId: string): string {
  return `${typeName(index, operationId)}Command`;
}

/** A paginated operation's paginator (pagination/, as smithy-typescript names it): "ListTables" → "paginateListTables". */
export function paginatorName(index: ModelIndex, operationId: string): string {
  return `paginate${typeName(index, operationId)}`;
}

/** A paginated operation's paginator module, without extension (its file name's stem): "ListTables" → "ListTablesPaginator". */
export function paginatorModule(index: ModelIndex, operationId: string): string {
  return `${typeName(index, operationId)}Paginator`;
}

/** A waiter's functions and module (waiters/, as smithy-typescript names them): "TableExists" → "waitUntilTableExists", "waitForTableExists". */
export function waiterNames(waiter: string): { waitUntil: string; waitFor: string; module: string } {
  return { waitUntil: `waitUntil${waiter}`, waitFor: `waitFor${waiter}`, module: `waitFor${waiter}` };
}

/** The paginators' configuration type: "DynamoDB" → "DynamoDBPaginationConfiguration". */
export function paginationConfigurationName(prefix: string): string {
  return `${prefix}PaginationConfiguration`;
}

/**
 * Aggregated-client method name: "StopWorkflowRun" → "stopWorkflowRun", or
 * with "Operation" appended when that would take the place of a member the
 * client already has. createAggregatedClient (@smithy/core) assigns each
 * method to the client's prototype: an operation named Send replaced
 * `send` itself (every call then recursed into the replacement), Destroy
 * replaced `destroy`, Config did not typecheck against the `config`
 * property, and `__proto__` (a valid Smithy identifier) would have replaced
 * the prototype's prototype. Smithy allows all of them; the command class
 * keeps the operation's own name (`client.send(new SendCommand(...))`).
 */
export function methodName(index: ModelIndex, operationId: string): string {
  return methodNames(index).get(operationId)!;
}

/**
 * Members of the aggregated client that an operation's method must not
 * replace: the Smithy Client's (config, middlewareStack, initConfig,
 * handlers, send, destroy), the generated client's own, and every property
 * of Object.prototype.
 */
const CLIENT_MEMBERS: ReadonlySet<string> = new Set([
  "config",
  "middlewareStack",
  "initConfig",
  "handlers",
  "send",
  "destroy",
  ...Object.getOwnPropertyNames(Object.prototype),
]);

function methodNames(index: ModelIndex): Map<string, string> {
  return index.derived(methodNames, () => {
    const plain = (op: string): string => {
      const name = typeName(index, op);
      return name.charAt(0).toLowerCase() + name.slice(1);
    };
    const ops = index.operationsOf();
    // Names no escaped method may take: the members, and every other operation's own method.
    const taken = new Set<string>([...CLIENT_MEMBERS, ...ops.map(plain).filter((name) => !CLIENT_MEMBERS.has(name))]);
    const names = new Map<string, string>();
    for (const op of ops) {
      let name = plain(op);
      if (CLIENT_MEMBERS.has(name)) {
        do name = `${name}Operation`;
        while (taken.has(name));
        taken.add(name);
      }
      names.set(op, name);
    }
    return names;
  });
}

/** Name of a schema constant: structures, errors and operations get a `$` suffix, as in the SDK. */
export function schemaName(index: ModelIndex, id: string): string {
  const type = index.typeOf(id);
  const base = typeName(index, id);
  return type === "structure" || type === "union" || type === "operation" ? `${base}$` : `${base}_s`;
}

export function isSensitive(index: ModelIndex, id: string): boolean {
  return index.hasTrait(id, Trait.sensitive);
}
