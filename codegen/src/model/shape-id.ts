// Shape IDs: `namespace#Name` or `namespace#Name$member`
// (https://smithy.io/2.0/spec/model.html#shape-id).

export const PRELUDE_NAMESPACE = "smithy.api";

export interface ParsedShapeId {
  namespace: string;
  name: string;
  member?: string;
}

export function parseShapeId(id: string): ParsedShapeId {
  const hash = id.indexOf("#");
  if (hash <= 0 || hash === id.length - 1) {
    throw new Error(`not an absolute shape ID: '${id}'`);
  }
  const namespace = id.slice(0, hash);
  const rest = id.slice(hash + 1);
  const dollar = rest.indexOf("$");
  if (dollar === -1) return { namespace, name: rest };
  return { namespace, name: rest.slice(0, dollar), member: rest.slice(dollar + 1) };
}

/** The name part of a shape ID: `com.example#Foo` → `Foo`. */
export function shapeName(id: string): string {
  return parseShapeId(id).name;
}

export function namespaceOf(id: string): string {
  return parseShapeId(id).namespace;
}

export function isPreludeShape(id: string): boolean {
  return id.startsWith(`${PRELUDE_NAMESPACE}#`);
}
