// Entry point of `make diff` / `make changelog` (bundled to build/diff.mjs).

import { runCli } from "./command.js";

runCli(process.argv.slice(2), {
  root: process.cwd(),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`diff: ${(error as Error).stack ?? String(error)}\n`);
    process.exitCode = 2;
  },
);
