// The client's symbol provider (after smithy-typescript's): decides once how
// every shape is named in the generated package and where it lives, so the
// file emitters never spell a name twice. Names come from the model: the
// service's sdkId gives the prefix ("MWAA Serverless" → MWAAServerless), as
// the AWS SDK for JavaScript v3 derives it.

import { identifier } from "../../writer/typescript-writer.js";
import { Trait, type ModelIndex, type ServiceInfo } from "../../model/knowledge.js";
import { shapeTypeName } from "../symbol-names.js";

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

/** sdkId words, each capitalised, joined: "MWAA Serverless" → "MWAAServerless". */
export function clientPrefix(sdkId: string): string {
  return sdkId
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join("");
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
  const prefix = identifier(clientPrefix(service.sdkId));
  return {
    service,
    prefix,
    clientName: `${prefix}Client`,
    baseException: `${prefix}ServiceException`,
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

/** Aggregated-client method name: "StopWorkflowRun" → "stopWorkflowRun". */
export function methodName(index: ModelIndex, operationId: string): string {
  const name = typeName(index, operationId);
  return name.charAt(0).toLowerCase() + name.slice(1);
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
