import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: {
      "@": fileURLToPath(new URL("./", import.meta.url)),
      // Tests run server modules in plain Node: "server-only" is the empty module Next's server gets.
      "server-only": fileURLToPath(new URL("./node_modules/server-only/empty.js", import.meta.url)),
    },
  },
  test: {
    projects: [
      {
        extends: true,
        test: { name: "unit", include: ["tests/unit/**/*.test.ts"], environment: "node" },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          globalSetup: ["tests/integration/global-setup.ts"],
          setupFiles: ["tests/integration/setup-env.ts"],
          fileParallelism: false,
          testTimeout: 30_000,
          hookTimeout: 120_000,
        },
      },
      {
        extends: true,
        // Two portal processes behind nginx on one PostgreSQL (scripts/scale/start-cluster.ts); not in npm test.
        test: {
          name: "scale",
          include: ["tests/scale/**/*.test.ts"],
          globalSetup: ["tests/scale/global-setup.ts"],
          fileParallelism: false,
          testTimeout: 60_000,
          // The first start may build the app (.next-test, the e2e tier's build) and seeds the demo.
          hookTimeout: 900_000,
        },
      },
    ],
  },
});
