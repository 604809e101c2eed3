// Endpoint parameters an operation adds to the client's commonParams, as
// smithy-typescript's CommandGenerator/RuleSetParameterFinder emit them for
// @smithy/core's endpoint middleware (resolveParams):
//   @smithy.rules#staticContextParams on the operation → { type: "staticContextParams", value }
//   @smithy.rules#contextParam on an input member      → { type: "contextParams", name: <member> }
//   @smithy.rules#operationContextParams (a JMESPath
//     path over the input)                              → { type: "operationContextParams", get: (input) => … }
// The path is compiled here into a JavaScript expression once, at generation;
// the middleware only calls it.

import type { NodeObject, NodeValue } from "../../model/ast.js";
import type { ModelIndex } from "../../model/knowledge.js";
import { parseContextParamPath, type Segment } from "../../model/context-param-path.js";
import { literal } from "../../writer/typescript-writer.js";

export const CONTEXT_PARAM_TRAIT = "smithy.rules#contextParam";
export const STATIC_CONTEXT_PARAMS_TRAIT = "smithy.rules#staticContextParams";
export const OPERATION_CONTEXT_PARAMS_TRAIT = "smithy.rules#operationContextParams";

/** One entry of an operation's EndpointParameterInstructions: parameter name and its instruction as TypeScript. */
export interface EndpointInstruction {
  name: string;
  code: string;
}

/**
 * The endpoint parameters an operation adds, in smithy-typescript's order:
 * static context params, then input members' context params, then operation
 * context params (a later kind wins should two name the same parameter).
 */
export function operationEndpointInstructions(index: ModelIndex, op: string): EndpointInstruction[] {
  const where = index.nameOf(op);
  const instructions = new Map<string, string>();
  const statics = objectTrait(index, op, STATIC_CONTEXT_PARAMS_TRAIT);
  for (const [name, definition] of Object.entries(statics)) {
    const value = (definition as NodeObject | null)?.value;
    if (!isStaticValue(value)) throw new Error(`${where}: staticContextParams ${name}: value must be a string, boolean or list of strings`);
    // @smithy/types types a static value as string | boolean, though a
    // stringArray parameter's is a list, which the middleware passes through.
    const typed = Array.isArray(value) ? `${literal(value)} as never /* a stringArray parameter's list */` : literal(value);
    instructions.set(name, `{ type: "staticContextParams", value: ${typed} }`);
  }
  const input = index.inputOf(op);
  for (const member of input ? index.membersOf(input) : []) {
    const trait = member.traits[CONTEXT_PARAM_TRAIT] as NodeObject | undefined;
    if (trait && typeof trait.name === "string") instructions.set(trait.name, `{ type: "contextParams", name: ${literal(member.name)} }`);
  }
  const fromPaths = objectTrait(index, op, OPERATION_CONTEXT_PARAMS_TRAIT);
  for (const [name, definition] of Object.entries(fromPaths)) {
    const path = (definition as NodeObject | null)?.path;
    if (typeof path !== "string") throw new Error(`${where}: operationContextParams ${name}: no path`);
    const get = compilePath(path, "input", `${where}: operationContextParams ${name}`);
    instructions.set(name, `{ type: "operationContextParams", get: (input?: any) => ${get} }`);
  }
  return [...instructions].map(([name, code]) => ({ name, code }));
}

/** Distinct instruction sets of the service's operations (set 0 is the empty one) and which set each operation uses. */
export interface EndpointInstructionSets {
  sets: EndpointInstruction[][];
  setOf: Map<string, number>;
}

/**
 * Operations' instructions, deduplicated as the AWS SDK's commandBuilder.ts
 * does (`_ep0`, `_ep1`, … shared by every command with the same instructions);
 * computed once per model and selected service (index.derived), asked by the
 * builder file and every command file.
 */
export function endpointInstructionSets(index: ModelIndex): EndpointInstructionSets {
  return index.derived(endpointInstructionSets, () => computeInstructionSets(index));
}

function computeInstructionSets(index: ModelIndex): EndpointInstructionSets {
  const sets: EndpointInstruction[][] = [[]];
  const byText = new Map<string, number>([["", 0]]);
  const setOf = new Map<string, number>();
  for (const op of index.operationsOf()) {
    const instructions = operationEndpointInstructions(index, op);
    const text = instructions.map((i) => `${i.name}:${i.code}`).join("\n");
    let n = byText.get(text);
    if (n === undefined) {
      n = sets.push(instructions) - 1;
      byText.set(text, n);
    }
    setOf.set(op, n);
  }
  return { sets, setOf };
}

function objectTrait(index: ModelIndex, id: string, traitId: string): NodeObject {
  const trait = index.traitOf<NodeObject>(id, traitId);
  return trait && typeof trait === "object" && !Array.isArray(trait) ? trait : {};
}

function isStaticValue(value: NodeValue | undefined): boolean {
  return typeof value === "string" || typeof value === "boolean" || (Array.isArray(value) && value.every((v) => typeof v === "string"));
}

// ---------------------------------------------------------------------------
// operationContextParams paths (parsed by model/context-param-path.ts),
// compiled to JavaScript. JMESPath drops null results from a projection, and
// a projection extends to the next flatten; `keys(…)` of a missing map is
// `[]` and `*` of a missing object is `[]`, as in the AWS SDK for
// JavaScript's generated code.

/** A path as a JavaScript expression over `base` (the command input). */
export function compilePath(path: string, base: string, where = "operationContextParams"): string {
  return compileSegments(parseContextParamPath(path, where), base);
}

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

function compileSegments(segments: Segment[], base: string): string {
  let value = base;
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i]!;
    switch (segment.kind) {
      case "current":
        break;
      case "field":
        value = IDENTIFIER.test(segment.name) ? `${value}?.${segment.name}` : `${value}?.[${literal(segment.name)}]`;
        break;
      case "keys":
        value = `Object.keys(${compileSegments(segment.arg, value)} ?? {})`;
        break;
      case "multi":
        value = `(${value} == null ? undefined : [${segment.items.map((item) => compileSegments(item, value)).join(", ")}])`;
        break;
      case "list":
      case "object":
      case "flatten": {
        // A projection applies what follows, up to the next flatten, to each element.
        let end = segments.findIndex((s, k) => k > i && s.kind === "flatten");
        if (end < 0) end = segments.length;
        const elements = segment.kind === "list" ? value : segment.kind === "object" ? `Object.values(${value} ?? {})` : `${value}?.flat()`;
        const each = compileSegments(segments.slice(i + 1, end), "obj");
        value = each === "obj" ? `${elements}?.filter((obj: any) => obj != null)` : `${elements}?.map((obj: any) => ${each}).filter((obj: any) => obj != null)`;
        i = end - 1;
        break;
      }
    }
  }
  return value;
}
