// npm run scale-demo — the production layout on one machine (docs/deploy.md): two portal instances
// (demo mode, ports 3401 and 3402) on one PostgreSQL (DATABASE_URL, or one started in ./data-scale),
// sharing one evidence directory, behind Debian's nginx on 3400 (round-robin). Ctrl-C stops it all.
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { stopAllPortalProcesses } from "./cluster/portal-process";
import { type Cluster, startCluster } from "./scale/start-cluster";

const DIR = path.resolve("data-scale");
const PORT = 3400;

/** Kept with the data, so sessions survive a restart of the demo (as the one-portal demo's does). */
function authSecretOf(dir: string): string {
  if (process.env.AUTH_SECRET) return process.env.AUTH_SECRET;
  const file = path.join(dir, "auth-secret");
  if (!existsSync(file)) {
    mkdirSync(dir, { recursive: true });
    writeFileSync(file, randomBytes(48).toString("base64url"), { mode: 0o600 });
  }
  return readFileSync(file, "utf8").trim();
}

let cluster: Cluster | null = null;
let stopping = false;

async function shutdown(code: number): Promise<void> {
  if (stopping) return;
  stopping = true;
  console.error("正在停止 nginx、两个门户实例和数据库…");
  await (cluster?.stop() ?? stopAllPortalProcesses());
  process.exit(code);
}

process.on("SIGINT", () => void shutdown(0));
process.on("SIGTERM", () => void shutdown(0));

try {
  cluster = await startCluster({
    dir: DIR,
    databaseUrl: process.env.DATABASE_URL || undefined,
    port: PORT,
    authSecret: authSecretOf(DIR),
    distDir: process.env.NEXT_DIST_DIR || ".next",
    progress: (line) => console.error(line),
  });
  const [a, b] = cluster.instances;
  console.log(`
两实例演示已启动: ${cluster.url}  (nginx 轮询 → 实例 A ${a.url}、实例 B ${b.url})
数据库: ${process.env.DATABASE_URL ? "DATABASE_URL" : `${DIR}/postgres`};证明材料: ${DIR}/portal-data;日志: ${DIR}/portal-A.log、portal-B.log
演示账号 (密码 Putian@2022): leader、supervisor、admin、auditor、dept-yanglao 等科室、licheng-reporter / licheng-approver 等县区
每个响应的 X-Portal-Upstream 头写明是哪个实例回答的。按 Ctrl-C 全部停止。`);
} catch (error) {
  console.error((error as Error).message);
  await shutdown(1);
}
