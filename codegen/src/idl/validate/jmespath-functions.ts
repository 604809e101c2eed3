// The JMESPath functions smithy-jmespath's linter knows (its TypeChecker's
// table): how many arguments each takes, what each argument must be, and
// the stand-in value each returns. A function not here is an ERROR, and so
// is a wrong number of arguments or an argument of a type known to be wrong.
// The table is Smithy's, quirks included: `ends_with` returns a number there.

import { ANY, element, runtimeTypeOf, type RuntimeType, type SampleValue } from "./jmespath-values.js";

/** Undefined when `argument` fits; else what is wrong with it. */
type ArgumentCheck = (argument: SampleValue) => string | undefined;

export interface FunctionSignature {
  returns: SampleValue;
  arguments: readonly ArgumentCheck[];
  /** What each argument after `arguments` must be; none: no more are allowed. */
  variadic?: ArgumentCheck;
}

const isType =
  (type: RuntimeType): ArgumentCheck =>
  (argument) => {
    const found = runtimeTypeOf(argument);
    return type === "any" || found === "any" || found === type ? undefined : `Expected argument to be ${type}, but found ${found}`;
  };

const listOfType =
  (type: RuntimeType): ArgumentCheck =>
  (argument) => {
    const found = runtimeTypeOf(argument);
    if (type === "any" || found === "any") return undefined;
    if (found !== "array") return `Expected argument to be an array, but found ${found}`;
    const items = argument as readonly SampleValue[];
    for (let i = 0; i < items.length; i++) {
      // An item of unknown type fails too: Smithy compares types only.
      const itemType = runtimeTypeOf(element(items[i]!));
      if (itemType !== type) return `Expected an array of ${type}, but found ${itemType} at index ${i}`;
    }
    return undefined;
  };

const oneOf =
  (...types: RuntimeType[]): ArgumentCheck =>
  (argument) => {
    const found = runtimeTypeOf(argument);
    if (found === "any" || types.includes(found)) return undefined;
    return `Expected one of [${types.join(", ")}], but found ${found}`;
  };

const any = isType("any");
const string = isType("string");
const number = isType("number");
const array = isType("array");
const object = isType("object");
const expression = isType("expression");

const NUMBER = 0;
const STRING = "";
const BOOLEAN = false;

const signature = (returns: SampleValue, ...args: ArgumentCheck[]): FunctionSignature => ({ returns, arguments: args });

// Each call returns a fresh [] or Map for the array and object stand-ins: a
// caller never sees another's.
const FUNCTIONS: Record<string, () => FunctionSignature> = {
  abs: () => signature(NUMBER, number),
  avg: () => signature(NUMBER, listOfType("number")),
  contains: () => signature(BOOLEAN, oneOf("array", "string"), any),
  ceil: () => signature(NUMBER, number),
  ends_with: () => signature(NUMBER, string, string),
  floor: () => signature(NUMBER, number),
  join: () => signature(STRING, string, listOfType("string")),
  keys: () => signature([], object),
  length: () => signature(NUMBER, oneOf("string", "array", "object")),
  map: () => signature([], expression, array),
  max: () => signature(NUMBER, array),
  max_by: () => signature(NUMBER, array, expression),
  merge: () => ({ returns: new Map(), arguments: [], variadic: object }),
  min: () => signature(NUMBER, array),
  min_by: () => signature(NUMBER, array, expression),
  not_null: () => ({ returns: ANY, arguments: [any], variadic: any }),
  reverse: () => signature([], oneOf("array", "string")),
  sort: () => signature([], array),
  sort_by: () => signature([], array, expression),
  starts_with: () => signature(BOOLEAN, string, string),
  sum: () => signature(NUMBER, listOfType("number")),
  to_array: () => signature([], any),
  to_string: () => signature(STRING, any),
  to_number: () => signature(NUMBER, any),
  type: () => signature(STRING, any),
  values: () => signature([], object),
};

export function functionSignature(name: string): FunctionSignature | undefined {
  return Object.hasOwn(FUNCTIONS, name) ? FUNCTIONS[name]!() : undefined;
}
