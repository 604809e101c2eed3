// X-Amz-Target values that name no operation of a service. Shared by the
// generator (protocol.target.* cases) and the kit (the same targets sent with
// the user's run), and free of imports so the standalone kit bundles only this.

export const UNKNOWN_OPERATION_NAME = "ConformanceKitNoSuchOperation";

/**
 * X-Amz-Target values that name no operation of the service, each a way a
 * router goes wrong: a lookup that falls back to the only operation, a match on
 * the operation name alone (ignoring the service), a prefix match, case folding.
 * Target = `{service shape name}.{operation shape name}`, exactly.
 */
export function foreignTargets(service: string, operation: string): [slug: string, target: string, what: string][] {
  return [
    ["unknown-operation", `${service}.${UNKNOWN_OPERATION_NAME}`, "an operation the service does not have"],
    ["wrong-service", `ConformanceKitOtherService.${operation}`, "another service's operation of the same name"],
    ["operation-only", operation, "the operation name without the service"],
    ["extended-operation", `${service}.${operation}ConformanceKit`, "the operation's name with a suffix"],
    ["case-folded", `${service}.${operation}`.toLowerCase(), "the target in lower case; shape names are case-sensitive"],
    ["empty", "", "an empty value"],
  ].filter(([, target]) => target !== `${service}.${operation}`) as [string, string, string][];
}
