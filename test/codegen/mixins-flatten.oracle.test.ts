// A model with mixins (structure, list, map, enum, intEnum, operation and
// service mixins, redeclared members, applies to inherited members) through
// every generator gives the same outputs as the model the real Smithy makes
// of it by flattening (ModelTransformer.flattenAndRemoveMixins): our
// generators read `smithy ast`'s unflattened output (mixins, and `apply`
// entries for what a shape inherits) exactly as Smithy means it.
import { beforeAll, describe, expect, it } from "vitest";
import { generators } from "../../codegen/src/generators/index.js";
import type { SmithyModel } from "../../codegen/src/model/ast.js";
import { ModelIndex } from "../../codegen/src/model/knowledge.js";
import { indexFromIdl, runGenerators } from "../../codegen/src/pipeline.js";
import { askSmithy, refuses, type OracleAnswer } from "../idl/oracle/smithy-oracle.js";

const MODEL = `$version: "2"
namespace ex.mixins

use aws.protocols#awsJson1_0

@mixin
service BaseService {
    version: "2024-01-01"
    operations: [Describe]
    errors: [ServiceFault]
}

@awsJson1_0
@aws.api#service(sdkId: "Mixins")
@aws.auth#sigv4(name: "mixins")
service Mixins with [BaseService] {
    operations: [Put]
}

@mixin
operation Common {
    errors: [Invalid]
}

operation Put with [Common] {
    input := with [Paged, Named] {
        @required
        tags: Tags
        list: Names
        level: Level
        @default
        note: String
    }
    output := {
        kind: Kind
    }
    errors: [Conflict]
}

@readonly
operation Describe with [Common] {
    input := {
        @length(min: 1)
        name: String
    }
}

@mixin
structure Paged {
    /// The page size.
    @range(min: 1, max: 100)
    pageSize: Integer = 10
    token: String
}

@mixin
structure Named {
    @length(min: 2)
    name: String
    token: String
}

apply PutInput$token @pattern("^[a-z]+$")

@mixin
list NameList {
    @length(max: 20)
    member: String
}

list Names with [NameList] {
    @length(min: 3)
    member: String
}

@mixin
map TagMap {
    @length(min: 1)
    key: String
    value: String
}

@length(max: 5)
map Tags with [TagMap] {
    @pattern("^v")
    $value
}

@mixin
enum BaseKind {
    A
    B = "bee"
}

enum Kind with [BaseKind] {
    C
}

@mixin
intEnum BaseLevel {
    LOW = 1
}

intEnum Level with [BaseLevel] {
    HIGH = 9
}

@error("client")
structure Invalid with [ErrorBody] {}

@error("client")
structure Conflict with [ErrorBody] {
    @required
    $message
}

@error("server")
structure ServiceFault with [ErrorBody] {}

@mixin
structure ErrorBody {
    message: String
}
`;

describe("a model with mixins through every generator, against Smithy's flattening", () => {
  let answer: OracleAnswer;
  beforeAll(async () => {
    [answer] = (await askSmithy([[{ path: "model/mixins.smithy", text: MODEL }]], { flatten: true })) as [OracleAnswer];
  }, 120_000);

  it("generates byte-identical outputs (model.json aside) from our reading and from Smithy's flattened model", async () => {
    expect(refuses(answer), JSON.stringify(answer.events)).toBe(false);
    const ours = indexFromIdl([{ path: "model/mixins.smithy", text: MODEL }]);
    const flat = new ModelIndex(JSON.parse(answer.ast!) as SmithyModel, ours.sourceFiles);
    expect(Object.values(flat.model.shapes).some((s) => s.mixins !== undefined)).toBe(false);
    const outputs = async (index: ModelIndex): Promise<Map<string, string>> =>
      new Map((await runGenerators(index, generators)).filter((f) => f.path !== "model.json").map((f) => [f.path, f.contents]));
    const [mine, theirs] = [await outputs(ours), await outputs(flat)];
    expect([...mine.keys()].sort()).toEqual([...theirs.keys()].sort());
    for (const [path, contents] of mine) expect(contents, path).toBe(theirs.get(path));
    // Not vacuous: what the mixins give reaches the outputs.
    const openapi = mine.get("openapi.json")!;
    expect(openapi).toContain('"ServiceFault"');
    expect(openapi).toContain('"pattern": "^v"');
    expect(openapi).toContain('"minLength": 3');
    expect(openapi).toContain('"maxProperties": 5');
  }, 120_000);
});
