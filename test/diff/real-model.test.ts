// The real model (its JSON AST, test/fixtures/mwaa-serverless.ast.json)
// against itself and against the two edits the issue names.

import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { SmithyModel, StructureShape } from "../../codegen/src/model/ast.js";
import { ModelIndex } from "../../codegen/src/model/knowledge.js";
import { diffModels } from "../../codegen/src/diff/compare.js";
import { line } from "../../codegen/src/diff/format.js";

const ast = JSON.parse(readFileSync("test/fixtures/mwaa-serverless.ast.json", "utf8")) as SmithyModel;
const ns = "com.amazonaws.mwaaserverless#";

function diffTo(edit: (model: SmithyModel) => void) {
  const head = structuredClone(ast);
  edit(head);
  return diffModels(new ModelIndex(ast), new ModelIndex(head));
}

describe("the StopWorkflowRun model", () => {
  it("has no differences with itself", () => {
    expect(diffModels(new ModelIndex(ast), new ModelIndex(structuredClone(ast)))).toEqual([]);
  });

  it("reports a new optional output member as a NOTE and nothing else", () => {
    const differences = diffTo((m) => {
      (m.shapes[`${ns}StopWorkflowRunResponse`] as StructureShape).members.StoppedAt = {
        target: "smithy.api#Timestamp",
        traits: { "smithy.api#documentation": "When the run stopped." },
      };
    });
    expect(differences.map(line)).toEqual([
      "NOTE   StopWorkflowRunResponse$StoppedAt: optional member StoppedAt (Timestamp) added (clients ignore JSON keys they do not know, so existing readers are unaffected)",
    ]);
  });

  it("reports RunId's max length lowered as an ERROR on the request and a NOTE on the response", () => {
    const differences = diffTo((m) => {
      m.shapes[`${ns}IdString`]!.traits!["smithy.api#length"] = { min: 1, max: 128 };
    });
    expect(differences.map(line)).toEqual([
      "ERROR  StopWorkflowRunRequest$RunId: @length max lowered from 255 to 128 (callers sending 129–255 characters now fail)",
      "NOTE   StopWorkflowRunResponse$RunId: @length max lowered from 255 to 128 (responses no longer carry 129–255 characters)",
    ]);
  });

  it("reports a tightened ARN pattern on the request and a possibly widened one on the response", () => {
    const differences = diffTo((m) => {
      m.shapes[`${ns}WorkflowArn`]!.traits!["smithy.api#pattern"] = "^arn:aws:airflow-serverless:.+$";
    });
    expect(differences.map((d) => [d.severity, d.subject])).toEqual([
      ["ERROR", "StopWorkflowRunRequest$WorkflowArn"],
      ["DANGER", "StopWorkflowRunResponse$WorkflowArn"],
    ]);
  });

  it("reports a new error as DANGER, naming it", () => {
    const differences = diffTo((m) => {
      m.shapes[`${ns}ConflictException`] = { type: "structure", members: {}, traits: { "smithy.api#error": "client" } };
      const op = m.shapes[`${ns}StopWorkflowRun`] as { errors: { target: string }[] };
      op.errors.push({ target: `${ns}ConflictException` });
    });
    expect(differences.map((d) => [d.severity, d.rule, d.change])).toEqual([
      ["DANGER", "operation-error-added", "error ConflictException added"],
      ["NOTE", "shape-added", "structure ConflictException added"],
    ]);
  });
});
