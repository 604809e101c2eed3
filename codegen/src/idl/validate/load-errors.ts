// What Smithy refuses while it builds a shape or a trait, before any
// validator runs (ERROR events with id "Model"): such a model never reaches
// the validators (ModelAssembler returns once the loader has an ERROR), so
// these checks run first and their errors stop validation (see index.ts).
// - OperationShape: an operation with @mixin may not have an input or output
//   other than Unit (its errors are fine: they are mixed into the operations).
// - PatternTrait: the regular expression must compile, as Java's (regex/java-pattern.ts).
// - LengthTrait / RangeTrait: min, max or both.
// - TraitDefinition: its `selector` must parse (selector-syntax.ts).
// - ExternalDocumentationTrait: each value must be a URL as java.net.URL
//   reads one (javaUrlRefuses: far more lenient than WHATWG URL parsing).

import type { AssembledModel } from "../assembler.js";
import type { Reporter } from "../diagnostics.js";
import { JavaPatternSyntaxError, javaPattern } from "../../regex/java-pattern.js";
import { selectorSyntaxError } from "./selector-syntax.js";
import { isOwn, rootOf, shapeSite } from "./sites.js";

const UNIT = "smithy.api#Unit";

export function validateLoadErrors(model: AssembledModel, reporter: Reporter): void {
  operationMixinsWithInputOutput(model, reporter);
  for (const app of model.traits) {
    if (model.definitions.get(rootOf(app.target))?.bundled) continue;
    const on = { id: "Model", shapeId: app.target };
    if (app.trait === "smithy.api#pattern" && typeof app.value === "string") {
      // Smithy compiles the pattern with java.util.regex: what Java accepts is
      // a valid model (AWS's models use \p{Print}, class escapes, surrogate
      // pairs), whether or not ECMAScript could run it unchanged.
      try {
        javaPattern(app.value);
      } catch (error) {
        if (!(error instanceof JavaPatternSyntaxError)) throw error;
        reporter.error(app.at, error.message, on);
      }
    } else if ((app.trait === "smithy.api#length" || app.trait === "smithy.api#range") && app.value && typeof app.value === "object") {
      const { min, max } = app.value as { min?: unknown; max?: unknown };
      if (min === undefined && max === undefined) reporter.error(app.at, `@${app.trait.slice(11)} needs min, max or both`, on);
    } else if (app.trait === "smithy.api#trait" && app.node?.kind === "object") {
      // Smithy builds the trait definition's selector while loading.
      const entry = app.node.entries.find((e) => e.key === "selector");
      if (entry?.value.kind !== "string") continue;
      const problem = selectorSyntaxError(entry.value.value);
      if (problem) reporter.error(entry.value.at, `Error creating trait \`trait\`: ${problem}`, on);
    } else if (app.trait === "smithy.api#externalDocumentation" && app.value && typeof app.value === "object" && !Array.isArray(app.value)) {
      for (const [name, url] of Object.entries(app.value)) {
        if (typeof url !== "string" || !javaUrlRefuses(url)) continue;
        reporter.error(app.at, `Each externalDocumentation value must be a valid URL. Found ${JSON.stringify(url)} for name ${JSON.stringify(name)}`, on);
      }
    }
  }
}

function operationMixinsWithInputOutput(model: AssembledModel, reporter: Reporter): void {
  const failed = new Set<string>();
  for (const [id, shape] of model.shapes) {
    if (shape.type !== "operation" || shape.traits?.["smithy.api#mixin"] === undefined || !isOwn(model, id)) continue;
    const input = shape.input?.target ?? UNIT;
    const output = shape.output?.target ?? UNIT;
    if (input === UNIT && output === UNIT) continue;
    failed.add(id);
    reporter.error(
      shapeSite(model, id),
      `Operation shapes with the mixin trait MUST target \`${UNIT}\` for their input and output. Operation mixin shape \`${id}\` defines one or both of these properties.`,
      { id: "Model", shapeId: id },
    );
  }
  // A shape Smithy could not build is missing to every shape that mixes it in, and so on.
  for (let grew = failed.size > 0; grew; ) {
    grew = false;
    for (const [id, shape] of model.shapes) {
      if (failed.has(id) || !isOwn(model, id)) continue;
      const missing = shape.mixins?.find((m) => failed.has(m.target));
      if (missing === undefined) continue;
      failed.add(id);
      grew = true;
      reporter.error(shapeSite(model, id), `Cannot apply mixin to ${id}: ${missing.target} not found`, { id: "Model", shapeId: id });
    }
  }
}

/** Protocols java.net.URL has handlers for in a plain JVM. */
const JAVA_URL_PROTOCOLS = new Set(["http", "https", "ftp", "file", "jar", "mailto", "jrt"]);

/**
 * Whether java.net.URL(String) throws on `url`: no protocol or one without a
 * handler, a jar: URL without "!/", an unclosed IPv6 host, a port that is not
 * a number of -1 or more. Everything else (spaces, brackets, percent signs in
 * a host ...) it accepts, and so does Smithy.
 */
function javaUrlRefuses(url: string): boolean {
  const protocol = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(url);
  if (!protocol || !JAVA_URL_PROTOCOLS.has(protocol[1]!.toLowerCase())) return true;
  const rest = url.slice(protocol[0].length);
  if (protocol[1]!.toLowerCase() === "jar") return !rest.includes("!/");
  if (!rest.startsWith("//")) return false;
  const end = rest.slice(2).search(/[/?#]/);
  const authority = end === -1 ? rest.slice(2) : rest.slice(2, 2 + end);
  let hostPort = authority.slice(authority.lastIndexOf("@") + 1);
  if (hostPort.startsWith("[")) {
    const close = hostPort.indexOf("]");
    if (close === -1) return true;
    hostPort = hostPort.slice(close + 1);
    if (hostPort !== "" && !hostPort.startsWith(":")) return true;
  }
  const colon = hostPort.indexOf(":");
  if (colon === -1) return false;
  const port = hostPort.slice(colon + 1);
  return port !== "" && (!/^[+-]?\d+$/.test(port) || Number(port) < -1);
}
