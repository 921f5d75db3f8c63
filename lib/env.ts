// Every environment variable the portal reads, validated once: the start script refuses to start on
// a bad value, with a message that names the variable and says what a good value looks like.
// Server code reads `portalEnv()`; client components never import this file (they get values as props).
import "server-only";
import path from "node:path";
import { z } from "zod";
import { UserError } from "@/lib/errors";
import type { Role } from "@/lib/generated/prisma/enums";
import {
  type ClockAnchor,
  parseClockAnchor,
  parseInstant,
  parseMfaRoles,
  parseTrustedProxies,
  parseUnitEmails,
} from "./env-values";

/** Passes what a parser in env-values.ts could read; its null (could not read) fails. */
const read = <T>() => z.custom<T>((value) => value !== null && value !== undefined);

export type { ClockAnchor } from "./env-values";

/** `expect` completes "NAME 须为…"; internal variables are set by the start script, not by operators. */
type About = { expect: string; internal?: true; secret?: true };
const about = <T extends z.ZodType>(schema: T, meta: About): T => schema.meta(meta);

const port = (fallback: number) => about(z.coerce.number().int().min(1).max(65535).default(fallback), PORT_TEXT);
const PORT_TEXT: About = { expect: "1–65535 之间的端口号" };
const positive = (fallback: number, unit: string) =>
  about(z.coerce.number().positive().default(fallback), { expect: `大于 0 的数(${unit})` });
const count = (fallback: number, unit: string) =>
  about(z.coerce.number().int().positive().default(fallback), { expect: `正整数(${unit})` });
const points = (fallback: number) =>
  about(z.coerce.number().gt(0).lt(100).default(fallback), { expect: "0 到 100 之间的百分点数(如 10)" });
const text = (expect: string) => about(z.string().optional(), { expect });
const httpUrl = /^https?:\/\/[^\s/]+/;

const envSchema = z.object({
  DATABASE_URL: about(
    z
      .string()
      .regex(/^postgres(ql)?:\/\//)
      .optional(),
    {
      expect: "postgresql:// 开头的连接串",
      secret: true,
    },
  ),
  PORT: port(3000),
  PORTAL_DATA_DIR: about(z.string().default("data"), { expect: "目录路径" }),
  // Unset: a free port on each start (two checkouts, or a test run beside a running demo, never collide);
  // the data directory's lock records the one taken, for the commands that share a running server.
  EMBEDDED_DB_PORT: about(z.coerce.number().int().min(1).max(65535).optional(), PORT_TEXT),
  AUTH_SECRET: about(z.string().min(32).optional(), {
    expect: "至少 32 个字符的随机串(可用 openssl rand -base64 48 生成)",
    secret: true,
  }),
  NEXTAUTH_URL: about(z.string().regex(httpUrl).optional(), { expect: "门户对外的 http:// 或 https:// 地址" }),
  TRUSTED_PROXIES: about(z.string().default("").transform(parseTrustedProxies).pipe(read<ReadonlySet<string>>()), {
    expect: "以逗号分隔的 IP 地址(如 10.0.0.1,10.0.0.2)",
  }),
  SESSION_IDLE_MINUTES: positive(30, "分钟"),
  SESSION_MAX_HOURS: positive(12, "小时"),
  PASSWORD_MAX_AGE_DAYS: count(90, "天"),
  LOCKOUT_THRESHOLD: count(5, "次"),
  LOCKOUT_MINUTES: positive(30, "分钟"),
  LOGIN_IP_MAX_FAILURES: count(50, "次"),
  LOGIN_IP_WINDOW_MINUTES: positive(15, "分钟"),
  MFA_REQUIRED_ROLES: about(
    z.string().default("ADMIN,AUDITOR,SUPERVISOR,LEADER").transform(parseMfaRoles).pipe(read<Role[]>()),
    {
      expect:
        "以逗号分隔的角色(ADMIN、AUDITOR、LEADER、SUPERVISOR、DEPARTMENT、COUNTY_REPORTER、COUNTY_APPROVER)或 ALL",
    },
  ),
  AUDIT_RETENTION_DAYS: about(z.coerce.number().int().min(184).default(184), { expect: "不少于 184 的整数(天)" }),
  REPORT_DUE_DAY: about(z.coerce.number().int().min(1).max(28).default(5), { expect: "1–28 之间的整数" }),
  PROGRESS_AHEAD: points(10),
  PROGRESS_BEHIND: points(10),
  PROGRESS_SERIOUSLY_BEHIND: points(30),
  PORTAL_DEMO_DATE: about(
    z
      .string()
      .default("2022-11-03")
      .refine((day) => parseInstant(day) !== null && !day.includes("T")),
    { expect: "2022-11-03 这样的日期" },
  ),
  PORTAL_CLOCK: about(z.string().transform(parseInstant).pipe(read<Date>()).optional(), {
    expect: "时钟的起点,如 2022-03-10T09:00:00+08:00 或 2022-03-10(北京时间 9:00)",
  }),
  REMINDER_CRON: about(
    z
      .string()
      .regex(/^(off|\S+( \S+){4})$/)
      .default("0 * * * *"),
    { expect: "五段 cron 表达式(北京时间,如 0 * * * * 为每小时整点)或 off" },
  ),
  SUPERVISION_CRON: about(
    z
      .string()
      .regex(/^(off|\S+( \S+){4})$/)
      .default("0 8 * * *"),
    { expect: "五段 cron 表达式(北京时间,如 0 8 * * * 为每天 8:00)或 off" },
  ),
  BACKUP_CRON: about(
    z
      .string()
      .regex(/^(off|\S+( \S+){4})$/)
      .default("0 2 * * *"),
    { expect: "五段 cron 表达式(北京时间,如 0 2 * * * 为每天 2:00)或 off" },
  ),
  // Unset: <PORTAL_DATA_DIR>/backups (lib/backup/settings.ts), known only once the data directory is.
  BACKUP_DIR: about(z.string().optional(), { expect: "目录路径" }),
  BACKUP_KEEP: count(14, "份"),
  SMTP_URL: about(
    z
      .string()
      .regex(/^smtps?:\/\/\S+$/)
      .optional(),
    { expect: "smtp:// 或 smtps:// 地址", secret: true },
  ),
  SMTP_FROM: about(z.string().default("民政工作要点督办平台 <noreply@localhost>"), {
    expect: "发件人,如 督办平台 <noreply@example.cn>",
  }),
  UNIT_EMAILS: about(z.string().default("").transform(parseUnitEmails).pipe(read<ReadonlyMap<string, string[]>>()), {
    expect: "以逗号分隔的 单位代码=邮箱地址(如 licheng=mzj@example.cn,hanjiang=mzj@example.cn)",
  }),
  S3_ENDPOINT: about(z.string().regex(httpUrl).optional(), { expect: "对象存储的 http:// 或 https:// 地址" }),
  S3_BUCKET: text("存储桶名称"),
  S3_ACCESS_KEY_ID: text("访问密钥 ID"),
  S3_SECRET_ACCESS_KEY: about(z.string().optional(), { expect: "访问密钥", secret: true }),
  S3_REGION: about(z.string().default("us-east-1"), { expect: "区域名称" }),
  S3_FORCE_PATH_STYLE: about(z.enum(["true", "false"]).default("true"), { expect: "true 或 false" }),
  // Set by scripts/start.ts for the server it starts (and by the tests that start it).
  PORTAL_MODE: about(z.enum(["demo", "production"]).optional(), { expect: "demo 或 production", internal: true }),
  PORTAL_FRONT_DOOR: about(z.enum(["on"]).optional(), { expect: "on", internal: true }),
  PORTAL_DATABASE_KIND: about(z.enum(["embedded", "external"]).optional(), {
    expect: "embedded 或 external",
    internal: true,
  }),
  PORTAL_CLOCK_ANCHOR: about(z.string().transform(parseClockAnchor).pipe(read<ClockAnchor>()).optional(), {
    expect: "“时钟时刻@真实时刻”(两个 ISO 时刻)",
    internal: true,
  }),
  NEXT_DIST_DIR: about(z.string().default(".next"), { expect: "构建目录", internal: true }),
  PRISMA_SCHEMA_ENGINE_DEBUG: about(z.string().optional(), { expect: "任意非空值", internal: true }),
});

export type PortalEnv = z.infer<typeof envSchema> & { dataDir: string };
export type VariableName = keyof typeof envSchema.shape;
type Source = Record<string, string | undefined>;

const aboutOf = (name: VariableName) => envSchema.shape[name].meta() as About;
const names = Object.keys(envSchema.shape) as VariableName[];
export const USER_VARIABLES = names.filter((name) => !aboutOf(name).internal);
export const INTERNAL_VARIABLES = names.filter((name) => aboutOf(name).internal);

function problemOf(name: VariableName, raw: string | undefined): string {
  const { expect, secret } = aboutOf(name);
  const shown = raw === undefined ? "未设置" : secret ? `${raw.length} 个字符(内容不显示)` : `"${raw}"`;
  // "须为 1–28 之间的整数" but "须为正整数": a space before Latin text, as Chinese typesetting has it.
  return `${name} 须为${/^[\x20-\x7e]/.test(expect) ? " " : ""}${expect},现为 ${shown}`;
}

/** Problems that involve more than one variable. */
function crossChecks(env: z.infer<typeof envSchema>): string[] {
  const problems: string[] = [];
  if (env.PROGRESS_BEHIND > env.PROGRESS_SERIOUSLY_BEHIND)
    problems.push(
      `PROGRESS_BEHIND(${env.PROGRESS_BEHIND})不能大于 PROGRESS_SERIOUSLY_BEHIND(${env.PROGRESS_SERIOUSLY_BEHIND})`,
    );
  const s3 = ["S3_ENDPOINT", "S3_BUCKET", "S3_ACCESS_KEY_ID", "S3_SECRET_ACCESS_KEY"] as const;
  const missing = s3.filter((name) => !env[name]);
  if (missing.length > 0 && missing.length < s3.length)
    problems.push(`使用对象存储时须同时设置 ${s3.join("、")},缺少 ${missing.join("、")}`);
  return problems;
}

/** Parses a set of variables (tests pass their own); blank values count as unset. Throws a UserError. */
export function readEnv(source: Source = process.env): PortalEnv {
  const given = Object.fromEntries(Object.entries(source).filter(([, value]) => value?.trim()));
  const parsed = envSchema.safeParse(given);
  const problems = parsed.success
    ? crossChecks(parsed.data)
    : [...new Set(parsed.error.issues.map((issue) => issue.path[0] as VariableName))].map((name) =>
        problemOf(name, given[name]),
      );
  if (!parsed.success || problems.length) throw new UserError(`配置错误: ${problems.join(";")}`);
  return { ...parsed.data, dataDir: path.resolve(parsed.data.PORTAL_DATA_DIR) };
}

let memo: PortalEnv | undefined;

/** The portal's configuration, read from process.env once. */
export function portalEnv(): PortalEnv {
  memo ??= readEnv(process.env);
  return memo;
}

/** For the start script (its own internal variables) and tests that change process.env: read it again. */
export function resetPortalEnv(): void {
  memo = undefined;
}

/** Sets variables for this process (and the processes it starts) and reads the configuration again. */
export function setPortalEnv(values: Partial<Record<VariableName, string>>): void {
  Object.assign(process.env, values);
  resetPortalEnv();
}

export const isDemoMode = () => portalEnv().PORTAL_MODE === "demo";
