// smithy.framework#ValidationException (smithy-validation-model, pinned in
// jvm/smithy/pom.xml and bundled in codegen/src/idl/prelude/smithy-framework.ts):
// a server model that names it reads to the AST the real Smithy prints (the
// framework's shapes included, documentation and all), and every generator
// works from it, the error being the model's own rather than the framework
// stand-in the server would otherwise answer with.
import { beforeAll, describe, expect, it } from "vitest";
import { generators } from "../../../codegen/src/generators/index.js";
import { frameworkErrorsOf } from "../../../codegen/src/model/framework-errors.js";
import { indexFromIdl, runGenerators } from "../../../codegen/src/pipeline.js";
import { compareWithSmithy } from "./compare.js";
import { askSmithy, type OracleAnswer } from "./smithy-oracle.js";

const SERVICE = `$version: "2"
namespace ex

use aws.protocols#awsJson1_0
use smithy.framework#ValidationException

@awsJson1_0
service Svc {
    version: "2024-01-01"
    operations: [Put]
}

operation Put {
    input := {
        @required
        @length(min: 1, max: 8)
        name: String
    }
    errors: [ValidationException]
}
`;

/** name → [IDL text, does Smithy accept it?] */
const CASES: Record<string, [string, boolean]> = {
  "a service whose operation has the framework's ValidationException (with `use`)": [SERVICE, true],
  "the error by its absolute id, no `use`": [
    `$version: "2"\nnamespace ex\noperation Op {\n    errors: [smithy.framework#ValidationException]\n}\n`,
    true,
  ],
  "the field list as a member's target": [
    `$version: "2"\nnamespace ex\nstructure S {\n    fields: smithy.framework#ValidationExceptionFieldList\n}\n`,
    true,
  ],
  "a shape the framework does not define": [`$version: "2"\nnamespace ex\nstructure S {\n    e: smithy.framework#NoSuchException\n}\n`, false],
  "the framework's shapes cannot be redefined": [`$version: "2"\nnamespace smithy.framework\nstructure ValidationException {}\n`, false],
};

const entries = Object.entries(CASES);
let answers: OracleAnswer[] = [];
beforeAll(async () => {
  answers = await askSmithy(entries.map(([, [text]]) => [{ path: "model/case.smithy", text }]));
}, 300_000);

describe("smithy.framework against the real Smithy", () => {
  entries.forEach(([name, [text, accepts]], i) => {
    it(name, () => {
      const answer = answers[i]!;
      expect(answer.events.some((e) => e.severity === "ERROR"), `Smithy was expected to ${accepts ? "accept" : "refuse"} it`).toBe(!accepts);
      expect(compareWithSmithy([{ path: "model/case.smithy", text }], answer)).toBeUndefined();
    });
  });
});

describe("generators on a model with the framework's ValidationException", () => {
  const index = indexFromIdl([{ path: "model/case.smithy", text: SERVICE }]);

  it("the operation's error is the framework's shape, so the server sends no stand-in of that name", () => {
    expect(index.errorsOfService(index.service())).toContain("smithy.framework#ValidationException");
    expect(frameworkErrorsOf(index).map((e) => e.name)).not.toContain("ValidationException");
  });

  it("every generator writes its files, the error named in client, server and OpenAPI", async () => {
    const files = await runGenerators(index, generators);
    const text = (pattern: RegExp): string =>
      files
        .filter((f) => pattern.test(f.path))
        .map((f) => f.contents)
        .join("\n");
    expect(files.length).toBeGreaterThan(10);
    expect(text(/^client\//)).toMatch(/class ValidationException\b/);
    expect(text(/^server\//)).toMatch(/ValidationException/);
    expect(text(/^openapi\.json$/)).toMatch(/"ValidationException"/);
    expect(text(/^schemas\/ValidationException\.json$/)).toContain("fieldList");
    expect(text(/^model\.json$/)).toContain('"smithy.framework#ValidationExceptionFieldList"');
  });
});
