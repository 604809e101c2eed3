// The paths of @smithy.rules#operationContextParams. Smithy allows a
// JMESPath subset there (rules-engine/parameters
// "smithy.rules#operationContextParams"): identifiers and sub-expressions,
// list (`[*]`) and object (`*`) wildcard projections, flatten (`[]`),
// multi-select lists, the `keys` function and the current node `@`. Parsed here once for the
// client, which compiles a path to JavaScript
// (generators/client/endpoint-context-params.ts), and for the front end,
// which infers the type a path gives (idl/validate/rule-set-parameters.ts).

export type Segment =
  | { kind: "current" }
  | { kind: "field"; name: string }
  | { kind: "list" }
  | { kind: "object" }
  | { kind: "flatten" }
  | { kind: "multi"; items: Segment[][] }
  | { kind: "keys"; arg: Segment[] };

/** A path's segments; throws, naming `where` and the path, on what the subset does not have. */
export function parseContextParamPath(path: string, where = "operationContextParams"): Segment[] {
  const tokens = tokenize(path, where);
  let at = 0;
  const fail = (why: string): never => {
    throw new Error(`${where}: path ${JSON.stringify(path)}: ${why}`);
  };
  const parse = (): Segment[] => {
    const segments: Segment[] = [];
    for (;;) {
      const token = tokens[at];
      if (token === undefined || token === "," || token === "]" || token === ")") break;
      at++;
      if (token === ".") {
        if (segments.length === 0 || [".", "[*]", "[]"].includes(tokens[at] ?? "")) fail("misplaced '.'");
        continue;
      }
      if (token === "@") segments.push({ kind: "current" });
      else if (token === "[*]") segments.push({ kind: "list" });
      else if (token === "[]") segments.push({ kind: "flatten" });
      else if (token === "*") segments.push({ kind: "object" });
      else if (token === "[") {
        const items = [parse()];
        while (tokens[at] === ",") {
          at++;
          items.push(parse());
        }
        if (tokens[at++] !== "]") fail("unclosed multi-select list");
        segments.push({ kind: "multi", items });
      } else if (token === "keys" && tokens[at] === "(") {
        at++;
        const arg = parse();
        if (tokens[at++] !== ")") fail("unclosed keys(");
        segments.push({ kind: "keys", arg });
      } else if (/^[A-Za-z_]/.test(token) || token.startsWith('"')) {
        segments.push({ kind: "field", name: token.startsWith('"') ? (JSON.parse(token) as string) : token });
      } else fail(`unsupported token ${JSON.stringify(token)}`);
      const next = tokens[at];
      if (next !== undefined && ![".", "[*]", "[]", ",", "]", ")"].includes(next)) fail(`unexpected ${JSON.stringify(next)}`);
    }
    if (segments.length === 0) fail("empty expression");
    return segments;
  };
  const segments = parse();
  if (at !== tokens.length) fail(`unexpected ${JSON.stringify(tokens[at])}`);
  return segments;
}

function tokenize(path: string, where: string): string[] {
  const tokens: string[] = [];
  const pattern = /\s*(\[\*\]|\[\]|[.,[\]()*@]|[A-Za-z_][A-Za-z0-9_]*|"(?:[^"\\]|\\.)*")/y;
  let at = 0;
  while (at < path.length) {
    if (/^\s+$/.test(path.slice(at))) break;
    pattern.lastIndex = at;
    const match = pattern.exec(path);
    if (!match) throw new Error(`${where}: path ${JSON.stringify(path)}: unsupported syntax at ${JSON.stringify(path.slice(at))}`);
    tokens.push(match[1]!);
    at = pattern.lastIndex;
  }
  return tokens;
}
