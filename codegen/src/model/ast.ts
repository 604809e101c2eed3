// Types of the Smithy JSON AST (https://smithy.io/2.0/spec/json-ast.html):
// the document `smithy ast` prints and the single input of every generator.

/** Any JSON value a trait or metadata entry can hold. */
export type NodeValue =
  | null
  | boolean
  | number
  | string
  | NodeValue[]
  | { [key: string]: NodeValue };

export type NodeObject = { [key: string]: NodeValue };

/** Traits keyed by absolute trait shape ID, e.g. `smithy.api#required`. */
export type Traits = Record<string, NodeValue>;

export interface ShapeReference {
  target: string;
}

export interface MemberShape {
  target: string;
  traits?: Traits;
}

export type SimpleShapeType =
  | "blob"
  | "boolean"
  | "string"
  | "byte"
  | "short"
  | "integer"
  | "long"
  | "float"
  | "double"
  | "bigInteger"
  | "bigDecimal"
  | "timestamp"
  | "document";

export type ShapeType =
  | SimpleShapeType
  | "enum"
  | "intEnum"
  | "list"
  | "set"
  | "map"
  | "structure"
  | "union"
  | "service"
  | "operation"
  | "resource"
  | "apply";

interface ShapeBase {
  traits?: Traits;
  mixins?: ShapeReference[];
}

export interface SimpleShape extends ShapeBase {
  type: SimpleShapeType;
}

export interface EnumShape extends ShapeBase {
  type: "enum" | "intEnum";
  members: Record<string, MemberShape>;
}

export interface ListShape extends ShapeBase {
  type: "list" | "set";
  member: MemberShape;
}

export interface MapShape extends ShapeBase {
  type: "map";
  key: MemberShape;
  value: MemberShape;
}

export interface StructureShape extends ShapeBase {
  type: "structure" | "union";
  members: Record<string, MemberShape>;
}

export interface OperationShape extends ShapeBase {
  type: "operation";
  input?: ShapeReference;
  output?: ShapeReference;
  errors?: ShapeReference[];
}

export interface ServiceShape extends ShapeBase {
  type: "service";
  version?: string;
  operations?: ShapeReference[];
  resources?: ShapeReference[];
  errors?: ShapeReference[];
  rename?: Record<string, string>;
}

export interface ResourceShape extends ShapeBase {
  type: "resource";
  identifiers?: Record<string, ShapeReference>;
  properties?: Record<string, ShapeReference>;
  create?: ShapeReference;
  put?: ShapeReference;
  read?: ShapeReference;
  update?: ShapeReference;
  delete?: ShapeReference;
  list?: ShapeReference;
  operations?: ShapeReference[];
  collectionOperations?: ShapeReference[];
  resources?: ShapeReference[];
}

/** Traits applied to a shape defined elsewhere (JSON AST "apply" entries). */
export interface ApplyShape extends ShapeBase {
  type: "apply";
  traits: Traits;
}

export type Shape =
  | SimpleShape
  | EnumShape
  | ListShape
  | MapShape
  | StructureShape
  | OperationShape
  | ServiceShape
  | ResourceShape
  | ApplyShape;

export interface SmithyModel {
  smithy: string;
  metadata?: NodeObject;
  shapes: Record<string, Shape>;
}
