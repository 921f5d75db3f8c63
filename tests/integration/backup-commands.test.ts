// npm run backup and npm run restore as an operator runs them: the exit code says whether the
// restore can be trusted, and every refusal is one Chinese sentence.
import { execFile } from "node:child_process";
import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { NODE_SCRIPT_FLAGS } from "@/scripts/node-script-flags";
import { countRows, createScratchDatabase, dropScratchDatabase } from "./helpers/scratch-database";

const run = promisify(execFile);
const url = inject("databaseUrl");
const TARGET = `restore_command_${process.pid}`;
let work: string;
let targetUrl: string;

function command(script: string, args: string[], env: Record<string, string>) {
  return run(process.execPath, [...NODE_SCRIPT_FLAGS, `scripts/${script}.ts`, ...args], {
    env: { ...process.env, ...env },
  }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (error: { code: number; stdout: string; stderr: string }) => error,
  );
}

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), "backup-commands-"));
  targetUrl = await createScratchDatabase(url, TARGET);
});
afterAll(async () => {
  await dropScratchDatabase(url, TARGET);
  await rm(work, { recursive: true, force: true });
});

describe("npm run backup and npm run restore", () => {
  it("back up, restore with exit 0, and refuse a database in use and a damaged archive with exit 1", async () => {
    const out = path.join(work, "archives");
    const backup = await command("backup", ["--out", out], { DATABASE_URL: url });
    expect(backup.code).toBe(0);
    expect(backup.stdout).toMatch(/^已备份到 .*backup-\d{4}-\d{2}-\d{2}T\d{4}\+0800\.tar\.gz/);
    const [name] = await readdir(out);
    const archive = path.join(out, name);
    // Listed on the admin's page like a nightly run.
    expect(await countRows(url, "BackupRun", `ok AND file = '${name}'`)).toBe(1);

    const target = { DATABASE_URL: targetUrl, PORTAL_DATA_DIR: path.join(work, "restored") };
    const restored = await command("restore", [archive], target);
    expect(restored.code).toBe(0);
    expect(restored.stdout).toMatch(/与清单一致/);
    expect(restored.stdout).toMatch(/哈希链完整/);
    expect(restored.stdout).toMatch(/恢复完成,全部核对通过。/);

    const again = await command("restore", [archive], target);
    expect(again.code).toBe(1);
    expect(again.stderr.trim()).toMatch(/^目标数据库不是空的.*请加 --force。$/);

    const bytes = await readFile(archive);
    bytes[Math.floor(bytes.length / 2)] ^= 0xff;
    await writeFile(path.join(work, "damaged.tar.gz"), bytes);
    const damaged = await command("restore", [path.join(work, "damaged.tar.gz"), "--force"], target);
    expect(damaged.code).toBe(1);
    expect(damaged.stderr.trim()).toMatch(/^备份文件已损坏.*未做任何恢复。$/);
  }, 240_000);
});
