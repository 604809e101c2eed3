// `node build/prelude-snapshot.mjs write|check`: writes the snapshots of the
// bundled prelude and trait libraries (make generate), or fails when a
// committed one is not what would be written (make check): their parsed
// syntax (snapshot.ts) and their assembled shapes (bundled-shapes.ts).

import { readFileSync, writeFileSync } from "node:fs";
import { BUNDLED_SHAPES_PATH, bundledShapesText } from "./bundled-shapes.js";
import { BUNDLED_SOURCES } from "./sources.js";
import { SNAPSHOT_PATH, snapshotText } from "./snapshot.js";

function main(command: string | undefined): number {
  if (command !== "write" && command !== "check") {
    process.stderr.write("usage: prelude-snapshot write|check\n");
    return 2;
  }
  let status = 0;
  for (const [path, wanted] of [
    [SNAPSHOT_PATH, snapshotText(BUNDLED_SOURCES)],
    [BUNDLED_SHAPES_PATH, bundledShapesText(BUNDLED_SOURCES)],
  ] as const) {
    let current: string | undefined;
    try {
      current = readFileSync(path, "utf8");
    } catch {
      current = undefined;
    }
    if (current === wanted) continue;
    if (command === "write") {
      writeFileSync(path, wanted);
      process.stdout.write(`wrote   ${path}\n`);
      continue;
    }
    process.stderr.write(`${path} is stale (the bundled IDL changed); run \`make generate\` and commit the result\n`);
    status = 1;
  }
  return status;
}

process.exitCode = main(process.argv[2]);
