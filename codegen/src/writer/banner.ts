// The banner every generated file starts with: where it came from and that it
// must not be edited (regenerate with `make generate` instead).

export function bannerLines(sourceFiles: readonly string[]): string[] {
  const sources = sourceFiles.length > 0 ? sourceFiles.join(", ") : "model/";
  return [
    `Code generated from ${sources} by codegen (make generate).`,
    "DO NOT EDIT: change the model and regenerate.",
  ];
}

/** The banner as a TypeScript/JavaScript line comment block. */
export function tsBanner(sourceFiles: readonly string[]): string {
  return bannerLines(sourceFiles).map((line) => `// ${line}`).join("\n") + "\n";
}

/** The banner as one line, for JSON documents' `$comment` / `x-` fields. */
export function jsonBanner(sourceFiles: readonly string[]): string {
  return bannerLines(sourceFiles).join(" ");
}
