// npm run backup and the nightly job: the database snapshot, the evidence files and manifest.json,
// staged beside the target and packed into one .tar.gz, renamed into place only when complete.
import "server-only";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import * as tar from "tar";
import type { AttachmentStorage } from "@/lib/attachments/attachment-storage";
import { archiveName } from "./archive-name";
import { checksumTree } from "./checksums";
import { dumpDatabase } from "./dump-database";
import { type EvidenceEntry, evidenceMember, MANIFEST, type Manifest } from "./manifest";

export type BackupOptions = {
  databaseUrl: string;
  storage: AttachmentStorage;
  outDir: string;
  /** The portal's clock: it names the archive. */
  now: Date;
  /** S3 objects themselves, not only their keys and checksums (local files are always included). */
  withObjects?: boolean;
};

export type BackupResult = { file: string; bytes: number; manifest: Manifest };

/** The evidence files the database names but the storage did not have. */
export const missingFiles = (manifest: Manifest) => manifest.evidence.filter((file) => file.missing).map((f) => f.key);

export const missingWarning = (keys: string[]) =>
  keys.length
    ? `${keys.length} 个证明材料文件在存储中找不到,未能备份:${keys.slice(0, 5).join("、")}${keys.length > 5 ? " 等" : ""}`
    : "";

export async function portalVersion(): Promise<string> {
  return JSON.parse(await readFile(path.resolve("package.json"), "utf8")).version;
}

function freeName(outDir: string, now: Date): string {
  for (let attempt = 1; ; attempt++) {
    const file = path.join(outDir, archiveName(now, attempt));
    if (!existsSync(file)) return file;
  }
}

export async function takeBackup({ databaseUrl, storage, outDir, now, withObjects = false }: BackupOptions) {
  await mkdir(outDir, { recursive: true, mode: 0o700 });
  const stage = await mkdtemp(path.join(outDir, ".backup-"));
  try {
    const dump = await dumpDatabase(databaseUrl, stage);
    const include = storage.kind === "filesystem" || withObjects;
    const evidence: EvidenceEntry[] = [];
    if (include) await mkdir(path.join(stage, "evidence"));
    // A file the storage lost does not cost the night's database backup: it is listed as missing and reported.
    for (const file of dump.attachments) {
      const bytes = include ? await storage.get(file.key) : null;
      if (bytes) await writeFile(path.join(stage, evidenceMember(file.key)), bytes);
      evidence.push({ ...file, included: bytes !== null, missing: include && bytes === null });
    }
    const manifest: Manifest = {
      format: 1,
      createdAt: now.toISOString(),
      portalVersion: await portalVersion(),
      migration: dump.migration,
      tables: dump.tables,
      storage: storage.kind,
      evidence,
      members: await checksumTree(stage),
    };
    await writeFile(path.join(stage, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
    const file = freeName(outDir, now);
    const partial = `${file}.partial`;
    await tar.create({ gzip: true, file: partial, cwd: stage, portable: true }, [
      MANIFEST,
      ...Object.keys(manifest.members).sort(),
    ]);
    await rename(partial, file);
    return { file, bytes: (await stat(file)).size, manifest } satisfies BackupResult;
  } finally {
    await rm(stage, { recursive: true, force: true });
  }
}
