// The pinned AWS service models (jvm/aws-models: software.amazon.api.models
// jars, unpacked by `make jvm`), each as its Smithy JSON AST.
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import type { SmithyModel } from "../../codegen/src/model/ast.js";
import { jvmSuite } from "../support/toolchain.js";
import { botocoreJsonServices, botocoreModel } from "./botocore-models.js";
import { hostileModel } from "./hostile-model.js";

export interface PinnedModel {
  /** Artifact id, e.g. "dynamodb". */
  name: string;
  /** Path of the JSON AST file inside the unpacked jar. */
  path: string;
  ast: SmithyModel;
  /** True for models written for the tests (test/aws-models/hostile-model.ts), not published by AWS. */
  synthetic?: boolean;
  /** botocore's name of the service, when the AST was built from botocore's description (botocore-models.ts). */
  botocore?: string;
}

/**
 * awsJson services taken from botocore's descriptions (the Maven repository
 * here serves no more Smithy jars), of every size (botocore shape counts from
 * 24 to 626, awsJson1_0 and 1_1), run by `make test` with the five largest
 * below: with dynamodb and sqs, 38 AWS models.
 */
export const BOTOCORE_SERVICES = [
  // 1.1 unless marked
  "ecs", "athena", "kms", "swf" /* 1.0 */, "shield", "servicediscovery", "budgets", "kinesis", "acm", "secretsmanager",
  "support", "keyspaces" /* 1.0 */, "timestream-write" /* 1.0 */, "translate", "dax", "cognito-identity",
  "healthlake" /* 1.0 */, "redshift-data", "cloudcontrol" /* 1.0 */, "dynamodbstreams" /* 1.0 */, "meteringmarketplace",
  "cur", "pricing", "iotsecuretunneling", "route53-recovery-cluster" /* 1.0 */, "migrationhub-config",
  "ec2-instance-connect", "forecastquery",
  // Found by a sweep of every botocore awsJson service (AWS_MODELS=every): a
  // dotted X-Amz-Target prefix, and a shape named Unit beside operations
  // whose input and output are smithy.api#Unit; and a service of three
  // protocols (awsQuery, awsJson1_0, rpcv2Cbor), awsJson second.
  "cloudtrail", "emr", "cloudwatch" /* 1.0 */,
];

/** The five largest awsJson services (botocore shapes: 2,965, 1,680, 1,290, 678, 678), also in `make test`. */
export const LARGEST_SERVICES = ["sagemaker", "glue", "ssm", "logs", "lightsail"];

/**
 * The botocore services under test. AWS_MODELS unset (or `all`):
 * BOTOCORE_SERVICES and the five largest, 36 services; `small`: without the
 * five largest; `every`: every awsJson service botocore describes (152, a
 * sweep: each check, the typecheck and boto3's endpoints included, ~1 s a
 * model); a comma-separated list of botocore names: only those (to try one
 * model while working on a generator).
 */
export function botocoreServicesUnderTest(setting = process.env.AWS_MODELS): string[] {
  if (setting === undefined || setting === "" || setting === "all") return [...BOTOCORE_SERVICES, ...LARGEST_SERVICES];
  if (setting === "small") return BOTOCORE_SERVICES;
  if (setting === "every") return botocoreJsonServices();
  return setting.split(",").map((name) => name.trim()).filter(Boolean);
}

const root = resolve(import.meta.dirname, "..", "..");

/** Artifact ids listed in jvm/aws-models/suites. */
export function pinnedModelNames(): string[] {
  return readFileSync(join(root, "jvm", "aws-models", "suites"), "utf8")
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "" && !line.startsWith("#"));
}

function jsonFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith(".json"))
    .map((e) => join(e.parentPath, e.name));
}

let loaded: PinnedModel[] | undefined;
export function pinnedModels(): PinnedModel[] {
  loaded ??= pinnedModelNames().map((name) => {
    const files = jsonFiles(join(jvmSuite(name, "aws-models"), "META-INF", "smithy"));
    if (files.length !== 1) throw new Error(`${name}: expected one JSON AST in the jar, found ${files.length}`);
    const path = files[0]!;
    return { name, path, ast: JSON.parse(readFileSync(path, "utf8")) as SmithyModel };
  });
  return loaded;
}

/** The pinned AWS models plus the hostile-names model written for these tests. */
export function modelsUnderTest(): PinnedModel[] {
  const botocore = botocoreServicesUnderTest().map(
    (service): PinnedModel => ({ name: `botocore-${service}`, path: `botocore:${service}`, ast: botocoreModel(service), botocore: service }),
  );
  return [
    ...pinnedModels(),
    ...botocore,
    { name: "hostile", path: join(root, "test", "aws-models", "hostile-model.ts"), ast: hostileModel(), synthetic: true },
  ];
}
