// Strings with Smithy 1.0's @enum trait (still valid in 2.0, common in older
// models and in ASTs converted from them) are typed by their values, as
// smithy-typescript types them: unnamed values as a union of string literals
// in code-unit order, named ones as a const object and its type, like an enum
// shape. test/aws-models/sdk-surface.oracle.test.ts holds the exported names
// to smithy-typescript's on models full of them.
import { describe, expect, it } from "vitest";
import { generators } from "../../codegen/src/generators/index.js";
import { loadIdl } from "../../codegen/src/idl/index.js";
import { ModelIndex } from "../../codegen/src/model/knowledge.js";
import { runGenerators } from "../../codegen/src/pipeline.js";

const MODEL = `$version: "2"
namespace example.legacy

use aws.api#service
use aws.auth#sigv4
use aws.protocols#awsJson1_1

@service(sdkId: "Legacy")
@sigv4(name: "legacy")
@awsJson1_1
service Legacy {
    version: "2024-01-01"
    operations: [Put]
}

operation Put {
    input := { Size: Size, Mode: Mode, Free: String }
}

@enum([{ value: "small" }, { value: "LARGE" }, { value: "medium" }])
string Size

@enum([{ value: "on", name: "ON", documentation: "Switched on." }, { value: "off", name: "OFF" }])
string Mode
`;

describe("strings with @enum in the client", () => {
  it("are declared by their values and type the members that target them", async () => {
    const { model, diagnostics } = loadIdl([{ path: "legacy.smithy", text: MODEL }]);
    expect(diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    const files = await runGenerators(new ModelIndex(model, ["legacy.smithy"]), generators.filter((g) => g.name === "client"));
    const text = (path: string): string => files.find((f) => f.path === `client/src/${path}`)!.contents;
    const enums = text("models/enums.ts");
    expect(enums).toContain('export type Size = "LARGE" | "medium" | "small";');
    expect(enums).toMatch(/export const Mode = \{\n(?:.*\n)*?\s+ON: "on",\n\s+OFF: "off",\n\} as const;/);
    expect(enums).toContain("Switched on.");
    expect(enums).toContain("export type Mode = (typeof Mode)[keyof typeof Mode];");
    const models = text("models/models_0.ts");
    expect(models).toMatch(/Size\?: Size \| undefined;/);
    expect(models).toMatch(/Mode\?: Mode \| undefined;/);
    expect(models).toMatch(/Free\?: string \| undefined;/);
  });
});
