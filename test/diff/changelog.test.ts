// CHANGELOG.md upkeep: one section per version, replaced in place when it is
// regenerated, newest first, the Unreleased section retired by a release.

import { describe, expect, it } from "vitest";
import { upsertSection } from "../../codegen/src/diff/changelog.js";

const section = (heading: string, body: string): string => `${heading}\n\n${body}\n`;

describe("upsertSection", () => {
  it("starts a changelog with a title naming the package", () => {
    const text = upsertSection(undefined, section("## 0.1.0", "First."), "@mwaa-serverless/client");
    expect(text).toBe(
      "# Changelog\n\nWhat changed for callers of the client package `@mwaa-serverless/client`, generated from the model by `make changelog`.\n\n## 0.1.0\n\nFirst.\n",
    );
  });

  it("puts a new version on top and keeps older ones as they are", () => {
    const old = "# Changelog\n\nHand-written intro.\n\n## 0.1.0\n\nFirst.\n\n- kept by hand\n";
    const text = upsertSection(old, section("## 0.2.0", "Second."));
    expect(text).toBe("# Changelog\n\nHand-written intro.\n\n## 0.2.0\n\nSecond.\n\n## 0.1.0\n\nFirst.\n\n- kept by hand\n");
  });

  it("replaces the section of the same version in place, so regenerating is idempotent", () => {
    const start = upsertSection(upsertSection(undefined, section("## 0.1.0", "First.")), section("## 0.2.0", "Draft."));
    const once = upsertSection(start, section("## 0.1.0", "First, reworded."));
    expect(once.indexOf("## 0.2.0")).toBeLessThan(once.indexOf("## 0.1.0"));
    expect(once).toContain("First, reworded.");
    expect(once).not.toContain("First.\n");
    expect(upsertSection(once, section("## 0.1.0", "First, reworded."))).toBe(once);
  });

  it("retires the Unreleased section when a version's section is written", () => {
    const unreleased = upsertSection(upsertSection(undefined, section("## 0.1.0", "First.")), section("## Unreleased", "Pending."));
    expect(unreleased.indexOf("## Unreleased")).toBeLessThan(unreleased.indexOf("## 0.1.0"));
    const released = upsertSection(unreleased, section("## 0.2.0", "Pending, released."));
    expect(released).not.toContain("Unreleased");
    expect(released.match(/^## /gm)).toEqual(["## ", "## "]);
  });
});
