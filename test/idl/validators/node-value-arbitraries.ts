// Shapes and node values for the generated node-value tests: a tree of
// strings, blobs, numbers of every type, booleans, timestamps, documents,
// enums, intEnums, lists, maps, structures and unions with their constraint
// traits (members with constraint traits of their own), written as IDL; and,
// for a shape, values that mostly fit it and now and then do not.
import fc from "fast-check";

/** A structure's or union's member: name, target, @required, and constraint traits of its own (which win over the target's). */
export type Member = [name: string, target: ShapeTree, required: boolean, traits: string[]];

/** A generated shape: its IDL (named by `name`), and how to make values for it. */
export interface ShapeTree {
  kind: string;
  traits: string[];
  /** For aggregates: member name → [tree, required]. */
  members?: Member[];
  item?: ShapeTree;
}

const NUMBER_TYPES = ["byte", "short", "integer", "long", "bigInteger", "float", "double", "bigDecimal"];
const NUMBER_TEXTS = ["0", "-0", "1", "-1", "1.0", "1.5", "1e2", "127", "128", "-129", "32768", "2147483648", "9007199254740993", "9223372036854775808", "1.50000000000000000001", "-0.0", "3.4e39"];
const STRING_TEXTS = ["", "a", "ab", "abc", "A1", "é", "😀", "12", "a b", "NaN", "Infinity", "-Infinity", "2020-01-01T00:00:00Z", "Tue, 29 Apr 2014 18:30:38 GMT", "x", "ex#Target", "ex#T", "ex#Nope", "smithy.api#String", "not an id"];

const scalarKind = fc.constantFrom("string", "blob", "boolean", "timestamp", "document", "enum", "intEnum", ...NUMBER_TYPES);

function scalarTraits(kind: string): fc.Arbitrary<string[]> {
  const bound = (max: number): fc.Arbitrary<number | undefined> => fc.option(fc.integer({ min: 0, max }), { nil: undefined });
  const length = fc.tuple(bound(3), bound(4)).map(([min, max]) => (min === undefined && max === undefined ? [] : [`@length(${[min === undefined ? "" : `min: ${min}`, max === undefined ? "" : `max: ${max}`].filter(Boolean).join(", ")})`]));
  switch (kind) {
    case "string":
      return fc
        .tuple(
          length,
          fc.option(fc.constantFrom("^[a-z]+$", "\\\\d", "^\\\\w{2,3}$", "^[^b]*$"), { nil: undefined }),
          fc.option(fc.constantFrom('@enum([{ value: "a" }, { value: "ab", name: "AB" }])', '@idRef(failWhenMissing: true, selector: "structure")', "@idRef"), { nil: undefined, freq: 4 }),
        )
        .map(([l, p, other]) => [...l, ...(p === undefined ? [] : [`@pattern("${p}")`]), ...(other === undefined ? [] : [other])]);
    case "blob":
      return length;
    case "timestamp":
      return fc.option(fc.constantFrom("date-time", "http-date", "epoch-seconds"), { nil: undefined }).map((f) => (f === undefined ? [] : [`@timestampFormat("${f}")`]));
    default:
      if (!NUMBER_TYPES.includes(kind)) return fc.constant([]);
      return fc
        .tuple(fc.option(fc.constantFrom("0", "1", "-1", "1.5", "127", "9007199254740992"), { nil: undefined }), fc.option(fc.constantFrom("1", "2", "1.5", "127", "9007199254740992"), { nil: undefined }))
        .map(([min, max]) => (min === undefined && max === undefined ? [] : [`@range(${[min === undefined ? "" : `min: ${min}`, max === undefined ? "" : `max: ${max}`].filter(Boolean).join(", ")})`]));
  }
}

export const scalar: fc.Arbitrary<ShapeTree> = scalarKind.chain((kind) => scalarTraits(kind).map((traits) => ({ kind, traits })));

export const tree: fc.Arbitrary<ShapeTree> = fc.letrec<{ node: ShapeTree }>((tie) => ({
  node: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    { weight: 3, arbitrary: scalar },
    {
      weight: 1,
      arbitrary: fc
        .tuple(tie("node"), fc.boolean(), fc.option(fc.constantFrom("@length(max: 2)", "@length(min: 1)"), { nil: undefined }), fc.boolean())
        .map(([item, unique, length, sparse]) => ({
          kind: "list",
          item,
          // @uniqueItems is refused over floats, doubles and documents (a TraitTarget event on both sides).
          traits: [...(unique ? ["@uniqueItems"] : []), ...(length ? [length] : []), ...(sparse ? ["@sparse"] : [])],
        })),
    },
    { weight: 1, arbitrary: fc.tuple(tie("node"), fc.boolean(), fc.boolean()).map(([item, sparse, short]) => ({ kind: "map", item, traits: [...(sparse ? ["@sparse"] : []), ...(short ? ["@length(max: 1)"] : [])] })) },
    {
      weight: 1,
      arbitrary: fc
        .tuple(
          fc.constantFrom("structure", "union"),
          fc.uniqueArray(
            fc.tuple(
              fc.constantFrom("a", "b", "c"),
              tie("node").chain((child) => fc.tuple(fc.constant(child), fc.option(scalarTraits(child.kind), { nil: [], freq: 3 }))),
              fc.boolean(),
            ),
            { minLength: 1, maxLength: 3, selector: (m) => m[0] },
          ),
        )
        .map(([kind, members]) => ({ kind, members: members.map(([n, [t, own], r]): Member => [n, t, kind === "structure" && r, own]), traits: [] })),
    },
  ),
})).node;

/** The IDL of `t` named `name` (and its nested shapes, named after it). */
export function idlOf(t: ShapeTree, name: string, out: string[]): void {
  const traits = t.traits.map((x) => `${x}\n`).join("");
  switch (t.kind) {
    case "list":
      idlOf(t.item!, `${name}I`, out);
      out.push(`${traits}list ${name} { member: ${name}I }`);
      return;
    case "map":
      idlOf(t.item!, `${name}V`, out);
      out.push(`${traits}map ${name} { key: String, value: ${name}V }`);
      return;
    case "structure":
    case "union":
      t.members!.forEach(([m, child]) => idlOf(child, `${name}${m.toUpperCase()}`, out));
      // Member "c", when required, is @clientOptional too: a client may then leave it out or send null.
      out.push(
        `${traits}${t.kind} ${name} {\n${t.members!.map(([m, , required, own]) => `    ${own.join(" ")}${own.length > 0 ? " " : ""}${required ? `@required ${m === "c" ? "@clientOptional " : ""}` : ""}${m}: ${name}${m.toUpperCase()}`).join("\n")}\n}`,
      );
      return;
    case "enum":
      out.push(`${traits}enum ${name} {\n    A = "a"\n    B = "b"\n}`);
      return;
    case "intEnum":
      out.push(`${traits}intEnum ${name} {\n    A = 1\n    B = 2\n}`);
      return;
    default:
      out.push(`${traits}${t.kind} ${name}`);
  }
}

/** Any node value (IDL text), for the misfits. */
export const anyValue: fc.Arbitrary<string> = fc.letrec<{ v: string }>((tie) => ({
  v: fc.oneof(
    { depthSize: "small" },
    fc.constantFrom(...NUMBER_TEXTS),
    fc.constantFrom(...STRING_TEXTS).map((s) => JSON.stringify(s)),
    fc.constantFrom("true", "false", "null"),
    fc.array(tie("v"), { maxLength: 3 }).map((items) => `[${items.join(", ")}]`),
    fc.uniqueArray(fc.tuple(fc.constantFrom("a", "b", "c", "z"), tie("v")), { maxLength: 3, selector: (e) => e[0] }).map((es) => `{${es.map(([k, v]) => `${k}: ${v}`).join(", ")}}`),
  ),
})).v;

/** A value for `t`: one that fits its type (constraints or not) five times in six, any value otherwise. */
export function valueOf(t: ShapeTree): fc.Arbitrary<string> {
  const fitting = (): fc.Arbitrary<string> => {
    switch (t.kind) {
      case "string":
      case "blob":
        return fc.constantFrom(...STRING_TEXTS).map((s) => JSON.stringify(s));
      case "boolean":
        return fc.constantFrom("true", "false");
      case "timestamp":
        return fc.oneof(fc.constantFrom("0", "1.5", "1e9"), fc.constantFrom("2020-01-01T00:00:00Z", "Tue, 29 Apr 2014 18:30:38 GMT", "2020-02-30T00:00:00Z").map((s) => JSON.stringify(s)));
      case "document":
        return anyValue;
      case "enum":
        return fc.constantFrom('"a"', '"b"', '"A"', '"c"');
      case "intEnum":
        return fc.constantFrom("1", "2", "3", "1.0");
      case "list":
        return fc.array(valueOf(t.item!), { maxLength: 3 }).chain((items) => fc.constantFrom(items, [...items, ...items.slice(0, 1)])).map((items) => `[${items.join(", ")}]`);
      case "map":
        return fc.uniqueArray(fc.tuple(fc.constantFrom("k", "l", "m"), valueOf(t.item!)), { maxLength: 3, selector: (e) => e[0] }).map((es) => `{${es.map(([k, v]) => `${k}: ${v}`).join(", ")}}`);
      case "structure":
      case "union": {
        const members = t.members!.map(([name, child]) => fc.option(valueOf(child).map((v) => `${name}: ${v}`), { nil: undefined, freq: 3 }));
        return fc.tuple(fc.tuple(...members), fc.option(anyValue.map((v) => `z: ${v}`), { nil: undefined, freq: 8 })).map(([entries, unknown]) => `{${[...entries, unknown].filter((e) => e !== undefined).join(", ")}}`);
      }
      default:
        return fc.constantFrom(...NUMBER_TEXTS);
    }
  };
  return fc.oneof({ weight: 5, arbitrary: fitting() }, { weight: 1, arbitrary: anyValue });
}
