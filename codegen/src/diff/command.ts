// The diff command: option parsing, choice of base, output and exit code,
// with its I/O passed in so tests run it in-process against temporary git
// repositories. Exit codes: 0 = nothing breaking, or breaking and covered by
// the client version bump; 1 = an ERROR without a big enough bump; 2 = usage
// error, unknown revision or a model that does not load.

import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { changelogSection, upsertSection } from "./changelog.js";
import { type Format, formatReport, verdict } from "./format.js";
import { buildReport, ModelLoadError, type ParseModel } from "./report.js";
import { defaultBase, lastReleaseTag, RELEASE_TAG_GLOB, RevisionError } from "./revision.js";
import { RULES, type RuleId } from "./rules.js";
import { rulesTable } from "./rules-table.js";
import { smithyAgreementTables } from "./smithy-agreement.js";

export const USAGE = `usage: diff [options]

Compares the model at a git revision with the model in the working tree and
prints every difference with a severity (ERROR breaks callers, DANGER may,
NOTE does not), grouped per shape.

options:
  --base REV          revision to compare with (default: the last ${RELEASE_TAG_GLOB} release tag, else HEAD~1)
  --since-release     compare with the last release tag; when there is none, say so and exit 0
  --format FORMAT     text (default), json, markdown (pull requests), changelog (a CHANGELOG.md section)
  --changelog FILE    write the report as a section of FILE (replacing that version's section)
  --model DIR         model directory (default: model)
  --rules             print the classification rules as a markdown table
  --smithy-agreement  print how the rules map to smithy diff's events, and where they deliberately differ
  -h, --help          this text

exit status: 0 no breaking change, or one covered by the client version bump (a new major;
before 1.0, a new minor, in generated/client/package.json); 1 an ERROR without that bump;
2 usage error, unknown revision, or a model that does not load.
`;

export class UsageError extends Error {
  override name = "UsageError";
}

const FORMATS = ["text", "json", "markdown", "changelog"] as const;

export interface CliIo {
  root: string;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Model parser; the IDL front end by default (tests may swap it). */
  parse?: ParseModel;
}

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  try {
    return await run(argv, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`diff: ${error.message}\n\n${USAGE}`);
      return 2;
    }
    if (error instanceof RevisionError || error instanceof ModelLoadError) {
      io.stderr(`diff: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}

async function run(argv: string[], io: CliIo): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        base: { type: "string" },
        "since-release": { type: "boolean", default: false },
        format: { type: "string", default: "text" },
        changelog: { type: "string" },
        model: { type: "string", default: "model" },
        rules: { type: "boolean", default: false },
        "smithy-agreement": { type: "boolean", default: false },
        help: { type: "boolean", short: "h", default: false },
      },
    }));
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  if (values.help) {
    io.stdout(USAGE);
    return 0;
  }
  if (values.rules) {
    io.stdout(rulesTable());
    return 0;
  }
  if (values["smithy-agreement"]) {
    io.stdout(smithyAgreementTables(Object.keys(RULES) as RuleId[]));
    return 0;
  }
  const format = values.format as (typeof FORMATS)[number];
  if (!FORMATS.includes(format)) throw new UsageError(`unknown format '${values.format}' (one of ${FORMATS.join(", ")})`);
  if (values.base !== undefined && values["since-release"]) throw new UsageError("--base and --since-release exclude each other");
  if (values.base === "") throw new UsageError("--base needs a git revision");

  let base: { ref: string; reason?: string };
  if (values.base !== undefined) {
    base = { ref: values.base };
  } else if (values["since-release"]) {
    const tag = lastReleaseTag(io.root);
    if (!tag) {
      io.stdout(`diff: no release tag (${RELEASE_TAG_GLOB}) yet: nothing to compare with\n`);
      return 0;
    }
    base = { ref: tag, reason: "last release tag" };
  } else {
    base = defaultBase(io.root);
  }

  const report = await buildReport({
    root: io.root,
    base: base.ref,
    ...(base.reason ? { baseReason: base.reason } : {}),
    modelDir: values.model,
    ...(io.parse ? { parse: io.parse } : {}),
  });

  if (values.changelog !== undefined) {
    const path = join(io.root, values.changelog);
    const current = await readFile(path, "utf8").catch(() => undefined);
    await writeFile(path, upsertSection(current, changelogSection(report), report.head.clientName));
    io.stdout(`diff: wrote the ${report.version.head === report.version.base ? "Unreleased" : report.version.head} section of ${values.changelog}\n`);
    // The changelog is written either way; the verdict still says whether the version fits.
    for (const l of verdict(report)) io.stderr(`${l}\n`);
    return 0;
  }
  io.stdout(format === "changelog" ? changelogSection(report) : formatReport(report, format as Format));
  return report.exitCode;
}
