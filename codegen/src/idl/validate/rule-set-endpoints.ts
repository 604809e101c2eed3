// What Smithy checks of the endpoints a service's rules give (a rule set's
// endpoint rules, a decision diagram's endpoint results), beyond their types:
// - RuleSetUri: a url template that starts with literal text starts with
//   `http://` or `https://`;
// - RuleSetAuthSchemes: the `authSchemes` property is a list of objects,
//   each with a string `name`, no name twice, and each scheme's properties as
//   the AWS extension's validators want them: sigv4 (signingName,
//   signingRegion strings, disableDoubleEncoding, disableNormalizePath
//   booleans, nothing else), sigv4a (the same, with a non-empty
//   signingRegionSet of strings instead of signingRegion), `sigv4-…` and
//   `beta-…` (a string signingName; a `sigv4-` sub-scheme is also a DANGER,
//   its rules "may change"); another name only a WARNING.
// The client reads these properties to sign (signing name and region), so a
// value of the wrong type would fail every call instead of the build.

import type { NodeValue } from "../../model/ast.js";
import type { Location, Reporter } from "../diagnostics.js";
import { isObject } from "./rule-set-types.js";

type Json = { [key: string]: NodeValue };

/** The endpoints of rules (recursively through trees) or of a diagram's results. */
export function endpointsOf(rules: readonly NodeValue[]): Json[] {
  const endpoints: Json[] = [];
  const visit = (rule: NodeValue): void => {
    if (!isObject(rule)) return;
    if (rule.type === "endpoint" && isObject(rule.endpoint)) endpoints.push(rule.endpoint);
    if (rule.type === "tree" && Array.isArray(rule.rules)) rule.rules.forEach(visit);
  };
  rules.forEach(visit);
  return endpoints;
}

/** The literal text a template starts with (`{{`, `}}` unescaped), undefined when it starts with a `{…}` part. */
function leadingLiteral(template: string): string | undefined {
  let text = "";
  for (let i = 0; i < template.length; i++) {
    const c = template[i]!;
    if ((c === "{" || c === "}") && template[i + 1] === c) {
      text += c;
      i++;
    } else if (c === "{") break;
    else text += c;
  }
  return text === "" ? undefined : text;
}

const SIGV4_KEYS = ["name", "signingName", "signingRegion", "disableDoubleEncoding", "disableNormalizePath"];
const SIGV4A_KEYS = ["name", "signingName", "signingRegionSet", "disableDoubleEncoding", "disableNormalizePath"];

export function validateRuleSetEndpoints(endpoints: readonly Json[], site: Location, shapeId: string, reporter: Reporter): void {
  const error = (id: string, message: string): void => reporter.error(site, message, { id, shapeId });
  for (const endpoint of endpoints) {
    if (typeof endpoint.url === "string") {
      const scheme = leadingLiteral(endpoint.url);
      if (scheme !== undefined && !scheme.startsWith("http://") && !scheme.startsWith("https://")) {
        error("RuleSetUri", `URI should start with \`http://\` or \`https://\` but the URI started with ${scheme}`);
      }
    }
    const schemes = isObject(endpoint.properties) ? endpoint.properties.authSchemes : undefined;
    if (schemes === undefined) continue;
    const authError = (message: string): void => error("RuleSetAuthSchemes", message);
    if (!Array.isArray(schemes)) {
      authError(`Expected \`authSchemes\` to be a list, found: \`${JSON.stringify(schemes)}\``);
      continue;
    }
    const names = new Set<string>();
    const duplicates = new Set<string>();
    for (const scheme of schemes) {
      if (!isObject(scheme)) {
        authError(`Expected \`authSchemes\` to be a list of objects, but found: \`${JSON.stringify(scheme)}\``);
        continue;
      }
      if (typeof scheme.name !== "string") {
        authError(`Expected \`authSchemes\` to have a \`name\` key with a string value but it did not: \`${JSON.stringify(scheme)}\``);
        continue;
      }
      // A name with template parts (`{s3e_auth}`) cannot be checked statically.
      if (/[{}]/.test(scheme.name.replaceAll("{{", "").replaceAll("}}", ""))) continue;
      const name = scheme.name.replaceAll("{{", "{").replaceAll("}}", "}");
      if (names.has(name)) duplicates.add(name);
      names.add(name);
      for (const message of schemeProblems(name, scheme)) authError(message);
      if (name.startsWith("sigv4-")) {
        reporter.danger(site, "Requirements for `sigv4-` auth sub-scheme validation may change.", { id: "RuleSetAuthSchemes", shapeId });
      } else if (name !== "sigv4" && name !== "sigv4a" && !name.startsWith("beta-")) {
        reporter.warning(site, `Did not find a validator for the \`${name}\` auth scheme`, { id: "RuleSetAuthSchemes", shapeId });
      }
    }
    for (const name of duplicates) authError(`Found duplicate \`name\` of \`${name}\` in the \`authSchemes\` list`);
  }
}

/** What the AWS extension's validator for `name` finds wrong in `scheme`. */
function schemeProblems(name: string, scheme: Json): string[] {
  const problems: string[] = [];
  const typed = (key: string, type: "string" | "boolean", required: boolean): void => {
    const value = scheme[key];
    if (value === undefined) {
      if (required) problems.push(`Expected auth property \`${key}\` of a ${type} type but didn't find one`);
    } else if (typeof value !== type) {
      problems.push(`Unexpected type for auth property \`${key}\`, found \`${JSON.stringify(value)}\` but expected a ${type} value`);
    }
  };
  const onlyKeys = (allowed: string[]): void => {
    for (const key of Object.keys(scheme)) if (!allowed.includes(key)) problems.push(`Unexpected key: \`${key}\` (valid keys: [${allowed.join(", ")}])`);
  };
  if (name === "sigv4" || name === "sigv4a") {
    onlyKeys(name === "sigv4" ? SIGV4_KEYS : SIGV4A_KEYS);
    typed("signingName", "string", false);
    typed("disableDoubleEncoding", "boolean", false);
    typed("disableNormalizePath", "boolean", false);
    if (name === "sigv4") typed("signingRegion", "string", false);
    else {
      const set = scheme.signingRegionSet;
      if (set === undefined) problems.push("Expected auth property `signingRegionSet` of an array<string> type but didn't find one");
      else if (!Array.isArray(set)) problems.push(`Unexpected type for auth property \`signingRegionSet\`, found \`${JSON.stringify(set)}\` but expected an array<string> value`);
      else if (set.length === 0) problems.push("The `signingRegionSet` property must not be an empty list.");
      else for (const region of set) if (typeof region !== "string") problems.push(`Unexpected type for auth property \`signingRegionSet.Value\`, found \`${JSON.stringify(region)}\` but expected a string value`);
    }
  } else if (name.startsWith("sigv4-") || name.startsWith("beta-")) {
    typed("signingName", "string", true);
  }
  return problems;
}
