// `node build/prelude-snapshot.mjs write|check`: writes the parsed snapshot of
// the bundled prelude and trait libraries (make generate), or fails when the
// committed one is not what would be written (make check). See snapshot.ts.

import { readFileSync, writeFileSync } from "node:fs";
import { BUNDLED_SOURCES } from "./sources.js";
import { SNAPSHOT_PATH, snapshotText } from "./snapshot.js";

function main(command: string | undefined): number {
  if (command !== "write" && command !== "check") {
    process.stderr.write("usage: prelude-snapshot write|check\n");
    return 2;
  }
  const wanted = snapshotText(BUNDLED_SOURCES);
  let current: string | undefined;
  try {
    current = readFileSync(SNAPSHOT_PATH, "utf8");
  } catch {
    current = undefined;
  }
  if (current === wanted) return 0;
  if (command === "write") {
    writeFileSync(SNAPSHOT_PATH, wanted);
    process.stdout.write(`wrote   ${SNAPSHOT_PATH}\n`);
    return 0;
  }
  process.stderr.write(`${SNAPSHOT_PATH} is stale (the bundled IDL changed); run \`make generate\` and commit the result\n`);
  return 1;
}

process.exitCode = main(process.argv[2]);
