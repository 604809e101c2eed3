// Our Smithy model agrees with AWS's own model of the service (botocore ships
// it: botocore/data/mwaa-serverless/2024-07-26/service-2.json.gz) for
// StopWorkflowRun on every shape of its closure, member, required-ness,
// constraint, enum value and error, and on the service metadata.

import { beforeAll, describe, expect, it } from "vitest";
import type { ModelIndex } from "../../codegen/src/model/knowledge.js";
import { loadModelDir } from "../../codegen/src/pipeline.js";
import { type BotocoreModel, compareModelWithBotocore, compareWithBotocore, loadBotocoreModel, withoutAnchors } from "./botocore-comparison.js";

let index: ModelIndex;
let botocore: BotocoreModel;

beforeAll(async () => {
  // The model as the pipeline sees it: model/*.smithy through the IDL parser.
  index = await loadModelDir("model", process.cwd());
  botocore = loadBotocoreModel("mwaa-serverless");
});

describe("the model agrees with botocore's model of mwaa-serverless", () => {
  it("for every operation of the model and every shape of its closure", () => {
    const byOperation = compareModelWithBotocore(index, botocore);
    expect([...byOperation.keys()]).toContain("StopWorkflowRun");
    // One entry per difference, each naming the shape (or operation, or
    // service) and the fact: "shape IdString: max differs: ours 255, botocore
    // 256". An operation AWS does not have is reported as such.
    const differences = [...byOperation].flatMap(([operation, list]) => list.map((d) => `${operation}: ${d}`));
    expect(differences, "our model differs from AWS's (botocore) as listed; fix model/ or, if AWS changed, check the list").toEqual([]);
  });

  it("covers the shapes the issue names (the closure walk is not empty)", () => {
    const op = botocore.operations.StopWorkflowRun!;
    expect(op.errors?.map((e) => e.shape).sort()).toEqual([
      "AccessDeniedException",
      "InternalServerException",
      "OperationTimeoutException",
      "ResourceNotFoundException",
      "ThrottlingException",
      "ValidationException",
    ]);
    expect(botocore.metadata).toMatchObject({ protocol: "json", jsonVersion: "1.0", targetPrefix: "AmazonMWAAServerless" });
  });
});

describe("compareWithBotocore reports every difference in words", () => {
  const doctored = (change: (model: BotocoreModel) => void): string[] => {
    const copy = structuredClone(botocore);
    change(copy);
    return compareWithBotocore(index, copy, "StopWorkflowRun");
  };

  it("on constraints, patterns, enum values and members", () => {
    const differences = doctored((m) => {
      m.shapes.IdString!.max = 256;
      m.shapes.WorkflowArn!.pattern = m.shapes.WorkflowArn!.pattern!.replace("|iso-f", "");
      m.shapes.WorkflowRunStatus!.enum = m.shapes.WorkflowRunStatus!.enum!.filter((v) => v !== "TIMEOUT");
      m.shapes.StopWorkflowRunRequest!.required = ["RunId"];
      m.shapes.StopWorkflowRunResponse!.members!.StartedAt = { shape: "Timestamp" };
      m.shapes.Timestamp = { type: "timestamp" };
    });
    expect(differences).toEqual([
      "shape Timestamp: only in botocore's model",
      'shape IdString: max differs: ours 255, botocore 256',
      expect.stringMatching(/^shape StopWorkflowRunRequest: required members differs: ours \["RunId","WorkflowArn"\], botocore \["RunId"\]$/),
      expect.stringMatching(/^shape StopWorkflowRunResponse: members \(name → target\) differs: .*"StartedAt":"Timestamp"/),
      expect.stringMatching(/^shape WorkflowArn: pattern \(our \^…\$ anchors removed\) differs: ours ".*iso-f.*", botocore "/),
      expect.stringMatching(/^shape WorkflowRunStatus: enum values differs: ours \[.*"TIMEOUT"\], botocore \[/),
    ]);
  });

  it("on errors: the operation's list, fault and retryable", () => {
    const differences = doctored((m) => {
      m.operations.StopWorkflowRun!.errors!.push({ shape: "ConflictException" });
      m.shapes.ConflictException = { type: "structure", members: {}, exception: true };
      delete m.shapes.OperationTimeoutException!.fault;
      m.shapes.ThrottlingException!.retryable = { throttling: false };
      delete m.shapes.InternalServerException!.retryable;
    });
    expect(differences).toEqual([
      expect.stringMatching(/^operation StopWorkflowRun: errors differs: .*botocore \["AccessDeniedException","ConflictException"/),
      "shape ConflictException: only in botocore's model",
      'shape InternalServerException: retryable differs: ours {"throttling":false}, botocore (none)',
      'shape OperationTimeoutException: fault differs: ours "server", botocore "client"',
      'shape ThrottlingException: retryable differs: ours {"throttling":true}, botocore {"throttling":false}',
    ]);
  });

  it("on service metadata and the operation's traits", () => {
    const differences = doctored((m) => {
      m.metadata.jsonVersion = "1.1";
      m.metadata.targetPrefix = "MWAAServerless";
      m.metadata.signingName = "airflow";
      m.metadata.endpointPrefix = "mwaa";
      m.metadata.serviceId = "MWAA";
      m.metadata.apiVersion = "2025-01-01";
      delete m.operations.StopWorkflowRun!.idempotent;
    });
    expect(differences).toEqual([
      'service: protocol (botocore protocol json + jsonVersion) differs: ours "aws.protocols#awsJson1_0", botocore "aws.protocols#awsJson1_1"',
      'service: targetPrefix (our service shape name) differs: ours "AmazonMWAAServerless", botocore "MWAAServerless"',
      'service: signingName differs: ours "airflow-serverless", botocore "airflow"',
      'service: endpointPrefix differs: ours "airflow-serverless", botocore "mwaa"',
      'service: serviceId (our sdkId) differs: ours "MWAA Serverless", botocore "MWAA"',
      'service: apiVersion differs: ours "2024-07-26", botocore "2025-01-01"',
      "operation StopWorkflowRun: idempotent differs: ours true, botocore false",
    ]);
  });

  it("on a missing operation", () => {
    const differences = doctored((m) => {
      delete m.operations.StopWorkflowRun;
    });
    expect(differences).toEqual(["operation StopWorkflowRun: ours defines it, botocore (none)"]);
  });
});

describe("withoutAnchors", () => {
  it("removes one leading ^ and one trailing unescaped $ only", () => {
    expect(withoutAnchors("^[a-z]+$")).toBe("[a-z]+");
    expect(withoutAnchors("^.*$")).toBe(".*");
    expect(withoutAnchors("[a-z]+\\$")).toBe("[a-z]+\\$");
    expect(withoutAnchors("a^b")).toBe("a^b");
  });
});
