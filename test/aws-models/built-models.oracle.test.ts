// The models these tests build themselves (the hostile model written for them,
// and the ASTs made from botocore's descriptions) are models the real Smithy
// takes: every other test of test/aws-models judges our generators on them,
// so a model Smithy would refuse proves nothing. The pinned Smithy is the
// judge (one JVM for all of them); AWS's own jars are Smithy's output already.
// Two faults of our own builders were found this way: an @examples entry of
// the hostile model without a required member (Smithy checks required
// members whatever their default), and its structure `String` beside the
// prelude's smithy.api#String in one service closure.
import { beforeAll, describe, expect, it } from "vitest";
import { askSmithy, type OracleAnswer } from "../idl/oracle/smithy-oracle.js";
import { modelsUnderTest } from "./models.js";

const built = modelsUnderTest().filter((m) => m.synthetic || m.botocore !== undefined);

describe("the models the tests build, judged by the real Smithy", () => {
  let answers: OracleAnswer[] = [];
  beforeAll(async () => {
    answers = await askSmithy(built.map((m) => [{ path: `${m.name}.json`, text: JSON.stringify(m.ast) }]));
  }, 600_000);

  built.forEach((model, i) => {
    it(`${model.name}: no ERROR or DANGER`, () => {
      const answer = answers[i]!;
      expect(answer.crash).toBeUndefined();
      const failing = answer.events.filter((e) => e.severity === "ERROR" || e.severity === "DANGER");
      expect(failing.map((e) => `${e.severity} ${e.id} ${e.shapeId}: ${e.message}`)).toEqual([]);
      expect(answer.ast).not.toBeNull();
    });
  });
});
