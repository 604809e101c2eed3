// Cases the model states itself: its @examples replayed (valid inputs must be
// accepted; an example of a constraint error must produce that error) and its
// server-side httpRequestTests sent as written. Response tests describe what a
// client must parse and cannot be provoked from outside; the kit's own tests
// feed them to its response checker instead.

import type { ModelIndex } from "../../model/knowledge.js";
import { exampleToWire } from "../../model/wire-values.js";
import type { ConformanceCase } from "./case-format.js";
import { type OperationContext, acceptedExpectation, jsonRequest, makeCase, rejectedExpectation } from "./operation-context.js";

export function exampleCases(index: ModelIndex, context: OperationContext): ConformanceCase[] {
  // Smithy allows two examples with one title (AWS models have them): the
  // second case id gets "-2", the third "-3" …
  const taken = new Set<string>();
  const input = index.inputOf(context.operationId);
  return index.examplesOf(context.operationId).map((example) => {
    const base = `example.${context.operation}.${slug(example.title)}`;
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
    taken.add(id);
    const errorName = example.error ? index.nameOf(example.error.shapeId) : undefined;
    const constraintError = example.allowConstraintErrors === true && errorName !== undefined;
    const description = constraintError
      ? `Example "${example.title}": an input the model documents as invalid -> ${errorName}`
      : `Example "${example.title}": the documented input is valid -> accepted`;
    return makeCase(context, {
      id,
      description,
      source: "example",
      // In wire form: AWS examples often give timestamps as ISO strings.
      request: jsonRequest(context, input ? exampleToWire(index, input, example.input ?? {}) : (example.input ?? {})),
      expect: constraintError ? rejectedExpectation([errorName]) : acceptedExpectation(context),
    });
  });
}

export function requestTestCases(index: ModelIndex, context: OperationContext): ConformanceCase[] {
  return index
    .requestTestsOf(context.operationId, context.service.protocol)
    .filter((test) => test.appliesTo !== "client")
    .map((test) =>
      makeCase(context, {
        id: `protocol-test.${test.id}`,
        description: `Protocol test ${test.id}: ${firstSentence(test.documentation) ?? "the request is accepted"}`,
        source: "protocol-test",
        request: {
          method: test.method ?? "POST",
          path: test.uri ?? "/",
          headers: { ...(test.headers ?? {}) },
          body: test.body ?? "",
        },
        expect: acceptedExpectation(context),
      }),
    );
}

function slug(title: string): string {
  return title.replace(/[^A-Za-z0-9]+/g, "-").replace(/^-|-$/g, "");
}

function firstSentence(text: string | undefined): string | undefined {
  if (!text) return undefined;
  const line = text.split(/\.\s/)[0]!.trim();
  return line.endsWith(".") ? line.slice(0, -1) : line;
}
