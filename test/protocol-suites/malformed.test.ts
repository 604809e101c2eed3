// httpMalformedRequestTests (none in the awsJson suites today, many in
// restJson1's) become server tests: a model with such cases, testParameters
// expanded one case per value, generated and run like the suites' cases.

import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { serverGenerator } from "../../codegen/src/generators/server/index.js";
import { protocolTestsFile } from "../../codegen/src/generators/server/protocol-tests.js";
import { indexFromIdl, writeOutput } from "../../codegen/src/pipeline.js";

const MODEL = `$version: "2"
namespace example.malformed

use aws.protocols#awsJson1_0
use smithy.test#httpMalformedRequestTests

@awsJson1_0
service Counter { version: "2024-01-01", operations: [Take] }

@httpMalformedRequestTests([
    {
        id: "TakeRejectsNonIntegerCount"
        documentation: "A count that is not a JSON number is a SerializationException"
        protocol: awsJson1_0
        request: {
            method: "POST"
            uri: "/"
            headers: { "Content-Type": "application/x-amz-json-1.0", "X-Amz-Target": "Counter.Take" }
            body: """
                { "name": "a", "count": $value }"""
        }
        response: {
            code: 400
            headers: { "X-Amzn-ErrorType": "SerializationException" }
        }
        testParameters: { value: ["\\"1\\"", "true", "[1]", "{}"] }
    }
    {
        id: "TakeRejectsEmptyName"
        protocol: awsJson1_0
        request: {
            method: "POST"
            uri: "/"
            headers: { "Content-Type": "application/x-amz-json-1.0", "X-Amz-Target": "Counter.Take" }
            body: """
                { "name": "" }"""
        }
        response: {
            code: 400
            headers: { "X-Amzn-ErrorType": "ValidationException" }
            body: { mediaType: "application/json", assertion: { messageRegex: "name" } }
        }
    }
    {
        id: "TakeRejectsUnknownTarget"
        protocol: awsJson1_0
        request: {
            method: "POST"
            uri: "/"
            headers: { "Content-Type": "application/x-amz-json-1.0", "X-Amz-Target": "Counter.Nope" }
            body: "{}"
        }
        response: {
            code: 400
            body: { mediaType: "application/json", assertion: { contents: """
                {"__type": "UnknownOperationException", "message": "Unknown operation \\\\"Counter.Nope\\\\""}""" } }
        }
    }
])
operation Take {
    input := {
        @required
        @length(min: 1)
        name: String
        count: Integer
    }
    output := { left: Integer }
}
`;

const files = [{ path: "malformed.smithy", text: MODEL }];
const index = indexFromIdl(files);
const dir = resolve(import.meta.dirname, "..", "..", "build", "protocol-suites", "malformed");
const generated = (await serverGenerator.generate(index)).filter((f) => f.path !== "server/test/protocol.test.ts");
generated.push({ path: "server/test/protocol.test.ts", contents: protocolTestsFile(index, index.service()) });
await writeOutput(dir, generated);
const testFile = join(dir, "server", "test", "protocol.test.ts");

describe("httpMalformedRequestTests", () => {
  it("expands testParameters into one case per value, ids suffixed _caseN", () => {
    const text = readFileSync(testFile, "utf8");
    for (let i = 0; i < 4; i++) expect(text).toContain(`"TakeRejectsNonIntegerCount_case${i}: `);
    expect(text).not.toContain("$value");
    expect(text).toContain('"TakeRejectsEmptyName: ');
    expect(text).toContain('"TakeRejectsUnknownTarget: ');
  });
});

// The generated cases themselves: each sends its request and checks that no handler ran and the response matches.
await import(testFile);
