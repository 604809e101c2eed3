// The bundled prelude and trait libraries as assembled shapes (JSON AST), kept
// in shapes.generated.json beside parsed.generated.json (written by `make
// generate`, checked by `make check`, copied beside the bundles by `make
// build`). The trait check of `generate --from-ast` (idl/ast-traits.ts) needs
// every trait's definition but nothing else of the front end: assembling the
// bundle from the parsed snapshot cost a cold Glue run ~40 ms (reading the
// 0.55 MB snapshot, parsing each entry's syntax again, assembling), reading
// this ~140 KB file (shapes and the source texts they came from) ~2 ms.
//
// Like the parsed snapshot, the file keeps the source texts it was made from:
// when they are not the bundled sources' any more (an edited prelude, not yet
// regenerated) it is ignored and the bundle is assembled as before, so a
// stale file is slower, never wrong.

import { readFileSync } from "node:fs";
import type { Shape } from "../../model/ast.js";
import type { BundledSource } from "./snapshot.js";
import { bundledModel } from "./index.js";
import { BUNDLED_SOURCES } from "./sources.js";

export const BUNDLED_SHAPES_PATH = "codegen/src/idl/prelude/shapes.generated.json";

interface BundledShapesFile {
  /** Namespace → the source text the shapes were assembled from. */
  sources: Record<string, string>;
  shapes: Record<string, Shape>;
}

/** The text of shapes.generated.json for these sources: one line per shape, so a diff names the ones that changed. */
export function bundledShapesText(sources: readonly BundledSource[]): string {
  const sourceLines = sources.map((source) => `    ${JSON.stringify(source.namespace)}: ${JSON.stringify(source.text)}`);
  const shapeLines = [...bundledModel().model.shapes].map(([id, shape]) => `    ${JSON.stringify(id)}: ${JSON.stringify(shape)}`);
  return `{\n  "sources": {\n${sourceLines.join(",\n")}\n  },\n  "shapes": {\n${shapeLines.join(",\n")}\n  }\n}\n`;
}

/** Every bundled shape by ID: from shapes.generated.json when it is current, else assembled now. */
export function bundledShapes(): ReadonlyMap<string, Shape> {
  if (loaded === undefined) {
    let file: BundledShapesFile | undefined;
    try {
      file = JSON.parse(readFileSync(new URL("./shapes.generated.json", import.meta.url), "utf8")) as BundledShapesFile;
    } catch {
      file = undefined;
    }
    const current = file !== undefined && BUNDLED_SOURCES.every((source) => file.sources[source.namespace] === source.text);
    loaded = current ? new Map(Object.entries(file!.shapes)) : bundledModel().model.shapes;
    if (process.env.CODEGEN_CODE_CACHE_DEBUG === "1") {
      process.stderr.write(`bundled shapes: ${current ? "read" : "assembled"} (shapes.generated.json)\n`);
    }
  }
  return loaded;
}

let loaded: ReadonlyMap<string, Shape> | undefined;
