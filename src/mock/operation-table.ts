import { resolve } from "node:path";
import { getHttpOperationsFromSpec } from "@stoplight/prism-http";
import type { IHttpOperation } from "@stoplight/types";

/** One awsJson operation of the contract, found by its X-Amz-Target. */
export interface AwsJsonOperation {
  /** `{Service}.{Operation}`, the value of X-Amz-Target. */
  target: string;
  /** The operation name (the OpenAPI operationId). */
  name: string;
  /** Prism's view of the operation, with its `$ref`s resolved. */
  operation: IHttpOperation;
  /** Media types the contract declares for its responses (the mock never serves others). */
  responseMediaTypes: string[];
}

/** Thrown when the OpenAPI document does not follow the awsJson mapping. */
export class ContractShapeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ContractShapeError";
  }
}

// The team's mapping (see the OpenAPI generator): every operation carries
// `x-amz-target`; a multi-operation document keys them `/#{Service}.{Operation}`.
// Prism routes by path and method only, so routing by header happens here.
const TARGET_EXTENSION = "x-amz-target";
const TARGET_PATH_PREFIX = "/#";

function targetOf(operation: IHttpOperation): string | undefined {
  const extension = operation.extensions?.[TARGET_EXTENSION];
  if (typeof extension === "string" && extension.length > 0) return extension;
  if (operation.path.startsWith(TARGET_PATH_PREFIX)) return operation.path.slice(TARGET_PATH_PREFIX.length);
  return undefined;
}

function responseMediaTypesOf(operation: IHttpOperation): string[] {
  const types = new Set<string>();
  for (const response of operation.responses) {
    for (const content of response.contents ?? []) types.add(content.mediaType);
  }
  return [...types];
}

/** The operations of a contract, indexed by X-Amz-Target. */
export class OperationTable {
  readonly #byTarget: Map<string, AwsJsonOperation>;
  /** Namespace of the modelled errors (`com.example` of `com.example#Name`), when the examples show it. */
  readonly errorNamespace: string | undefined;
  /**
   * The contract's awsJson media type (`application/x-amz-json-1.0` or `-1.1`),
   * read from its responses: the front's own framework errors answer in it.
   */
  readonly mediaType: string;

  private constructor(operations: AwsJsonOperation[]) {
    this.#byTarget = new Map(operations.map((o) => [o.target, o]));
    this.errorNamespace = findErrorNamespace(operations);
    this.mediaType = findAwsJsonMediaType(operations);
  }

  /** Loads an OpenAPI document (file path, URL or parsed object) with Prism's loader. */
  static async load(spec: string | object): Promise<OperationTable> {
    // Prism's loader resolves $refs relative to the document; give it an absolute path.
    const source = typeof spec === "string" && !/^https?:\/\//.test(spec) ? resolve(spec) : spec;
    const operations = await getHttpOperationsFromSpec(source as Parameters<typeof getHttpOperationsFromSpec>[0]);
    return OperationTable.fromOperations(operations);
  }

  static fromOperations(operations: IHttpOperation[]): OperationTable {
    const entries: AwsJsonOperation[] = [];
    const seen = new Map<string, string>();
    for (const operation of operations) {
      const name = operation.iid ?? operation.id;
      if (operation.method.toLowerCase() !== "post") {
        throw new ContractShapeError(
          `operation ${name} is ${operation.method.toUpperCase()} ${operation.path}; awsJson operations are POST`,
        );
      }
      const target = targetOf(operation);
      if (target === undefined) {
        throw new ContractShapeError(
          `operation ${name} (${operation.path}) has no ${TARGET_EXTENSION} extension, so no X-Amz-Target routes to it`,
        );
      }
      const clash = seen.get(target);
      if (clash !== undefined) {
        throw new ContractShapeError(`operations ${clash} and ${name} both claim X-Amz-Target ${target}`);
      }
      seen.set(target, name);
      entries.push({ target, name, operation, responseMediaTypes: responseMediaTypesOf(operation) });
    }
    if (entries.length === 0) throw new ContractShapeError("the OpenAPI document has no operations");
    return new OperationTable(entries);
  }

  byTarget(target: string): AwsJsonOperation | undefined {
    return this.#byTarget.get(target);
  }

  targets(): string[] {
    return [...this.#byTarget.keys()];
  }
}

const AWS_JSON_MEDIA_TYPE = /^application\/x-amz-json-\d+\.\d+$/;

function findAwsJsonMediaType(operations: AwsJsonOperation[]): string {
  const declared = new Set(operations.flatMap((o) => o.responseMediaTypes).filter((t) => AWS_JSON_MEDIA_TYPE.test(t)));
  if (declared.size > 1) {
    throw new ContractShapeError(`the contract mixes awsJson media types (${[...declared].join(", ")}); one service speaks one protocol`);
  }
  return [...declared][0] ?? "application/x-amz-json-1.0";
}

function findErrorNamespace(operations: AwsJsonOperation[]): string | undefined {
  for (const { operation } of operations) {
    for (const response of operation.responses) {
      for (const content of response.contents ?? []) {
        for (const example of content.examples ?? []) {
          const value = "value" in example ? (example.value as { __type?: unknown } | undefined) : undefined;
          const type = value?.__type;
          if (typeof type === "string" && type.includes("#")) return type.slice(0, type.indexOf("#"));
        }
      }
    }
  }
  return undefined;
}
