import { mkdtempSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { resolveAuthSecret } from "@/scripts/auth-secret";

const saved = process.env.AUTH_SECRET;
afterEach(() => {
  if (saved === undefined) delete process.env.AUTH_SECRET;
  else process.env.AUTH_SECRET = saved;
});

describe("AUTH_SECRET", () => {
  it("is required in production", () => {
    delete process.env.AUTH_SECRET;
    expect(() => resolveAuthSecret("production", mkdtempSync(path.join(tmpdir(), "secret-")))).toThrow(
      "生产模式必须设置 AUTH_SECRET",
    );
  });

  it("is generated once for the demo and kept in the data directory, readable by its owner only", () => {
    delete process.env.AUTH_SECRET;
    const dir = mkdtempSync(path.join(tmpdir(), "secret-"));
    const first = resolveAuthSecret("demo", dir);
    expect(first.length).toBeGreaterThanOrEqual(32);
    expect(resolveAuthSecret("demo", dir)).toBe(first);
    expect(readFileSync(path.join(dir, "auth-secret"), "utf8")).toBe(first);
    expect(statSync(path.join(dir, "auth-secret")).mode & 0o077).toBe(0);
  });

  it("refuses a short configured secret", () => {
    process.env.AUTH_SECRET = "too-short";
    expect(() => resolveAuthSecret("production", tmpdir())).toThrow(
      "AUTH_SECRET 须为至少 32 个字符的随机串(可用 openssl rand -base64 48 生成),现为 9 个字符(内容不显示)",
    );
  });
});
