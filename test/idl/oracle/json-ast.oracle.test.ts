// JSON AST model files (`.json`), read by our front end as Smithy's
// ModelAssembler reads them: the same JSON AST out of `smithy ast`, the same
// verdict, and the loader's WARNINGs (unknown properties) where Smithy gives
// them. A model directory may mix IDL and JSON AST files.
import { beforeAll, describe, expect, it } from "vitest";
import { compareWithSmithy, loaderEventDifference } from "./compare.js";
import { describeAgainstSmithy, type SingleFileCases } from "./single-file-cases.js";
import { askSmithy, type OracleAnswer, refuses } from "./smithy-oracle.js";

const bigNumbers = (text: string): string =>
  text.replace('"BIG_INTEGER"', "123456789012345678901234567890").replace('"BIG_LONG"', "9007199254740993");
const ast = (shapes: object, extra: object = {}): string => JSON.stringify({ smithy: "2.0", ...extra, shapes }, null, 2);

const CASES: SingleFileCases = {
  "every kind of shape, several namespaces, metadata and big numbers": [
    // Numbers JSON.stringify cannot write (beyond 2^53) are put into the text as digits.
    bigNumbers(JSON.stringify(
      {
        smithy: "2.0",
        metadata: { owners: ["a", "b"], limits: { big: "BIG_INTEGER" } },
        shapes: {
          "example.weather#Weather": {
            type: "service",
            version: "2006-03-01",
            operations: [{ target: "example.weather#Ping" }],
            resources: [{ target: "example.weather#City" }],
            errors: [{ target: "example.other#Oops" }],
            rename: { "example.other#Name": "OtherName" },
            traits: { "smithy.api#documentation": "The service." },
          },
          "example.weather#City": {
            type: "resource",
            identifiers: { cityId: { target: "example.weather#CityId" } },
            properties: { name: { target: "example.weather#Name" } },
            read: { target: "example.weather#GetCity" },
            list: { target: "example.weather#ListCities" },
          },
          "example.weather#CityId": { type: "string", traits: { "smithy.api#pattern": "^[A-Za-z0-9 ]+$" } },
          "example.weather#Name": { type: "string" },
          "example.other#Name": { type: "string" },
          "example.weather#GetCity": {
            type: "operation",
            input: { target: "example.weather#GetCityInput" },
            output: { target: "example.weather#GetCityOutput" },
            traits: { "smithy.api#readonly": {} },
          },
          "example.weather#GetCityInput": {
            type: "structure",
            members: { cityId: { target: "example.weather#CityId", traits: { "smithy.api#required": {} } } },
            traits: { "smithy.api#input": {} },
          },
          "example.weather#GetCityOutput": {
            type: "structure",
            members: {
              name: { target: "example.weather#Name", traits: { "smithy.api#required": {} } },
              other: { target: "example.other#Name", traits: { "smithy.api#notProperty": {} } },
              coordinates: { target: "example.weather#Coordinates", traits: { "smithy.api#notProperty": {} } },
              tags: { target: "example.weather#Tags", traits: { "smithy.api#notProperty": {} } },
              kind: { target: "example.weather#Kind", traits: { "smithy.api#notProperty": {} } },
              level: { target: "example.weather#Level", traits: { "smithy.api#notProperty": {} } },
              count: {
                target: "smithy.api#Long",
                traits: { "smithy.api#default": 0, "smithy.api#range": { max: "BIG_LONG" }, "smithy.api#notProperty": {} },
              },
            },
            traits: { "smithy.api#output": {} },
          },
          "example.weather#ListCities": {
            type: "operation",
            input: { target: "smithy.api#Unit" },
            output: { target: "example.weather#ListCitiesOutput" },
            traits: { "smithy.api#readonly": {} },
          },
          "example.weather#ListCitiesOutput": {
            type: "structure",
            members: { items: { target: "example.weather#CityList", traits: { "smithy.api#required": {} } } },
          },
          "example.weather#CityList": { type: "list", member: { target: "example.weather#CityId" } },
          "example.weather#Tags": { type: "map", key: { target: "smithy.api#String" }, value: { target: "smithy.api#String" } },
          "example.weather#Coordinates": {
            type: "union",
            members: { latLong: { target: "example.weather#LatLong" }, name: { target: "smithy.api#String" } },
          },
          "example.weather#LatLong": {
            type: "structure",
            mixins: [{ target: "example.weather#Located" }],
            members: { extra: { target: "smithy.api#Double" } },
          },
          "example.weather#Located": {
            type: "structure",
            members: { lat: { target: "smithy.api#Double" }, long: { target: "smithy.api#Double" } },
            traits: { "smithy.api#mixin": {} },
          },
          "example.weather#Kind": {
            type: "enum",
            members: {
              SUNNY: { target: "smithy.api#Unit", traits: { "smithy.api#enumValue": "sunny" } },
              RAINY: { target: "smithy.api#Unit", traits: { "smithy.api#enumValue": "rainy" } },
            },
          },
          "example.weather#Level": {
            type: "intEnum",
            members: { LOW: { target: "smithy.api#Unit", traits: { "smithy.api#enumValue": 1 } } },
          },
          "example.weather#Ping": { type: "operation" },
          "example.other#Oops": {
            type: "structure",
            members: { message: { target: "smithy.api#String" } },
            traits: { "smithy.api#error": "client" },
          },
          "example.weather#Located$lat": { type: "apply", traits: { "smithy.api#documentation": "Latitude." } },
        },
      },
      null,
      2,
    )),
    true,
    "case.json",
  ],
  "a 1.0 JSON AST is upgraded as Smithy upgrades it (boxed and primitive members, sets)": [
    JSON.stringify(
      {
        smithy: "1.0",
        shapes: {
          "a.b#S": {
            type: "structure",
            members: {
              boxed: { target: "a.b#BoxedInt" },
              primitive: { target: "smithy.api#PrimitiveInteger" },
              plain: { target: "smithy.api#Integer" },
              names: { target: "a.b#Names" },
            },
          },
          "a.b#BoxedInt": { type: "integer", traits: { "smithy.api#box": {} } },
          "a.b#Names": { type: "set", member: { target: "smithy.api#String" } },
        },
      },
      null,
      2,
    ),
    true,
    "case.json",
  ],
  "unknown properties are WARNINGs at the object that has them": [
    JSON.stringify(
      {
        smithy: "2.0",
        what: true,
        shapes: {
          "a.b#S": { type: "structure", members: { m: { target: "smithy.api#String", bogus: 1 } }, extra: [] },
          "a.b#O": { type: "operation", input: { target: "a.b#S" }, outputs: [] },
        },
      },
      null,
      2,
    ),
    true,
    "case.json",
  ],
  "a relative member target is refused": [ast({ "a.b#S": { type: "structure", members: { m: { target: "String" } } } }), false, "case.json"],
  "a shape without a type is refused": [ast({ "a.b#S": { members: {} } }), false, "case.json"],
  "an unknown shape type is refused": [ast({ "a.b#S": { type: "struct" } }), false, "case.json"],
  "a shape key with a member is refused unless it is an apply": [ast({ "a.b#S$m": { type: "string" } }), false, "case.json"],
  "a trailing comma is not JSON": ['{"smithy": "2.0", "shapes": {"a.b#S": {"type": "string"},}}', false, "case.json"],
  "a comment is not JSON": ['{"smithy": "2.0", // no\n "shapes": {}}', false, "case.json"],
  "a trait value of the wrong type is refused at the value": [
    ast({ "a.b#S": { type: "string", traits: { "smithy.api#length": { min: "1" } } } }),
    false,
    "case.json",
  ],
  "an annotation trait given null is refused (a JSON AST has no annotation shorthand)": [
    ast({ "a.b#S": { type: "structure", members: {}, traits: { "smithy.api#sensitive": null } } }),
    false,
    "case.json",
  ],
  "an @idRef string that is no shape ID is refused": [
    ast({ "a.b#Svc": { type: "service", traits: { "smithy.api#auth": ["not a shape ID"] } } }),
    false,
    "case.json",
  ],
  "an @idRef string naming a shape its selector does not select is refused": [
    ast({ "a.b#Svc": { type: "service", traits: { "smithy.api#auth": ["smithy.api#String"] } } }),
    false,
    "case.json",
  ],
  "apply to a shape of another file's namespace, and to a member": [
    ast({
      "a.b#S": { type: "structure", members: { m: { target: "smithy.api#String" } } },
      "a.b#S$m": { type: "apply", traits: { "smithy.api#documentation": "m" } },
      "a.b#S2": { type: "apply", traits: { "smithy.api#documentation": "no such shape" } },
    }),
    false,
    "case.json",
  ],
  "an unsupported version is refused": ['{"smithy": "3.0", "shapes": {}}', false, "case.json"],
  "a set in a 2.0 JSON AST is refused": [ast({ "a.b#Names": { type: "set", member: { target: "smithy.api#String" } } }), false, "case.json"],
};

describeAgainstSmithy("JSON AST files against the real Smithy", CASES, (files, answer, name) => {
  expect(loaderEventDifference(files, answer), name).toBeUndefined();
});

describe("IDL and JSON AST files in one model", () => {
  const files = [
    {
      path: "main.smithy",
      text: '$version: "2"\nnamespace a.b\n\nstructure FromIdl {\n    other: FromJson\n}\n\napply FromJson @documentation("applied from IDL")\n',
    },
    {
      path: "more.json",
      text: ast({
        "a.b#FromJson": { type: "structure", members: { back: { target: "a.b#FromIdl" } } },
        "a.b#FromIdl$other": { type: "apply", traits: { "smithy.api#required": {} } },
      }),
    },
  ];
  let answer: OracleAnswer;
  beforeAll(async () => {
    [answer] = (await askSmithy([files])) as [OracleAnswer];
  }, 120_000);

  it("reads to Smithy's AST: shapes of each refer to the other's, applies cross files", () => {
    expect(refuses(answer)).toBe(false);
    expect(compareWithSmithy(files, answer)).toBeUndefined();
  });
});
