// Where the pinned test toolchains live once `make toolchains` (a prerequisite
// of `make test`) has built them: .cache/venv and .cache/jvm are links into a
// cache keyed by the pinning files (python/requirements.lock, jvm/*/pom.xml).
// A missing toolchain fails loudly: an oracle that silently skips proves nothing.
import { existsSync, readdirSync } from "node:fs";
import { join, resolve } from "node:path";

const root = resolve(import.meta.dirname, "..", "..");

function required(path: string, what: string): string {
  if (!existsSync(path)) throw new Error(`${what} not found at ${path}: run \`make toolchains\` first`);
  return path;
}

/** The venv's python3, with boto3/botocore and Schemathesis pinned. */
export function python(): string {
  return required(join(root, ".cache", "venv", "bin", "python3"), "the pinned Python venv");
}

/** An executable installed into the venv (e.g. "schemathesis" → st). */
export function venvBin(name: string): string {
  return required(join(root, ".cache", "venv", "bin", name), `the venv's ${name}`);
}

/** The jars of one jvm/<set> as a java -cp value. */
export function jvmClasspath(set = "smithy"): string {
  const lib = required(join(root, ".cache", "jvm", set, "lib"), `the pinned jars of jvm/${set}`);
  return readdirSync(lib)
    .filter((name) => name.endsWith(".jar"))
    .sort()
    .map((name) => join(lib, name))
    .join(":");
}

/** A data jar of one jvm/<set> (listed in its `suites` file), unpacked. */
export function jvmSuite(artifact: string, set = "smithy"): string {
  return required(join(root, ".cache", "jvm", set, "suites", artifact), `the unpacked ${artifact}`);
}

/**
 * The batch Smithy oracle (jvm/oracle, compiled by `make oracle`, a
 * prerequisite of `make test`) plus the pinned jars, as a java -cp value.
 */
export function oracleClasspath(): string {
  const classes = required(join(root, "build", "oracle", "oracle", "Oracle.class"), "the compiled Smithy oracle");
  return [resolve(classes, "..", ".."), jvmClasspath("smithy")].join(":");
}
