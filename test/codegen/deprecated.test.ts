// Smithy's @deprecated reaches every output that can say it: OpenAPI marks
// the operation (Operation Object `deprecated`) and the schemas
// (`deprecated: true`); the client's commands, models, members and enums
// carry a JSDoc `@deprecated` tag with the trait's message and `since`, as
// smithy-typescript's do; the server stub's models too.

import { describe, expect, it } from "vitest";
import { generators } from "../../codegen/src/generators/index.js";
import { indexFromIdl, runGenerators } from "../../codegen/src/pipeline.js";

const MODEL = `$version: "2"
namespace example.old

use aws.protocols#awsJson1_0

@awsJson1_0
service Legacy {
    version: "2024-01-01"
    operations: [Fetch, Keep]
}

@deprecated(message: "Use Keep instead.", since: "2024-06-01")
operation Fetch {
    input := {
        @required
        id: String

        @deprecated(message: """
            Ignored:
            the id says it all.""")
        hint: String

        legacy: OldThing

        mode: OldMode
    }
    output := {}
}

operation Keep {
    input := {
        id: String
    }
    output := {}
}

@deprecated
structure OldThing {
    name: String
}

@deprecated(since: "1.5")
enum OldMode {
    FAST
    SLOW
}
`;

async function outputs(): Promise<Map<string, string>> {
  const index = indexFromIdl([{ path: "model/legacy.smithy", text: MODEL }]);
  return new Map((await runGenerators(index, generators)).map((f) => [f.path, f.contents]));
}

/** The JSDoc comment right before `declaration` in `text` (the last one that starts before it). */
function commentBefore(text: string, declaration: string): string {
  const at = text.indexOf(declaration);
  expect(at, `${declaration} is declared`).toBeGreaterThan(-1);
  const start = text.lastIndexOf("/**", at);
  const end = text.indexOf("*/", start);
  expect(end, `a comment ends before ${declaration}`).toBeLessThan(at);
  expect(text.slice(end + 2, at).trim(), `nothing but the declaration follows the comment of ${declaration}`).toMatch(/^(export)?$/);
  return text.slice(start, end + 2);
}

describe("@deprecated through every output", () => {
  it("OpenAPI marks the deprecated operation only, and the deprecated schemas", async () => {
    const out = await outputs();
    const openapi = JSON.parse(out.get("openapi.json")!) as {
      paths: Record<string, { post: { operationId: string; deprecated?: boolean } }>;
      components: { schemas: Record<string, { deprecated?: boolean; properties?: Record<string, { deprecated?: boolean }> }> };
    };
    const deprecated = Object.fromEntries(Object.values(openapi.paths).map((p) => [p.post.operationId, p.post.deprecated]));
    expect(deprecated).toEqual({ Fetch: true, Keep: undefined });
    expect(openapi.components.schemas.OldThing?.deprecated).toBe(true);
    expect(openapi.components.schemas.FetchInput?.properties?.hint?.deprecated).toBe(true);
    expect(out.get("openapi.yaml")).toMatch(/operationId: Fetch\n(?:.*\n)*?\s+deprecated: true/);
  });

  it("the client's command, structure, member and enum carry @deprecated with the trait's message and since", async () => {
    const out = await outputs();
    const command = commentBefore(out.get("client/src/commands/FetchCommand.ts")!, "class FetchCommand ");
    expect(command).toContain("@deprecated Use Keep instead. (since 2024-06-01)");
    expect(commentBefore(out.get("client/src/commands/KeepCommand.ts")!, "class KeepCommand ")).not.toContain("@deprecated");

    const models = out.get("client/src/models/models_0.ts")!;
    expect(commentBefore(models, "interface OldThing ")).toMatch(/@deprecated\s*\n/);
    // A member's own message, on one line; a member whose target is deprecated says so too.
    expect(models).toContain("@deprecated Ignored: the id says it all.");
    expect(models).toMatch(/@deprecated\s*\n\s*\*\/\s*\n\s*legacy\?:/);
    expect(models).toMatch(/@deprecated \(since 1\.5\)\s*\n\s*\*\/\s*\n\s*mode\?:/);
    expect(commentBefore(models, "interface KeepInput ")).not.toContain("@deprecated");
    expect(commentBefore(out.get("client/src/models/enums.ts")!, "const OldMode ")).toContain("@deprecated (since 1.5)");
  });

  it("the server stub's models say it too", async () => {
    const out = await outputs();
    const server = out.get("server/src/models.ts")!;
    expect(server).toContain("@deprecated Ignored: the id says it all.");
    expect(commentBefore(server, "interface OldThing ")).toContain("@deprecated");
  });
});
