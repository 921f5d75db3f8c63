// Configuration from the environment, validated once. Scripts and the server read it here only.
import "server-only";
import path from "node:path";
import { z } from "zod";

const envSchema = z.object({
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "DATABASE_URL 须为 postgresql:// 连接串")
    .optional(),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  PORTAL_DATA_DIR: z.string().default("data"),
  EMBEDDED_DB_PORT: z.coerce.number().int().min(1).max(65535).default(54329),
});

export type PortalEnv = z.infer<typeof envSchema> & { dataDir: string };

export function readEnv(source: NodeJS.ProcessEnv = process.env): PortalEnv {
  const parsed = envSchema.safeParse(source);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("; ");
    throw new Error(`配置错误: ${problems}`);
  }
  return { ...parsed.data, dataDir: path.resolve(parsed.data.PORTAL_DATA_DIR) };
}
