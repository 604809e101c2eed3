import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts", "generated/**/test/**/*.test.ts"],
    exclude: ["**/node_modules/**", "**/dist*/**"],
    // Servers started by tests bind 127.0.0.1 on free ports; give them room on
    // 2-core machines without hiding hangs.
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: "forks",
    reporters: ["default"],
  },
});
