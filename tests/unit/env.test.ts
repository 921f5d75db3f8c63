import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { INTERNAL_VARIABLES, portalEnv, readEnv, resetPortalEnv, setPortalEnv, USER_VARIABLES } from "@/lib/env";

const env = (vars: Record<string, string> = {}): NodeJS.ProcessEnv => ({ NODE_ENV: "test", ...vars });

describe("readEnv", () => {
  it("starts on port 3000 with the embedded database on a free port and data in ./data", () => {
    const config = readEnv(env());
    expect(config.PORT).toBe(3000);
    expect(config.EMBEDDED_DB_PORT).toBeUndefined();
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

describe("every variable, with its default and a Chinese message for a bad value", () => {
  it("has the defaults the README documents", () => {
    const config = readEnv(env());
    expect(config).toMatchObject({
      REPORT_DUE_DAY: 5,
      PROGRESS_AHEAD: 10,
      PROGRESS_BEHIND: 10,
      PROGRESS_SERIOUSLY_BEHIND: 30,
      PORTAL_DEMO_DATE: "2022-11-03",
      SESSION_IDLE_MINUTES: 30,
      SESSION_MAX_HOURS: 12,
      PASSWORD_MAX_AGE_DAYS: 90,
      LOCKOUT_THRESHOLD: 5,
      LOCKOUT_MINUTES: 30,
      LOGIN_IP_MAX_FAILURES: 50,
      LOGIN_IP_WINDOW_MINUTES: 15,
      MFA_REQUIRED_ROLES: ["ADMIN", "AUDITOR", "SUPERVISOR", "LEADER"],
      AUDIT_RETENTION_DAYS: 184,
      S3_REGION: "us-east-1",
      S3_FORCE_PATH_STYLE: "true",
      NEXT_DIST_DIR: ".next",
    });
    expect(config.PORTAL_CLOCK).toBeUndefined();
    expect(config.TRUSTED_PROXIES.size).toBe(0);
    expect(config.UNIT_EMAILS.size).toBe(0);
  });

  it("counts a blank value as unset, so an empty line in a unit file means the default", () => {
    expect(readEnv(env({ REPORT_DUE_DAY: "", PORT: "  " }))).toMatchObject({ REPORT_DUE_DAY: 5, PORT: 3000 });
  });

  it.each([
    ["REPORT_DUE_DAY", "abc", 'REPORT_DUE_DAY 须为 1–28 之间的整数,现为 "abc"'],
    ["REPORT_DUE_DAY", "31", 'REPORT_DUE_DAY 须为 1–28 之间的整数,现为 "31"'],
    ["PORTAL_DEMO_DATE", "2022-02-30", 'PORTAL_DEMO_DATE 须为 2022-11-03 这样的日期,现为 "2022-02-30"'],
    ["PORTAL_CLOCK", "next monday", "PORTAL_CLOCK 须为时钟的起点,如 2022-03-10T09:00:00+08:00"],
    ["PORTAL_CLOCK", "2022-03-10T09:00:00", "PORTAL_CLOCK 须为时钟的起点"],
    ["AUDIT_RETENTION_DAYS", "30", 'AUDIT_RETENTION_DAYS 须为不少于 184 的整数(天),现为 "30"'],
    ["SESSION_IDLE_MINUTES", "0", 'SESSION_IDLE_MINUTES 须为大于 0 的数(分钟),现为 "0"'],
    ["MFA_REQUIRED_ROLES", "ADMIN,BOSS", "MFA_REQUIRED_ROLES 须为以逗号分隔的角色"],
    [
      "TRUSTED_PROXIES",
      "10.0.0.1,proxy.local",
      'TRUSTED_PROXIES 须为以逗号分隔的 IP 地址(如 10.0.0.1,10.0.0.2),现为 "10.0.0.1,proxy.local"',
    ],
    [
      "NEXTAUTH_URL",
      "portal.example.cn",
      'NEXTAUTH_URL 须为门户对外的 http:// 或 https:// 地址,现为 "portal.example.cn"',
    ],
    ["S3_ENDPOINT", "minio:9000", 'S3_ENDPOINT 须为对象存储的 http:// 或 https:// 地址,现为 "minio:9000"'],
  ])("refuses %s=%s, naming the variable and what a good value looks like", (name, value, message) => {
    expect(() => readEnv(env({ [name]: value }))).toThrow(`配置错误: ${message}`);
  });

  it("never repeats a secret in its message, only its length", () => {
    const attempt = () => readEnv(env({ DATABASE_URL: "mysql://portal:s3cret-pw@db/portal", SMTP_URL: "mail:pw@x" }));
    expect(attempt).toThrow("DATABASE_URL 须为 postgresql:// 开头的连接串,现为 34 个字符(内容不显示)");
    expect(attempt).toThrow("SMTP_URL 须为 smtp:// 或 smtps:// 地址,现为 9 个字符(内容不显示)");
    expect(attempt).not.toThrow(/s3cret-pw|mail:pw/);
  });

  it("lists every bad variable at once, so one restart fixes them all", () => {
    expect(() => readEnv(env({ PORT: "abc", REPORT_DUE_DAY: "0" }))).toThrow(
      /^配置错误: PORT 须为 1–65535 之间的端口号,现为 "abc";REPORT_DUE_DAY 须为 1–28 之间的整数,现为 "0"$/,
    );
  });

  it("reads lists: trusted proxies, roles (or ALL) and unit mailboxes", () => {
    const config = readEnv(
      env({ TRUSTED_PROXIES: "10.0.0.1, ::1", MFA_REQUIRED_ROLES: "all", UNIT_EMAILS: "licheng=a@lc.cn" }),
    );
    expect([...config.TRUSTED_PROXIES]).toEqual(["10.0.0.1", "::1"]);
    expect(config.MFA_REQUIRED_ROLES).toHaveLength(7);
    expect(config.UNIT_EMAILS.get("licheng")).toEqual(["a@lc.cn"]);
  });

  it("reads the clock setting as an instant, a bare day as 09:00 in Beijing", () => {
    expect(readEnv(env({ PORTAL_CLOCK: "2022-03-10T09:00:00+08:00" })).PORTAL_CLOCK).toEqual(
      new Date("2022-03-10T01:00:00Z"),
    );
    expect(readEnv(env({ PORTAL_CLOCK: "2022-03-10" })).PORTAL_CLOCK).toEqual(new Date("2022-03-10T01:00:00Z"));
  });

  it("declares the variables the start script sets for itself as internal, and AUTH_SECRET as the operator's", () => {
    expect(INTERNAL_VARIABLES).toEqual(
      expect.arrayContaining(["PORTAL_MODE", "PORTAL_FRONT_DOOR", "PORTAL_DATABASE_KIND", "NEXT_DIST_DIR"]),
    );
    expect(USER_VARIABLES).toContain("AUTH_SECRET");
    expect(USER_VARIABLES).not.toContain("PORTAL_MODE");
  });
});

describe("portalEnv", () => {
  afterEach(() => {
    delete process.env.REPORT_DUE_DAY;
    resetPortalEnv();
  });

  it("reads process.env once, and again after the start script sets its own variables", () => {
    process.env.REPORT_DUE_DAY = "7";
    resetPortalEnv();
    expect(portalEnv().REPORT_DUE_DAY).toBe(7);
    process.env.REPORT_DUE_DAY = "9";
    expect(portalEnv().REPORT_DUE_DAY).toBe(7);
    setPortalEnv({ REPORT_DUE_DAY: "10" });
    expect(portalEnv().REPORT_DUE_DAY).toBe(10);
    expect(process.env.REPORT_DUE_DAY).toBe("10");
  });
});
