import { randomBytes } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { readEnv } from "../lib/env";
import { UserError } from "../lib/errors";

/**
 * Production refuses to start without AUTH_SECRET (lib/env.ts refuses one shorter than 32 characters).
 * The demo generates one on first start and keeps it in the data directory, so sessions survive restarts.
 */
export function resolveAuthSecret(mode: "demo" | "production", dataDir: string): string {
  // Read afresh, not memoised: the start script asks before and after it sets the variable itself.
  const configured = readEnv().AUTH_SECRET;
  if (configured) return configured;
  if (mode === "production") throw new UserError("生产模式必须设置 AUTH_SECRET 环境变量(至少 32 个字符),门户未启动。");
  const file = path.join(dataDir, "auth-secret");
  if (!existsSync(file)) writeFileSync(file, randomBytes(48).toString("base64url"), { mode: 0o600 });
  return readFileSync(file, "utf8").trim();
}
