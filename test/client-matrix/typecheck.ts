// Typechecks and compiles the matrix's consumer projects with the TypeScript
// compiler API, in this process, one program per project.
//
// Why not one `tsc -p` per project: 32 programs each re-parse @types/node, the
// SDK's runtime and the package, and without skipLibCheck re-check all of them;
// on a loaded 2-core machine that was 15 s per project with skipLibCheck and
// 50 s without, far over the test budget. Here parsed declaration files are
// shared between programs (as TypeScript's language service shares them
// between projects), and "without skipLibCheck" checks what that setting
// would hide about the package under test: its own declaration files, every
// one in the program, besides the project's code. Resolution, options and the
// diagnostics are the compiler's own, as `tsc -p` reports them.

import { realpathSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";

const sourceFiles = new Map<string, ts.SourceFile>();

function cachingHost(options: ts.CompilerOptions): ts.CompilerHost {
  const host = ts.createCompilerHost(options);
  const original = host.getSourceFile.bind(host);
  host.getSourceFile = (fileName, languageVersionOrOptions, onError, shouldCreate) => {
    // Only declaration files under node_modules are shared: the projects' own
    // files are parsed afresh. The key holds what parsing depends on.
    if (!fileName.includes("/node_modules/") || !fileName.endsWith(".d.ts")) {
      return original(fileName, languageVersionOrOptions, onError, shouldCreate);
    }
    const settings = typeof languageVersionOrOptions === "object" ? languageVersionOrOptions : { languageVersion: languageVersionOrOptions };
    const key = `${fileName}|${settings.languageVersion}|${"impliedNodeFormat" in settings ? settings.impliedNodeFormat : ""}`;
    let file = sourceFiles.get(key);
    if (!file) {
      file = original(fileName, languageVersionOrOptions, onError, shouldCreate);
      if (file) sourceFiles.set(key, file);
    }
    return file;
  };
  return host;
}

export interface TypecheckResult {
  ok: boolean;
  /** Diagnostics as tsc prints them (file(line,col): error TSxxxx: message). */
  output: string;
  /** How many of the package's own declaration files were checked. */
  packageFilesChecked: number;
}

/**
 * Typechecks `projectDir` (its tsconfig.json) and, when clean, emits its
 * JavaScript. `packageDir` is the package under test: with skipLibCheck off,
 * each of its declaration files in the program is checked too.
 */
export function typecheckProject(projectDir: string, packageDir: string): TypecheckResult {
  const configPath = join(projectDir, "tsconfig.json");
  const parsed = ts.getParsedCommandLineOfConfigFile(configPath, {}, {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (d) => {
      throw new Error(ts.flattenDiagnosticMessageText(d.messageText, "\n"));
    },
  });
  if (!parsed) throw new Error(`cannot read ${configPath}`);
  const program = ts.createProgram({ rootNames: parsed.fileNames, options: parsed.options, host: cachingHost(parsed.options) });
  const packageRoot = realpathSync(packageDir) + "/";
  const own = program.getSourceFiles().filter((f) => parsed.fileNames.includes(f.fileName));
  const packageFiles = parsed.options.skipLibCheck ? [] : program.getSourceFiles().filter((f) => f.fileName.startsWith(packageRoot));
  const diagnostics: ts.Diagnostic[] = [
    ...parsed.errors,
    ...program.getOptionsDiagnostics(),
    ...program.getGlobalDiagnostics(),
    ...own.flatMap((f) => [...program.getSyntacticDiagnostics(f), ...program.getSemanticDiagnostics(f)]),
    ...packageFiles.flatMap((f) => [...program.getSyntacticDiagnostics(f), ...program.getSemanticDiagnostics(f)]),
  ];
  if (diagnostics.length === 0) {
    for (const f of own) diagnostics.push(...program.emit(f).diagnostics);
  }
  const output = ts.formatDiagnostics(diagnostics, {
    getCanonicalFileName: (f) => f,
    getCurrentDirectory: () => projectDir,
    getNewLine: () => "\n",
  });
  return { ok: diagnostics.length === 0, output, packageFilesChecked: packageFiles.length };
}
