// A small awsJson1_0 model holding, one per member, the constraints of real
// AWS models that the conformance value builder once got wrong (a sweep of
// 143 botocore services): map keys with an enum, a pattern or a two-letter
// length; a map of at least two entries; date-time and http-date
// timestamps; a blob of at least four bytes; range bounds beyond 2^53; a
// required document; required members nested seven deep; possessive
// quantifiers, \A…\z anchors, an `|^$` branch, a length of exactly 0 and a
// content lookahead in patterns; @uniqueItems lists of strings, integers and
// documents.
import type { SmithyModel } from "../../codegen/src/model/ast.js";

const ns = "example.traps";
export const trapId = (name: string): string => `${ns}#${name}`;
const required = { "smithy.api#required": {} };

export function trapsModel(): SmithyModel {
  const shapes: SmithyModel["shapes"] = {};
  const string = (name: string, traits: Record<string, unknown>): void => {
    shapes[trapId(name)] = { type: "string", traits: traits as never };
  };
  // Map keys (cognito-idp Links, servicecatalog, pinpoint-sms-voice-v2, glue ConnectionProperties).
  string("LinkKey", { "smithy.api#pattern": "^cognito:(default|dutch|english)$" });
  shapes[trapId("Links")] = {
    type: "map",
    key: { target: trapId("LinkKey") },
    value: { target: "smithy.api#String" },
    traits: { "smithy.api#length": { min: 1, max: 3 } },
  };
  shapes[trapId("PropertyName")] = {
    type: "enum",
    members: Object.fromEntries(["HOST", "PORT", "USERNAME", "PASSWORD"].map((v) => [v, { target: "smithy.api#Unit", traits: { "smithy.api#enumValue": v } }])),
  };
  shapes[trapId("Properties")] = {
    type: "map",
    key: { target: trapId("PropertyName") },
    value: { target: "smithy.api#String" },
    traits: { "smithy.api#length": { min: 0, max: 4 } },
  };
  string("CountryCode", { "smithy.api#length": { min: 2, max: 2 }, "smithy.api#pattern": "^[A-Z]{2}$" });
  shapes[trapId("CountryRules")] = {
    type: "map",
    key: { target: trapId("CountryCode") },
    value: { target: "smithy.api#String" },
    traits: { "smithy.api#length": { min: 1, max: 300 } },
  };
  // A map that needs two entries (logs PutLogEvents entity.keyAttributes).
  string("AttributeName", { "smithy.api#length": { min: 1, max: 32 } });
  shapes[trapId("KeyAttributes")] = {
    type: "map",
    key: { target: trapId("AttributeName") },
    value: { target: "smithy.api#String" },
    traits: { "smithy.api#length": { min: 2, max: 4 } },
  };
  // Timestamps in each format (partnercentral-selling's date-time).
  shapes[trapId("DateTime")] = { type: "timestamp", traits: { "smithy.api#timestampFormat": "date-time" } };
  shapes[trapId("HttpDate")] = { type: "timestamp", traits: { "smithy.api#timestampFormat": "http-date" } };
  // A blob of 4 to 128 bytes (acm ExportCertificate Passphrase).
  shapes[trapId("Passphrase")] = { type: "blob", traits: { "smithy.api#length": { min: 4, max: 128 } } };
  // Range bounds beyond 2^53 (fsx VolumeCapacityBytes, iotfleetwise).
  shapes[trapId("CapacityBytes")] = { type: "long", traits: { "smithy.api#range": { min: 0, max: 22517998000000000 } } };
  // 2^63 - 1 as JSON.parse reads it from the model: 2^63.
  shapes[trapId("FrequencyMs")] = { type: "long", traits: { "smithy.api#range": { min: 1, max: Number("9223372036854775807") } } };
  // Patterns: possessive (kinesisanalytics), \A…\z (storagegateway), `|^$` far from the
  // shortest length (events), exactly empty (proton), content lookaheads (fsx, kinesisanalyticsv2).
  string("ApplicationArn", { "smithy.api#pattern": "^arn:aws:kinesisanalytics:[a-z]{2}-[a-z]+-\\d{1}+:\\d{12}+:application/[a-z]+$" });
  string("KeyBlockHeader", { "smithy.api#pattern": "^[0-9A-Z]{2}+$" });
  string("SnapshotId", { "smithy.api#pattern": "\\Asnap-([0-9A-Fa-f]{8}|[0-9A-Fa-f]{17})\\z" });
  string("ResourceConfigurationArn", {
    "smithy.api#pattern": "^(?:^arn:[a-z0-9\\-]+:vpc-lattice:[a-zA-Z0-9\\-]+:\\d{12}:resourceconfiguration/rcfg-[0-9a-z]{17}$|^$)",
    "smithy.api#length": { min: 0, max: 2048 },
  });
  string("EmptyNextToken", { "smithy.api#length": { min: 0, max: 0 } });
  string("ResourceArn", {
    "smithy.api#pattern": "^arn:(?=[^:]+:fsx:[^:]+:\\d{12}:)((|(?=[a-z0-9\\-.]{1,63})(?!\\d{1,3}(\\.\\d{1,3}){3})(?![^:]*-{2})(?![^:]*-\\.)(?![^:]*\\.-)[a-z0-9].*(?<!-)):){4}(?!/).{0,1024}$",
    "smithy.api#length": { min: 8, max: 512 },
  });
  string("RecordRowPath", { "smithy.api#pattern": "^(?=^\\$)(?=^\\S+$).*$", "smithy.api#length": { min: 1, max: 65535 } });
  // Seven levels of required members, nothing recursive (bcm-dashboards CreateDashboard).
  for (let level = 1; level <= 7; level++) {
    shapes[trapId(`Level${level}`)] = {
      type: "structure",
      members: { Next: { target: level === 7 ? "smithy.api#String" : trapId(`Level${level + 1}`), traits: required } },
    };
  }
  // Recursion through a required member: no finite value exists.
  shapes[trapId("Forever")] = { type: "structure", members: { Again: { target: trapId("Forever"), traits: required } } };

  // @uniqueItems lists: a count case of repeated items would be invalid.
  shapes[trapId("Tags")] = {
    type: "list",
    member: { target: trapId("CountryCode") },
    traits: { "smithy.api#uniqueItems": {}, "smithy.api#length": { min: 2, max: 4 } },
  };
  shapes[trapId("Ports")] = {
    type: "list",
    member: { target: "smithy.api#Integer", traits: { "smithy.api#range": { min: 1, max: 3 } } },
    traits: { "smithy.api#uniqueItems": {}, "smithy.api#length": { max: 4 } },
  };
  shapes[trapId("Settings")] = {
    type: "list",
    member: { target: "smithy.api#Document" },
    traits: { "smithy.api#uniqueItems": {}, "smithy.api#length": { min: 2 } },
  };

  shapes[trapId("PutTrapsInput")] = {
    type: "structure",
    members: {
      Id: { target: "smithy.api#String", traits: required },
      Links: { target: trapId("Links") },
      Properties: { target: trapId("Properties") },
      CountryRules: { target: trapId("CountryRules") },
      KeyAttributes: { target: trapId("KeyAttributes") },
      ModifiedAt: { target: trapId("DateTime"), traits: required },
      ExpiresAt: { target: trapId("HttpDate"), traits: required },
      Passphrase: { target: trapId("Passphrase"), traits: required },
      Capacity: { target: trapId("CapacityBytes") },
      Frequency: { target: trapId("FrequencyMs") },
      Settings: { target: "smithy.api#Document", traits: required },
      Deep: { target: trapId("Level1"), traits: required },
      ApplicationArn: { target: trapId("ApplicationArn") },
      KeyBlockHeader: { target: trapId("KeyBlockHeader") },
      SnapshotId: { target: trapId("SnapshotId") },
      ResourceConfigurationArn: { target: trapId("ResourceConfigurationArn") },
      NextToken: { target: trapId("EmptyNextToken") },
      ResourceArn: { target: trapId("ResourceArn") },
      RecordRowPath: { target: trapId("RecordRowPath") },
      Forever: { target: trapId("Forever") },
      Tags: { target: trapId("Tags"), traits: required },
      Ports: { target: trapId("Ports") },
      SettingsList: { target: trapId("Settings") },
    },
    traits: { "smithy.api#input": {} },
  };
  shapes[trapId("PutTrapsOutput")] = { type: "structure", members: {}, traits: { "smithy.api#output": {} } };
  shapes[trapId("ValidationException")] = {
    type: "structure",
    members: { message: { target: "smithy.api#String" } },
    traits: { "smithy.api#error": "client" },
  };
  shapes[trapId("PutTraps")] = {
    type: "operation",
    input: { target: trapId("PutTrapsInput") },
    output: { target: trapId("PutTrapsOutput") },
    errors: [{ target: trapId("ValidationException") }],
  };
  shapes[trapId("Traps")] = {
    type: "service",
    version: "2025-01-01",
    operations: [{ target: trapId("PutTraps") }],
    traits: {
      "aws.api#service": { sdkId: "Traps", endpointPrefix: "traps" },
      "aws.auth#sigv4": { name: "traps" },
      "aws.protocols#awsJson1_0": {},
    },
  };
  return { smithy: "2.0", shapes };
}
