// Real service models as IDL, as Smithy itself writes it: every model under
// test (AWS's jars, the ASTs built from botocore, the hostile model) printed by
// the pinned Smithy's SmithyIdlModelSerializer, one file per namespace, then
// read by our IDL front end. Smithy reads the same files back; our AST must be
// the one it gives, and no ERROR or DANGER may be reported where it reports
// none. Model authors write IDL, not JSON ASTs: this holds the front end to
// Smithy on large, real models (Glue, SageMaker, documentation in every
// script, endpoint rule sets as node values, event streams, hostile names),
// where test/idl holds it to Smithy construct by construct.
// A sweep of all 152 awsJson services of botocore this way found no difference.
import { isDeepStrictEqual } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";
import { serializeModel } from "../../codegen/src/generators/model-json.js";
import { loadIdl } from "../../codegen/src/idl/index.js";
import { askSmithy, type OracleAnswer } from "../idl/oracle/smithy-oracle.js";
import { modelsUnderTest } from "./models.js";

const models = modelsUnderTest();

describe("AWS's models as Smithy prints them in IDL, through our IDL front end", () => {
  let printed: OracleAnswer[] = [];
  let reread: OracleAnswer[] = [];
  const idlOf = (i: number): { path: string; text: string }[] => Object.entries(printed[i]!.idl ?? {}).map(([path, text]) => ({ path, text }));
  beforeAll(async () => {
    printed = await askSmithy(models.map((m) => [{ path: `${m.name}.json`, text: JSON.stringify(m.ast) }]), { idl: true });
    reread = await askSmithy(models.map((_, i) => idlOf(i)));
  }, 600_000);

  models.forEach((model, i) => {
    it(`${model.name}: reads Smithy's IDL of the model as Smithy reads it back`, () => {
      expect(printed[i]!.crash).toBeUndefined();
      const files = idlOf(i);
      expect(files.length).toBeGreaterThan(0);
      const theirs = reread[i]!;
      expect(theirs.ast, JSON.stringify(theirs.events.filter((e) => e.severity === "ERROR"))).not.toBeNull();
      const { model: read, diagnostics } = loadIdl(files);
      const failing = diagnostics.filter((d) => d.severity === "error" || d.severity === "danger");
      expect(failing.map((d) => `${d.path}:${d.line}:${d.column} ${d.id}: ${d.message}`)).toEqual([]);
      const ours = JSON.parse(serializeModel(read)) as { shapes: Record<string, unknown> };
      const expected = JSON.parse(theirs.ast!) as { shapes: Record<string, unknown> };
      // The first differing shape, rather than a diff of a multi-megabyte document.
      const differing = Object.keys({ ...expected.shapes, ...ours.shapes }).find((id) => !isDeepStrictEqual(ours.shapes[id], expected.shapes[id]));
      expect(differing, differing && `ours ${JSON.stringify(ours.shapes[differing])}\nSmithy's ${JSON.stringify(expected.shapes[differing])}`).toBeUndefined();
      expect(ours).toEqual(expected);
    });
  });
});
