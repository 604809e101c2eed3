// Smithy's XmlNamespaceTraitValidator (ERROR): the `uri` of @xmlNamespace is
// a URI as java.net.URI reads it (RFC 2396 with RFC 2732's brackets). The
// check below is that grammar's character and structure rules; written
// here because WHATWG URL parsers (node's URL) accept and repair what
// java.net.URI refuses (spaces, `{`, bad escapes, a missing scheme part).

import type { AssembledModel } from "../assembler.js";
import type { Reporter } from "../diagnostics.js";
import type { TraitIndex } from "./protocol-traits.js";
import { memberOf } from "./shape-lookup.js";
import { shapeSite } from "./sites.js";

const XML_NAMESPACE = "smithy.api#xmlNamespace";
const UNRESERVED = /[A-Za-z0-9\-_.!~*'()]/;
/** RFC 2396 reserved characters, plus RFC 2732's brackets. */
const RESERVED = /[;/?:@&=+$,[\]]/;
const SCHEME = /^[A-Za-z][A-Za-z0-9+\-.]*$/;

/** java.net.URI's "other": a non-ASCII character that is neither a control nor a space character. */
function isOther(c: string): boolean {
  return c.charCodeAt(0) > 0x7f && !/[\p{Cc}\p{Zs}\p{Zl}\p{Zp}]/u.test(c);
}

/** Why java.net.URI refuses `uri`, or undefined when it accepts it. */
export function uriError(uri: string): string | undefined {
  const hash = uri.indexOf("#");
  const body = hash === -1 ? uri : uri.slice(0, hash);
  const fragment = hash === -1 ? undefined : uri.slice(hash + 1);
  for (let i = 0; i < uri.length; i++) {
    const c = uri[i]!;
    if (c === "%") {
      if (!/^[0-9A-Fa-f]{2}$/.test(uri.slice(i + 1, i + 3))) return `Malformed escape pair at index ${i}: ${uri}`;
      i += 2;
      continue;
    }
    const allowed = UNRESERVED.test(c) || RESERVED.test(c) || isOther(c) || (c === "#" && i === hash);
    if (!allowed) return `Illegal character at index ${i}: ${uri}`;
  }
  const colon = body.search(/[:/?]/);
  let rest = body;
  if (colon !== -1 && body[colon] === ":") {
    if (colon === 0) return `Expected scheme name at index 0: ${uri}`;
    if (!SCHEME.test(body.slice(0, colon))) return `Illegal character in scheme name: ${uri}`;
    rest = body.slice(colon + 1);
    if (rest === "") return `Expected scheme-specific part at index ${colon + 1}: ${uri}`;
    // An opaque URI (mailto:x) is any URI characters; only a hierarchical one has structure.
    if (!rest.startsWith("/")) return undefined;
  }
  const query = rest.indexOf("?");
  let path = query === -1 ? rest : rest.slice(0, query);
  if (path === "//" && query === -1 && fragment === undefined) return `Expected authority at index ${uri.length}: ${uri}`;
  if (path.startsWith("//")) {
    const end = path.indexOf("/", 2);
    const authority = end === -1 ? path.slice(2) : path.slice(2, end);
    path = end === -1 ? "" : path.slice(end);
    const host = authority.slice(authority.lastIndexOf("@") + 1);
    if (host.includes("[") || host.includes("]")) {
      if (!/^\[[0-9A-Fa-f:.]+(%[^\]]*)?\](:\d*)?$/.test(host)) return `Malformed IPv6 address in authority: ${uri}`;
    } else if (authority.includes("[") || authority.includes("]")) {
      return `Illegal character in authority: ${uri}`;
    }
  }
  if (/[[\]]/.test(path)) return `Illegal character in path: ${uri}`;
  return undefined;
}

export function validateXmlNamespaces(model: AssembledModel, reporter: Reporter, withTrait: TraitIndex): void {
  for (const id of withTrait(XML_NAMESPACE)) {
    const shape = id.includes("$") ? memberOf(model.shapes, id) : model.shapes.get(id);
    const uri = (shape?.traits?.[XML_NAMESPACE] as { uri?: unknown } | undefined)?.uri;
    if (typeof uri !== "string" || uriError(uri) === undefined) continue;
    const type = id.includes("$") ? "member" : model.shapes.get(id)!.type;
    reporter.error(shapeSite(model, id), `An \`xmlNamespace\` trait is applied to the (${type}: \`${id}\`) shape with an invalid uri: ${uri}`, {
      id: "XmlNamespaceTrait",
      shapeId: id,
    });
  }
}
