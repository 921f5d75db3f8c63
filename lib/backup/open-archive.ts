// Unpacks an archive into a scratch directory and checks it completely (every member's SHA-256
// against manifest.json) before the restore touches the target: a damaged archive changes nothing.
import "server-only";
import { existsSync } from "node:fs";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import * as tar from "tar";
import { UserError } from "@/lib/errors";
import { checksumTree } from "./checksums";
import { checkMembers, MANIFEST, type Manifest, parseManifest } from "./manifest";

export type OpenArchive = { dir: string; manifest: Manifest; close: () => Promise<void> };

export async function openArchive(file: string): Promise<OpenArchive> {
  if (!existsSync(file)) throw new UserError(`找不到备份文件 ${file}。`);
  const dir = await mkdtemp(path.join(tmpdir(), "portal-restore-"));
  const close = () => rm(dir, { recursive: true, force: true });
  try {
    try {
      // Only plain files and folders; tar already refuses absolute paths and "..".
      await tar.extract({
        file,
        cwd: dir,
        strict: true,
        filter: (_, entry) => "type" in entry && /^(File|Directory)$/.test(entry.type),
      });
    } catch (error) {
      throw new UserError(`备份文件已损坏,无法解包(${(error as Error).message}),未做任何恢复。`);
    }
    if (!existsSync(path.join(dir, MANIFEST))) throw new UserError("备份文件已损坏:缺少 manifest.json,未做任何恢复。");
    const manifest = parseManifest(await readFile(path.join(dir, MANIFEST), "utf8"));
    const problems = checkMembers(manifest, await checksumTree(dir, [MANIFEST]));
    if (problems.length)
      throw new UserError(`备份文件已损坏,校验未通过:${problems.slice(0, 5).join(";")},未做任何恢复。`);
    return { dir, manifest, close };
  } catch (error) {
    await close();
    throw error;
  }
}
