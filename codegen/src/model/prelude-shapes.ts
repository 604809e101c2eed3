// The prelude's simple shapes (https://smithy.io/2.0/spec/model.html#prelude),
// so a member targeting `smithy.api#String` resolves like any other shape.
// Primitive* shapes carry the zero-value @default the prelude gives them.

import type { SimpleShape, SimpleShapeType } from "./ast.js";

const simple = (type: SimpleShapeType, defaultValue?: boolean | number): SimpleShape =>
  defaultValue === undefined ? { type } : { type, traits: { "smithy.api#default": defaultValue } };

export const PRELUDE_SIMPLE_SHAPES: Record<string, SimpleShape> = {
  "smithy.api#Blob": simple("blob"),
  "smithy.api#Boolean": simple("boolean"),
  "smithy.api#String": simple("string"),
  "smithy.api#Byte": simple("byte"),
  "smithy.api#Short": simple("short"),
  "smithy.api#Integer": simple("integer"),
  "smithy.api#Long": simple("long"),
  "smithy.api#Float": simple("float"),
  "smithy.api#Double": simple("double"),
  "smithy.api#BigInteger": simple("bigInteger"),
  "smithy.api#BigDecimal": simple("bigDecimal"),
  "smithy.api#Timestamp": simple("timestamp"),
  "smithy.api#Document": simple("document"),
  "smithy.api#PrimitiveBoolean": simple("boolean", false),
  "smithy.api#PrimitiveByte": simple("byte", 0),
  "smithy.api#PrimitiveShort": simple("short", 0),
  "smithy.api#PrimitiveInteger": simple("integer", 0),
  "smithy.api#PrimitiveLong": simple("long", 0),
  "smithy.api#PrimitiveFloat": simple("float", 0),
  "smithy.api#PrimitiveDouble": simple("double", 0),
};
