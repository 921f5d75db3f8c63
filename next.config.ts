import type { NextConfig } from "next";
import { ACTION_BODY_LIMIT } from "./lib/http/limits";
import { SECURITY_HEADERS } from "./lib/security-headers";

const nextConfig: NextConfig = {
  // Tests build into their own folder so they can run beside a portal serving .next. Read directly, not
  // through lib/env.ts (which declares it, internal): Next loads this file on its own, before the app.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  // An ETag is a hash of the whole page computed on every request (a quarter of a millisecond for the
  // dashboard); pages that may be kept are served no-store, so nothing would ever send it back.
  generateEtags: false,
  // The build type-checks the portal's own code; `npm run typecheck` covers the tests as well.
  typescript: { tsconfigPath: "tsconfig.build.json" },
  reactStrictMode: true,
  // Pages rendered on first request (the pre-rendered dashboard, app/(prerendered)) stay in memory
  // only: their addresses change with the data, so on disk they would pile up for good.
  cacheMaxMemorySize: 64 * 1024 * 1024,
  experimental: { isrFlushToDisk: false, serverActions: { bodySizeLimit: ACTION_BODY_LIMIT } },
  // chinese-days: its "module" build is ES syntax in a package without "type": "module", which Turbopack
  // refuses; Node loads its CommonJS build instead.
  serverExternalPackages: ["pg", "@prisma/adapter-pg", "@node-rs/argon2", "chinese-days"],
  async headers() {
    return [
      { source: "/:path*", headers: SECURITY_HEADERS },
      { source: "/api/:path*", headers: [{ key: "Cache-Control", value: "no-store" }] },
    ];
  },
};

export default nextConfig;
