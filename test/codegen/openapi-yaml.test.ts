// generated/openapi.yaml is openapi.json rendered by our YAML writer (the openapi
// generator). Whatever a model puts into the document (descriptions, enum
// values, patterns, examples), the YAML must read back as the same JSON value
// under YAML 1.2 (the `yaml` package) and YAML 1.1 (PyYAML, what Python
// tools such as Schemathesis read it with): strings that look like dates,
// booleans, numbers or nulls stay strings.
import { execFileSync } from "node:child_process";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { renderYaml, renderYamlOf } from "../../codegen/src/generators/openapi/generator.js";
import { python } from "../support/toolchain.js";

/** Strings that YAML readers take for something else when written plain. */
const LOOKALIKES = [
  "2024-07-26", "2024-07-26T10:00:00Z", "on", "off", "yes", "No", "y", "n", "true", "False", "null", "~", "",
  "-Infinity", "Infinity", "NaN", ".inf", "-.inf", ".nan", "0x1F", "0o17", "017", "1e3", "1_000", "+1", "-0", "1.0",
  "12:30:00", "#comment", "- item", "key: value", "a #b", "[1]", "{a: 1}", "*alias", "&anchor", "!tag", "%directive",
  "@at", "`tick", "|", ">", "'quoted'", '"double"', " leading space", "trailing space ", "multi\nline\n", "tab\there",
  "\u2028line separator", "\u0085next line", "emoji 😀", "\\backslash", "=", "<<", "?", "---", "...",
  // Multi-line text, which may be written as a literal block.
  "two\n\nparagraphs", "trailing\n\n\n", "one\n", "  indented first\nline", "a\n  more indented\nb", "# not a comment\n--- not a marker\n...\n",
  "line\r\nCRLF", "tab\n\tstart", "emoji\n😀\n", "\nleading break", "a:b", "a,b [c] {d}", "ends:", "x # y", "x#y", "^a\\d\u0085$", "(a)|b", "e0", "E+5", "e_1",
];

/** Multi-line strings whose lines look like YAML syntax. */
const multiLine = fc
  .array(fc.oneof(fc.string(), fc.constantFrom("", " x", "# c", "---", "- i", "k: v", "|", "  ")), { maxLength: 5 })
  .map((lines) => lines.join("\n"));

const yamlValue = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: "small" },
    fc.constantFrom(...LOOKALIKES),
    fc.string({ unit: "grapheme" }),
    multiLine,
    fc.integer(),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie("value"), { maxLength: 4 }),
    fc.dictionary(fc.oneof(fc.constantFrom(...LOOKALIKES), fc.string()), tie("value"), { maxKeys: 4 }),
  ),
})).value;

describe("openapi.yaml rendering", () => {
  it("reads back as the JSON document under YAML 1.2 and YAML 1.1 (`yaml`)", async () => {
    await fc.assert(
      fc.asyncProperty(yamlValue, async (value) => {
        const json = JSON.stringify({ openapi: "3.1.0", value });
        const text = await renderYaml(json, "# banner\n");
        expect(text.startsWith("# banner\n")).toBe(true);
        expect(parseYaml(text)).toEqual(JSON.parse(json));
        expect(parseYaml(text, { version: "1.1" })).toEqual(JSON.parse(json));
      }),
      { numRuns: 300 },
    );
  });

  it("is the same text from the document object as from its JSON (absent members and non-finite numbers as JSON writes them)", () => {
    // What the generator renders is the object openapi.json was stringified
    // from; values JSON cannot carry must come out as JSON.stringify writes
    // them (members left out, array items and numbers as null).
    const withAbsent = fc.letrec((tie) => ({
      value: fc.oneof(
        { depthSize: "small" },
        yamlValue,
        fc.constantFrom(undefined, Number.NaN, Number.POSITIVE_INFINITY, -0),
        fc.array(tie("value"), { maxLength: 4 }),
        fc.dictionary(fc.string(), tie("value"), { maxKeys: 4 }),
      ),
    })).value;
    fc.assert(
      fc.property(withAbsent, (value) => {
        // The same object in several places (as the generator shares a
        // response between operations), at other depths and as sequence items:
        // the writer renders a repeated mapping once per place it can stand.
        const document = { openapi: "3.1.0", value, again: value, list: [value, [value], { value }], nested: { deeper: { value, again: value } } };
        expect(renderYamlOf(document, "# banner\n")).toBe(renderYaml(JSON.stringify(document), "# banner\n"));
      }),
      { numRuns: 300 },
    );
  });

  it("reads back as the JSON document under PyYAML (YAML 1.1)", async () => {
    const documents = [
      { strings: LOOKALIKES, keys: Object.fromEntries(LOOKALIKES.map((s, i) => [s, i])) },
      ...fc.sample(yamlValue, { numRuns: 100, seed: 12 }).map((value) => ({ value })),
    ];
    const texts = await Promise.all(documents.map((d) => renderYaml(JSON.stringify(d), "# banner\n")));
    const script = "import json, sys, yaml\nprint(json.dumps([yaml.safe_load(t) for t in json.load(sys.stdin)]))";
    const parsed = JSON.parse(execFileSync(python(), ["-c", script], { input: JSON.stringify(texts), encoding: "utf8" })) as unknown[];
    parsed.forEach((value, i) => expect(value, texts[i]).toEqual(JSON.parse(JSON.stringify(documents[i]))));
  });
});
