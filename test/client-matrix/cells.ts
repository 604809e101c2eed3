// The consumer projects of the types matrix (issue 14: "types that work
// everywhere the AWS SDK's do"): what a user's package.json, tsconfig.json and
// first file look like for each module system × moduleResolution, with and
// without skipLibCheck, plus plain JavaScript. Each project typechecks and
// runs the README's first call, `client.send(new XCommand({...}))`, against a
// local server. The same cells are built for @aws-sdk/client-sfn, the
// reference the generated client must match.

export type Format = "esm" | "cjs";
export type Resolution = "node10" | "node16" | "nodenext" | "bundler";

/** A package the matrix is run for: what its README's first call looks like. */
export interface Subject {
  id: "ours" | "sdk";
  pkg: string;
  client: string;
  command: string;
  /** A valid input literal, and one with a wrong member type (must not typecheck). */
  input: string;
  wrongInput: string;
  /** An expression over `output` that uses a typed output member. */
  outputUse: string;
}

export const OURS: Subject = {
  id: "ours",
  pkg: "@mwaa-serverless/client",
  client: "MWAAServerlessClient",
  command: "StopWorkflowRunCommand",
  input: `{ WorkflowArn: "arn:aws:airflow-serverless:us-east-1:111122223333:workflow/nightly-etl-a1B2c3D4e5", RunId: "run-20261124-0001" }`,
  wrongInput: `{ WorkflowArn: 42, RunId: "r" }`,
  outputUse: "output.Status",
};

export const SDK: Subject = {
  id: "sdk",
  pkg: "@aws-sdk/client-sfn",
  client: "SFNClient",
  command: "StopExecutionCommand",
  input: `{ executionArn: "arn:aws:states:us-east-1:111122223333:execution:machine:run" }`,
  wrongInput: `{ executionArn: 42 }`,
  outputUse: "output.stopDate?.toISOString()",
};

export interface Cell {
  /** e.g. "ts cjs nodenext skipLibCheck=false" */
  name: string;
  subject: Subject;
  /** Directory name of the project inside the matrix workspace. */
  dir: string;
  files: Record<string, string>;
  /** undefined for plain JavaScript cells (run only). */
  tsc?: boolean;
  /** The file `node` runs after compiling. */
  entry: string;
}

const CREDENTIALS = `{ accessKeyId: "local", secretAccessKey: "local" }`;

/** The README's first call, with the import/require line the cell's module system uses. */
function program(s: Subject, importLine: string, typed: boolean): string {
  const status = typed ? `const used: unknown = ${s.outputUse};` : `const used = ${s.outputUse};`;
  return `${importLine}

const client = new ${s.client}({ region: "us-east-1", endpoint: process.env.ENDPOINT, credentials: ${CREDENTIALS} });
${typed ? `// The types are real, not \`any\`: a wrong member type is an error.\n// @ts-expect-error WorkflowArn/executionArn must be a string\nvoid new ${s.command}(${s.wrongInput});\n` : ""}
async function main()${typed ? ": Promise<void>" : ""} {
  const output = await client.send(new ${s.command}(${s.input}));
  ${status}
  console.log(JSON.stringify({ ok: true, status: output.$metadata.httpStatusCode, requestId: output.$metadata.requestId, used: String(used) }));
  client.destroy();
}

main().catch((error${typed ? ": unknown" : ""}) => {
  console.error(error);
  process.exit(1);
});
`;
}

interface TsSetup {
  module: string;
  moduleResolution: string;
  /** How the cell's source imports the package. */
  importStyle: "import" | "import-require";
}

/** TypeScript settings per module system and resolution, as users write them. */
function tsSetup(format: Format, resolution: Resolution): TsSetup {
  if (format === "esm") {
    const module = resolution === "node16" ? "node16" : resolution === "nodenext" ? "nodenext" : "esnext";
    return { module, moduleResolution: resolution, importStyle: "import" };
  }
  switch (resolution) {
    case "node10":
      return { module: "commonjs", moduleResolution: "node10", importStyle: "import" };
    case "node16":
      return { module: "node16", moduleResolution: "node16", importStyle: "import" };
    case "nodenext":
      return { module: "nodenext", moduleResolution: "nodenext", importStyle: "import" };
    case "bundler":
      // A CommonJS project under bundler resolution: `module: preserve` keeps
      // `import x = require()` as a require call, resolved with the package's
      // "require" condition (what a bundler does for a require()).
      return { module: "preserve", moduleResolution: "bundler", importStyle: "import-require" };
  }
}

export const RESOLUTIONS: readonly Resolution[] = ["node10", "node16", "nodenext", "bundler"];

export function cellsFor(subject: Subject): Cell[] {
  const cells: Cell[] = [];
  for (const format of ["esm", "cjs"] as const) {
    for (const resolution of RESOLUTIONS) {
      for (const skipLibCheck of [true, false]) {
        const setup = tsSetup(format, resolution);
        const importLine =
          setup.importStyle === "import"
            ? `import { ${subject.client}, ${subject.command} } from "${subject.pkg}";`
            : `import pkg = require("${subject.pkg}");\nconst { ${subject.client}, ${subject.command} } = pkg;`;
        const dir = `${subject.id}-ts-${format}-${resolution}-${skipLibCheck ? "skip" : "full"}`;
        const tsconfig = {
          compilerOptions: {
            target: "es2022",
            module: setup.module,
            moduleResolution: setup.moduleResolution,
            strict: true,
            skipLibCheck,
            esModuleInterop: true,
            types: ["node"],
            outDir: "out",
            rootDir: "src",
          },
          include: ["src"],
        };
        cells.push({
          name: `ts ${format} ${resolution} skipLibCheck=${skipLibCheck}`,
          subject,
          dir,
          files: {
            "package.json": JSON.stringify({ name: dir, version: "1.0.0", private: true, type: format === "esm" ? "module" : "commonjs" }),
            "tsconfig.json": JSON.stringify(tsconfig, null, 2),
            "src/index.ts": program(subject, importLine, true),
          },
          tsc: true,
          entry: "out/index.js",
        });
      }
    }
  }
  for (const format of ["esm", "cjs"] as const) {
    const dir = `${subject.id}-js-${format}`;
    const importLine =
      format === "esm"
        ? `import { ${subject.client}, ${subject.command} } from "${subject.pkg}";`
        : `const { ${subject.client}, ${subject.command} } = require("${subject.pkg}");`;
    cells.push({
      name: `js ${format}`,
      subject,
      dir,
      files: {
        "package.json": JSON.stringify({ name: dir, version: "1.0.0", private: true, type: format === "esm" ? "module" : "commonjs" }),
        "index.js": program(subject, importLine, false),
      },
      entry: "index.js",
    });
  }
  return cells;
}
