import { defineConfig } from "vitest/config";

// Workspace packages (packages/*) export their TypeScript sources under this
// condition: tests run against the sources, with no build of dist/ first.
// (Vite merges these arrays with vitest's defaults, "node" and
// "development|production", so only the addition is named.)
const conditions = ["@mwaa-serverless/source"];

export default defineConfig({
  resolve: { conditions },
  ssr: { resolve: { conditions } },
  test: {
    include: ["test/**/*.test.ts", "generated/**/test/**/*.test.ts", "packages/*/test/**/*.test.ts"],
    exclude: ["**/node_modules/**", "**/dist*/**"],
    // Servers started by tests bind 127.0.0.1 on free ports; give them room on
    // 2-core machines without hiding hangs.
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: "forks",
    // Generated validator modules of AWS's models (test/aws-models) are plain
    // ESM JavaScript of up to 21 MB: loaded by Node itself, not transformed
    // first (which took minutes and outlasted the runner's RPC deadline).
    server: { deps: { external: [/\/\.cache\/aws-models-out\/[^/]+\/validators\//] } },
    reporters: ["default"],
  },
});
