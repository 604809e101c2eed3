import { describe, expect, it } from "vitest";
import { judgeVersions, parseSemVer } from "../../codegen/src/diff/version.js";

const pkg = (version: string, present = true) => ({ version, present });

describe("client version bump", () => {
  it.each([
    ["0.1.0", "0.1.0", false, "0.2.0"],
    ["0.1.0", "0.1.5", false, "0.2.0"],
    ["0.1.0", "0.2.0", true, "0.2.0"],
    ["0.1.0", "1.0.0", true, "0.2.0"],
    ["1.4.2", "1.5.0", false, "2.0.0"],
    ["1.4.2", "2.0.0", true, "2.0.0"],
    ["1.4.2", "2.0.0-rc.1", true, "2.0.0"],
  ])("%s → %s allows a breaking change: %s (needs %s)", (base, head, allowed, needs) => {
    const verdict = judgeVersions(pkg(base), pkg(head));
    expect(verdict.breakingAllowed).toBe(allowed);
    expect(verdict.breakingNeeds).toBe(needs);
  });

  it("says when a package.json was absent and treats it as 0.0.0", () => {
    const verdict = judgeVersions(pkg("0.0.0", false), pkg("0.1.0"));
    expect(verdict.breakingAllowed).toBe(true);
    expect(verdict.notes.join()).toContain("absent at the base revision");
  });

  it("says when the version went down", () => {
    expect(judgeVersions(pkg("1.2.0"), pkg("1.1.0")).notes.join()).toContain("went down");
  });

  it("rejects versions that are not semver", () => {
    expect(() => parseSemVer("1.2")).toThrow(/not a semantic version/);
    expect(() => judgeVersions(pkg("latest"), pkg("1.0.0"))).toThrow(/'latest'/);
  });
});
