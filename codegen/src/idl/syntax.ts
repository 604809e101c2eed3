// The syntax tree of one IDL file, before shape IDs are resolved: what the
// parser produces and the assembler consumes. Every element keeps the
// location of its first token for diagnostics.

import type { Location } from "./diagnostics.js";

export type NodeSyntax =
  | { kind: "string"; value: string; at: Location }
  /** An unquoted string: a syntactic shape ID, resolved when the model is assembled. */
  | { kind: "shapeId"; text: string; at: Location; resolved?: string }
  | { kind: "number"; value: number; source: string; at: Location }
  | { kind: "boolean"; value: boolean; at: Location }
  | { kind: "null"; at: Location }
  | { kind: "array"; items: NodeSyntax[]; at: Location }
  | { kind: "object"; entries: ObjectEntrySyntax[]; at: Location };

export interface ObjectEntrySyntax {
  key: string;
  keyAt: Location;
  value: NodeSyntax;
}

export interface ShapeRefSyntax {
  /** As written: relative (`Foo`) or absolute (`ns#Foo`). */
  text: string;
  at: Location;
}

export interface TraitSyntax {
  name: ShapeRefSyntax;
  /** undefined: written without a value (`@required` or `@required()`). */
  value?: NodeSyntax;
  at: Location;
}

export interface MemberSyntax {
  name: string;
  at: Location;
  /** undefined for an elided target (`$name`). */
  target?: ShapeRefSyntax;
  traits: TraitSyntax[];
  /** `= value`: the default of a structure member or the value of an enum member. */
  value?: NodeSyntax;
}

export type ShapeKind =
  | "blob" | "boolean" | "document" | "string" | "byte" | "short" | "integer" | "long"
  | "float" | "double" | "bigInteger" | "bigDecimal" | "timestamp"
  | "enum" | "intEnum" | "list" | "set" | "map" | "structure" | "union"
  | "service" | "resource" | "operation";

export interface ShapeSyntax {
  type: ShapeKind;
  name: string;
  at: Location;
  /** The shape type keyword: where Smithy locates the shape in its validation events. */
  typeAt?: Location;
  traits: TraitSyntax[];
  mixins: ShapeRefSyntax[];
  /** `for Resource` on structures (target elision from resource identifiers). */
  forResource?: ShapeRefSyntax;
  members: MemberSyntax[];
  /** Properties of service/resource/operation bodies, by name. */
  properties: PropertySyntax[];
  /** The `{` of a service's or resource's body (where Smithy reports properties it does not know). */
  bodyAt?: Location;
  /** Set for inline input/output structures: the operation that defines them. */
  inlineOf?: { operation: string; role: "input" | "output" };
}

export interface PropertySyntax {
  name: string;
  at: Location;
  value: NodeSyntax;
}

export interface ApplySyntax {
  target: ShapeRefSyntax;
  traits: TraitSyntax[];
  at: Location;
}

export interface MetadataSyntax {
  key: string;
  at: Location;
  value: NodeSyntax;
}

export interface UseSyntax {
  id: string;
  at: Location;
}

export interface FileSyntax {
  path: string;
  version?: { value: string; at: Location };
  namespace?: { value: string; at: Location };
  uses: UseSyntax[];
  metadata: MetadataSyntax[];
  shapes: ShapeSyntax[];
  applies: ApplySyntax[];
}
