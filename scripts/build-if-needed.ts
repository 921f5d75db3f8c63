// Builds the app when its sources changed since the last build (a content fingerprint), so the
// start command works on a fresh clone and stays fast on every later start.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { UserError } from "../lib/errors";

const SOURCES = [
  "app",
  "components",
  "lib",
  "public",
  "prisma/schema.prisma",
  "next.config.ts",
  "postcss.config.mjs",
  "tsconfig.json",
  "tsconfig.build.json",
  "package-lock.json",
];

function listFiles(entry: string): string[] {
  if (!existsSync(entry)) return [];
  if (!statSync(entry).isDirectory()) return [entry];
  return readdirSync(entry, { recursive: true, withFileTypes: true })
    .filter((dirent) => dirent.isFile())
    .map((dirent) => path.join(dirent.parentPath, dirent.name));
}

function fingerprintSources(): string {
  const hash = createHash("sha256");
  for (const file of SOURCES.flatMap(listFiles).sort()) hash.update(file).update(readFileSync(file));
  return hash.digest("hex");
}

export function buildIfNeeded(distDir: string): void {
  const stampFile = path.join(distDir, "portal-build-fingerprint");
  const fingerprint = fingerprintSources();
  if (
    existsSync(path.join(distDir, "BUILD_ID")) &&
    existsSync(stampFile) &&
    readFileSync(stampFile, "utf8") === fingerprint
  )
    return;
  console.error(`正在构建门户 (${distDir}),首次约需一两分钟…`);
  const result = spawnSync(path.resolve("node_modules/.bin/next"), ["build"], {
    stdio: ["ignore", "inherit", "inherit"],
    env: { ...process.env, NEXT_DIST_DIR: distDir },
  });
  if (result.status !== 0) throw new UserError("构建失败,见上方输出。");
  writeFileSync(stampFile, fingerprint);
}
