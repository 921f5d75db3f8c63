import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // Tests build into their own folder so they can run beside a portal serving .next.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  reactStrictMode: true,
  serverExternalPackages: ["pg", "@prisma/adapter-pg"],
};

export default nextConfig;
