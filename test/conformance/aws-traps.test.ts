// What a sweep of 143 botocore models found the conformance value builder
// getting wrong, each on a small model of its own (aws-traps-model.ts): every
// value it builds is valid for the member, and every case it writes says
// what the generated validators and server codec say about it.
import { rmSync } from "node:fs";
import { join, resolve } from "node:path";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import type { ConformanceSuite } from "../../codegen/src/generators/conformance/case-format.js";
import { conformanceSuite } from "../../codegen/src/generators/conformance/index.js";
import { exampleOfLength, parsePattern, patternRegExp, reachableLengths } from "../../codegen/src/generators/conformance/regex-examples.js";
import { SampleValues, distinctStrings, satisfies, validString } from "../../codegen/src/generators/conformance/sample-values.js";
import { generators } from "../../codegen/src/generators/index.js";
import { ModelIndex } from "../../codegen/src/model/knowledge.js";
import { runGenerators, writeOutput } from "../../codegen/src/pipeline.js";
import { crossCheckCases } from "../aws-models/conformance-cross-check.js";
import { trapId, trapsModel } from "./aws-traps-model.js";

const index = new ModelIndex(trapsModel(), ["test/conformance/aws-traps-model.ts"]);
const samples = new SampleValues(index);
const member = (name: string) => index.membersOf(trapId("PutTrapsInput")).find((m) => m.name === name)!;
const sample = (name: string): unknown => samples.forMember(member(name));
const constraints = (shape: string) => index.constraintsOf(trapId(shape));
const suite = conformanceSuite(index);
const caseById = new Map(suite.cases.map((c) => [c.id, c]));
const bodyOf = (id: string): Record<string, unknown> => JSON.parse(caseById.get(id)!.request.body) as Record<string, unknown>;
const omission = (id: string): string | undefined => suite.omitted.find((o) => o.id === id)?.reason;

describe("patterns the value builder reads", () => {
  it("reads possessive quantifiers as greedy ones (kinesisanalytics \\d{1}+, payment-cryptography [0-9A-Z]{2}+)", () => {
    for (const shape of ["ApplicationArn", "KeyBlockHeader"]) {
      const value = validString(constraints(shape));
      expect(value, shape).toBeDefined();
      expect(patternRegExp(constraints(shape).pattern!).test(value!)).toBe(true);
    }
    expect(validString(constraints("KeyBlockHeader"))).toBe("AA");
  });

  it("reads \\A, \\z and \\Z as anchors, not letters (storagegateway \\Asnap-…\\z)", () => {
    expect(validString(constraints("SnapshotId"))).toBe("snap-aaaaaaaa");
    expect(exampleOfLength(parsePattern("\\Aab\\Z"), 2)).toBe("ab");
  });

  it("reads a quantified anchor as the anchor, or as nothing when it may be absent (sagemaker's (…)${1,128})", () => {
    const pattern = "([\\p{L}\\p{Z}\\p{N}_.:\\/=+\\-@]*)${1,128}";
    const value = validString({ required: false, pattern, length: { min: 1, max: 128 } });
    expect(value).toHaveLength(1);
    expect(patternRegExp(pattern).test(value!)).toBe(true);
    expect(exampleOfLength(parsePattern("^a$?b"), 2)).toBe("ab");
  });

  it("knows which lengths a pattern reaches, across the gap an |^$ branch opens", () => {
    expect(reachableLengths(parsePattern(constraints("ResourceConfigurationArn").pattern!))).toEqual([[0, 0], [77, Infinity]]);
    expect(reachableLengths(parsePattern("^a{2,3}(?:bc|d)?$"))).toEqual([[2, 5]]);
    expect(reachableLengths(parsePattern("^(?:abc){2,}$"))).toEqual([[6, 6], [9, 9], [12, 12], [15, 15], [18, 18], [21, 21], [24, 24], [27, 27], [30, 30], [33, 33], [36, 36], [39, 39], [42, 42], [45, 45], [48, 48], [51, 51], [54, 54], [57, 57], [60, 60], [63, 63], [66, 66], [69, 69], [72, 72], [75, 75], [78, 78], [81, 81], [84, 84], [87, 87], [90, 90], [93, 93], [96, 96], [99, Infinity]]);
  });

  it("never leaves out a length the builder can produce (reachableLengths over-approximates, never under)", () => {
    const atom = fc.constantFrom("a", "[a-z]", "\\d", "(?:ab|c)", "(?:|xyz)", "(?:a|bcde)");
    const quantifier = fc.constantFrom("", "?", "*", "+", "{2}", "{1,3}", "{0,2}+", "{3,}");
    const pattern = fc.array(fc.tuple(atom, quantifier).map(([a, q]) => a + q), { minLength: 1, maxLength: 5 }).map((parts) => `^${parts.join("")}$`);
    fc.assert(
      fc.property(pattern, (source) => {
        const tree = parsePattern(source);
        const intervals = reachableLengths(tree);
        const regex = patternRegExp(source);
        for (let length = 0; length <= 30; length++) {
          const value = exampleOfLength(tree, length);
          if (value === undefined) continue;
          // (Possessive quantifiers are read as greedy: such values are checked against the pattern before use.)
          if (!source.includes("}+")) expect(regex.test(value), `${source} built ${value}`).toBe(true);
          expect(intervals.some(([from, to]) => length >= from && length <= to), `${source}: length ${length} outside ${JSON.stringify(intervals)}`).toBe(true);
        }
      }),
    );
  });

  it("finds the shortest valid string beyond 65 characters, and the empty one when it is the only one", () => {
    const arn = validString(constraints("ResourceConfigurationArn"));
    expect(arn).toHaveLength(77);
    expect(patternRegExp(constraints("ResourceConfigurationArn").pattern!).test(arn!)).toBe(true);
    expect(validString(constraints("EmptyNextToken"))).toBe("");
    // A non-empty value is still preferred where both are valid (an empty one often reads as "not set").
    expect(validString({ required: false, length: { min: 0, max: 3 } })).toBe("a");
  });

  it("builds values that start with what a content lookahead asks for (fsx ARNs, kinesisanalyticsv2 $ paths)", () => {
    const arn = validString(constraints("ResourceArn"));
    expect(arn).toBe("arn:a:fsx:a:000000000000:");
    expect(satisfies(arn!, constraints("ResourceArn"))).toBe(true);
    expect(validString(constraints("RecordRowPath"))).toBe("$");
  });
});

describe("sample values", () => {
  it("gives a map as many entries as its @length minimum asks, under distinct valid keys (logs keyAttributes)", () => {
    const map = sample("KeyAttributes") as Record<string, string>;
    expect(Object.keys(map)).toHaveLength(2);
    expect(Object.keys(sample("Links") as object)).toEqual(["cognito:dutch"]);
  });

  it("sends timestamps in the member's @timestampFormat", () => {
    expect(sample("ModifiedAt")).toBe("2025-11-24T16:00:00Z");
    expect(sample("ExpiresAt")).toBe("Mon, 24 Nov 2025 16:00:00 GMT");
    const epoch = index.membersOf(trapId("PutTrapsInput")).find((m) => m.name === "ModifiedAt")!;
    expect(samples.forTarget("smithy.api#Timestamp", index.constraintsOf(epoch))).toBe(1764000000);
  });

  it("sends a blob of as many bytes as its @length allows (a blob's length counts bytes)", () => {
    expect(Buffer.from(sample("Passphrase") as string, "base64")).toHaveLength(4);
    expect(samples.forTarget("smithy.api#Blob", { required: false })).toBe("AAAA");
    expect(Buffer.from(samples.forTarget("smithy.api#Blob", { required: false, length: { max: 1 } }) as string, "base64")).toHaveLength(1);
  });

  it("fills required members nested seven deep, and stops only at real recursion, saying so", () => {
    expect(JSON.stringify(sample("Deep"))).toBe('{"Next":{"Next":{"Next":{"Next":{"Next":{"Next":{"Next":"a"}}}}}}}');
    expect(sample("Forever")).toBeUndefined();
    expect(samples.whyNoValue(member("Forever"))).toMatch(/Forever\$Again: a value of Forever would have to hold another one \(a recursive shape/);
  });

  it("distinctStrings gives distinct values that satisfy the constraints, as many as asked when they exist", () => {
    const keyConstraints = fc.constantFrom(
      constraints("CountryCode"),
      constraints("LinkKey"),
      constraints("AttributeName"),
      { required: false, length: { min: 1, max: 1 } },
      { required: false, pattern: "^[A-Za-z_]+$" },
    );
    fc.assert(
      fc.property(keyConstraints, fc.integer({ min: 0, max: 400 }), (c, count) => {
        const values = distinctStrings(c, count);
        expect(new Set(values).size).toBe(values.length);
        expect(values.length).toBeLessThanOrEqual(count);
        for (const value of values) expect(satisfies(value, c), value).toBe(true);
        // Two capital letters make 676 keys; cognito:… three; one character at least 60.
        const available = c === constraints("LinkKey") ? 3 : c.length?.max === 1 ? 60 : 676;
        expect(values.length).toBeGreaterThanOrEqual(Math.min(count, available));
      }),
      { numRuns: 40 },
    );
  });
});

describe("cases for the traps model", () => {
  it("builds a baseline for the operation (no member is out of the builder's reach)", () => {
    expect(suite.omitted.filter((o) => o.id.endsWith(".*"))).toEqual([]);
    expect(bodyOf("PutTraps.unknown-member")).toMatchObject({ ModifiedAt: "2025-11-24T16:00:00Z", Passphrase: "AAAAAA==" });
    expect(bodyOf("PutTraps.NextToken.length.max").NextToken).toBe("");
    for (const member of ["ApplicationArn", "KeyBlockHeader", "SnapshotId", "ResourceConfigurationArn", "ResourceArn", "RecordRowPath"]) {
      const accepted = suite.cases.filter((c) => c.id.startsWith(`PutTraps.${member}.pattern.a`) && c.expect.outcome === "accepted");
      expect(accepted.length, member).toBeGreaterThan(0);
    }
  });

  it("fills map count cases with distinct keys the key shape allows, and leaves out counts no keys can reach", () => {
    expect(Object.keys(bodyOf("PutTraps.Links.length.max").Links as object)).toEqual(["cognito:dutch", "cognito:default", "cognito:english"]);
    expect(omission("PutTraps.Links.length.above-max")).toMatch(/4 entries need 4 distinct valid keys/);
    expect(Object.keys(bodyOf("PutTraps.Properties.length.max").Properties as object)).toEqual(["HOST", "PORT", "USERNAME", "PASSWORD"]);
    expect(omission("PutTraps.Properties.length.above-max")).toMatch(/the key's enum has only 4 values/);
    const countries = Object.keys(bodyOf("PutTraps.CountryRules.length.max").CountryRules as object);
    expect(countries).toHaveLength(300);
    expect(countries.every((k) => /^[A-Z]{2}$/.test(k))).toBe(true);
    expect(Object.keys(bodyOf("PutTraps.CountryRules.length.above-max").CountryRules as object)).toHaveLength(301);
  });

  it("fills @uniqueItems lists with distinct items, and leaves out counts no distinct items reach", () => {
    const tags = bodyOf("PutTraps.Tags.length.max").Tags as string[];
    expect(tags).toHaveLength(4);
    expect(new Set(tags).size).toBe(4);
    expect(new Set(bodyOf("PutTraps.Tags.length.min").Tags as string[]).size).toBe(2);
    expect(caseById.has("PutTraps.Ports.length.max")).toBe(false); // only 1..3: four distinct ports do not exist
    expect(omission("PutTraps.Ports.length.max")).toMatch(/4 distinct items .*only 3/);
    expect(omission("PutTraps.SettingsList")).toMatch(/no valid value/); // two distinct documents are not built
  });

  it("leaves out range cases one past a bound beyond 2^53, where the number would be the bound itself", () => {
    expect(omission("PutTraps.Capacity.range.above-max")).toMatch(/beyond 2\^53/);
    expect(omission("PutTraps.Frequency.range.above-max")).toMatch(/beyond 2\^53/);
    // The bound itself beyond 2^53 is not sent either: the double may not be the model's number.
    expect(omission("PutTraps.Capacity.range.max")).toMatch(/beyond 2\^53/);
    expect(caseById.has("PutTraps.Capacity.range.max")).toBe(false);
    expect(bodyOf("PutTraps.Frequency.range.below-min").Frequency).toBe(0);
  });
});

describe("the traps model's cases against its generated validators and server codec", () => {
  const root = resolve(import.meta.dirname, "..", "..");
  // Inside the work tree: the generated code resolves the repository's node_modules.
  const dir = join(root, ".cache", "conformance-traps-out");
  let written: ConformanceSuite;

  beforeAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    const generatedIndex = new ModelIndex(trapsModel(), ["test/conformance/aws-traps-model.ts"]);
    const files = await runGenerators(generatedIndex, generators);
    await writeOutput(dir, files);
    written = JSON.parse(files.find((f) => f.path === "conformance/cases.json")!.contents) as ConformanceSuite;
  }, 120_000);

  it("agree on every case decided by input validation (required documents reject null in both)", async () => {
    const { checked, disagreements } = await crossCheckCases(index, dir, written);
    expect(disagreements).toEqual([]);
    expect(checked).toBeGreaterThan(50);
    expect(written.cases.find((c) => c.id === "PutTraps.Settings.required.null")?.expect.outcome).toBe("error");
  }, 60_000);
});
