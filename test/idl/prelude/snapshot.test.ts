// The build-time snapshot of the parsed prelude and trait libraries
// (codegen/src/idl/prelude/snapshot.ts): current with the bundled IDL, equal
// to a fresh parse of it, and ignored when it does not match a source's text.

import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { fromSnapshot, parseSource, SNAPSHOT_PATH, snapshotEntries, snapshotText } from "../../../codegen/src/idl/prelude/snapshot.js";
import { BUNDLED_SOURCES } from "../../../codegen/src/idl/prelude/sources.js";
import { BUNDLED_SHAPES_PATH, bundledShapes, bundledShapesText } from "../../../codegen/src/idl/prelude/bundled-shapes.js";
import { bundledModel } from "../../../codegen/src/idl/prelude/index.js";

const PARSED_BUNDLE = snapshotEntries();

describe("parsed prelude snapshot", () => {
  it("is what `make generate` writes from the bundled IDL now (else run make generate)", () => {
    expect(readFileSync(SNAPSHOT_PATH, "utf8") === snapshotText(BUNDLED_SOURCES), `${SNAPSHOT_PATH} is stale: run make generate`).toBe(true);
  });

  it("has one entry per bundled source", () => {
    expect(Object.keys(PARSED_BUNDLE).sort()).toEqual(BUNDLED_SOURCES.map((s) => s.namespace).sort());
  });

  for (const source of BUNDLED_SOURCES) {
    it(`reads ${source.namespace} back exactly as the parser builds it`, () => {
      const read = fromSnapshot(source, PARSED_BUNDLE);
      expect(read, `no current snapshot of ${source.namespace}`).toBeDefined();
      expect(read).toStrictEqual(parseSource(source));
    });
  }

  it("is ignored for a source whose text changed since it was made", () => {
    const source = BUNDLED_SOURCES[0]!;
    expect(fromSnapshot({ ...source, text: `${source.text}\nstring Extra\n` }, PARSED_BUNDLE)).toBeUndefined();
    expect(fromSnapshot({ ...source, namespace: "not.bundled" }, PARSED_BUNDLE)).toBeUndefined();
  });
});

describe("bundled shapes snapshot (shapes.generated.json)", () => {
  it("is what `make generate` writes from the bundled IDL now (else run make generate)", () => {
    expect(readFileSync(BUNDLED_SHAPES_PATH, "utf8") === bundledShapesText(BUNDLED_SOURCES), `${BUNDLED_SHAPES_PATH} is stale: run make generate`).toBe(true);
  });

  it("reads back every bundled shape exactly as the assembler builds it", () => {
    const assembled = bundledModel().model.shapes;
    const read = bundledShapes();
    expect([...read.keys()]).toEqual([...assembled.keys()]);
    for (const [id, shape] of assembled) expect(read.get(id), id).toStrictEqual(JSON.parse(JSON.stringify(shape)));
  });
});
