// The own-member reading path (ownMembers.ts) against the SDK's own JSON
// deserializer for the same body: a structure with a member named like
// Object.prototype's (`constructor`) is read through own properties, and
// every other value exactly as the SDK reads it. The SDK parses with a
// reviver that keeps a bigDecimal's digits and a big bigInteger exact where
// JSON.parse gives revivers the source text (Node 22+; Node 20 behind
// --harmony-json-parse-with-source): checked here in this Node and in a child
// Node with source text, where the digits must be the body's own.

import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { type BothReads, readBoth } from "./own-members-read.js";

function compare({ ours, sdk }: BothReads): void {
  expect(ours.constructor).toBe("c");
  const { constructor: _c, ...oursRest } = ours;
  const { name: _n, ...sdkRest } = sdk;
  expect(oursRest).toEqual(sdkRest);
}

describe("the own-member JSON path reads numbers as the SDK's deserializer does", () => {
  for (const form of ["string", "bytes"] as const) {
    it(`in this Node (body as ${form})`, async () => {
      compare(await readBoth(form));
    });
  }

  it("where JSON.parse gives the source text: every digit of bigDecimal and bigInteger values kept, in structures, lists and maps", () => {
    const script = `import("${new URL("./own-members-read.ts", import.meta.url).href}").then(async (m) => console.log(JSON.stringify([await m.readBoth("string"), await m.readBoth("bytes")])))`;
    const out = execFileSync(process.execPath, ["--harmony-json-parse-with-source", "--import", "tsx", "--input-type=module", "-e", script], {
      encoding: "utf8",
      timeout: 60_000,
    });
    for (const both of JSON.parse(out) as BothReads[]) {
      expect(both.sourceText, "the child Node gives revivers the source text").toBe(true);
      compare(both);
      expect(both.ours.price).toEqual({ bigDecimal: "12345678901234567890.123456789012345678901" });
      expect(both.ours.big).toBe("123456789012345678901234567890n");
      expect((both.ours.items as Record<string, unknown>[])[0]).toEqual({ value: { bigDecimal: "0.1000000000000000055511151231257827" }, count: "9007199254740993n" });
      expect(both.ours.byName).toEqual({ a: { bigDecimal: "3.14159265358979323846264338327950288" } });
    }
  });
});
