import path from "node:path";
import { describe, expect, it } from "vitest";
import { readEnv } from "@/lib/env";

const env = (vars: Record<string, string> = {}): NodeJS.ProcessEnv => ({ NODE_ENV: "test", ...vars });

describe("readEnv", () => {
  it("starts on port 3000 with the embedded database on 54329 and data in ./data", () => {
    const config = readEnv(env());
    expect(config.PORT).toBe(3000);
    expect(config.EMBEDDED_DB_PORT).toBe(54329);
    expect(config.DATABASE_URL).toBeUndefined();
    expect(path.isAbsolute(config.dataDir)).toBe(true);
    expect(config.dataDir.endsWith(`${path.sep}data`)).toBe(true);
  });

  it("reads ports given as text and an external PostgreSQL URL", () => {
    const config = readEnv(
      env({ PORT: "8080", EMBEDDED_DB_PORT: "55432", DATABASE_URL: "postgresql://portal@db:5432/portal" }),
    );
    expect(config.PORT).toBe(8080);
    expect(config.EMBEDDED_DB_PORT).toBe(55432);
    expect(config.DATABASE_URL).toBe("postgresql://portal@db:5432/portal");
    expect(readEnv(env({ DATABASE_URL: "postgres://localhost/portal" })).DATABASE_URL).toBe(
      "postgres://localhost/portal",
    );
  });

  it("resolves a relative data directory to an absolute one and keeps an absolute one", () => {
    expect(readEnv(env({ PORTAL_DATA_DIR: "var/portal" })).dataDir).toBe(path.resolve("var/portal"));
    expect(readEnv(env({ PORTAL_DATA_DIR: "/srv/portal" })).dataDir).toBe(path.resolve("/srv/portal"));
  });

  it("refuses a database URL that is not PostgreSQL, naming the variable", () => {
    expect(() => readEnv(env({ DATABASE_URL: "mysql://x" }))).toThrow(/^配置错误.*DATABASE_URL/);
  });

  it("refuses a port that is not a number or out of range", () => {
    expect(() => readEnv(env({ PORT: "abc" }))).toThrow(/^配置错误.*PORT/);
    expect(() => readEnv(env({ PORT: "70000" }))).toThrow(/^配置错误.*PORT/);
    expect(() => readEnv(env({ EMBEDDED_DB_PORT: "0" }))).toThrow(/^配置错误.*EMBEDDED_DB_PORT/);
  });

  it("throws an Error, so start-up stops with the message", () => {
    let thrown: unknown;
    try {
      readEnv(env({ PORT: "abc" }));
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(Error);
    expect((thrown as Error).message.startsWith("配置错误")).toBe(true);
  });
});
