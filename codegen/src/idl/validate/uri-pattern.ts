// An @http URI as Smithy's UriPattern reads it, with the errors Smithy
// raises while building the trait (a load error, "Model", that stops every
// validator). Written by hand because no JavaScript library parses Smithy's
// URI patterns, and the details are Smithy's own: Java's String.split drops
// trailing empty strings (so `/a/` and `/a//` are the one segment `a`), a
// segment is a label only when it starts with `{` and ends with `}`, label
// names are Smithy identifiers, labels are compared case-insensitively, and
// the first problem found is the one reported.

export interface UriSegment {
  /** The literal text, or the label's name (without braces or `+`). */
  content: string;
  label: boolean;
  greedy: boolean;
}

export interface UriPattern {
  segments: UriSegment[];
  /** Query literals in order of appearance: `?a&b=c` is a → "", b → "c". */
  query: Map<string, string>;
}

/** Smithy's ShapeId.isValidIdentifier: `(_+[A-Za-z0-9] / ALPHA) *(ALPHA / DIGIT / _)`. */
const IDENTIFIER = /^(?:_+[A-Za-z0-9]|[A-Za-z])[A-Za-z0-9_]*$/;

/** Java's String.split on a literal separator (limit 0): trailing empty strings are dropped. */
function javaSplit(text: string, separator: string): string[] {
  const parts = text.split(separator);
  // A text without the separator is returned whole, even when empty.
  if (parts.length === 1) return parts;
  while (parts.length > 0 && parts[parts.length - 1] === "") parts.pop();
  return parts;
}

function segment(text: string, index: number): UriSegment | string {
  const label = text.length >= 2 && text.startsWith("{") && text.endsWith("}");
  if (!label) {
    if (text === "") return `Segments must not be empty at index ${index}`;
    if (text.includes("{") || text.includes("}")) return `Literal segments must not contain \`{\` or \`}\` characters. Found segment \`${text}\` at index ${index}`;
    return { content: text, label: false, greedy: false };
  }
  const greedy = text[text.length - 2] === "+";
  const content = text.slice(1, greedy ? -2 : -1);
  if (content === "") return `Empty label declaration in pattern at index ${index}.`;
  if (!IDENTIFIER.test(content)) return `Invalid label name in pattern: '${content}' at index ${index}. Labels must contain value identifiers.`;
  return { content, label: true, greedy };
}

/** The pattern of `uri`, or why Smithy cannot build it (the message after "Error creating trait `http`: "). */
export function parseUriPattern(uri: string): UriPattern | string {
  if (uri.endsWith("?")) return `URI patterns must not end with '?'. Found ${uri}`;
  if (!uri.startsWith("/")) return `URI pattern must start with '/'. Found ${uri}`;
  if (uri.includes("#")) return `URI pattern must not contain a fragment. Found ${uri}`;
  const question = uri.indexOf("?");
  const path = question === -1 ? uri : uri.slice(0, question);
  const parts = javaSplit(path, "/");
  const segments: UriSegment[] = [];
  let offset = 1;
  for (let i = 1; i < parts.length; i++) {
    const parsed = segment(parts[i]!, offset);
    if (typeof parsed === "string") return parsed;
    segments.push(parsed);
    offset += parts[i]!.length + 1;
  }
  const query = new Map<string, string>();
  if (question !== -1) {
    const text = uri.slice(question + 1);
    if (text.includes("{") || text.includes("}")) return `URI labels must not appear in the query string. Found ${uri}`;
    for (const pair of javaSplit(text, "&")) {
      const equals = pair.indexOf("=");
      const key = equals === -1 ? pair : pair.slice(0, equals);
      if (query.has(key)) return `Literal query parameters must not be repeated: ${uri}`;
      query.set(key, equals === -1 ? "" : pair.slice(equals + 1));
    }
  }
  const labels = new Set<string>();
  for (const s of segments) {
    if (!s.label) continue;
    const key = s.content.toLowerCase();
    if (labels.has(key)) return `Label \`${s.content}\` is defined more than once in pattern: ${uri}`;
    labels.add(key);
  }
  return { segments, query };
}

/** The pattern of a URI the loader already accepted (no segments for one it refused). */
export function uriPattern(uri: string): UriPattern {
  const parsed = parseUriPattern(uri);
  return typeof parsed === "string" ? { segments: [], query: new Map() } : parsed;
}

/** Smithy's SmithyPattern.getLabel: a label of the pattern by name, case-insensitively. */
export function labelNamed(pattern: UriPattern, name: string): UriSegment | undefined {
  const key = name.toLowerCase();
  return pattern.segments.find((s) => s.label && s.content.toLowerCase() === key);
}
