// npm run restore: checks the archive, then the target, loads the snapshot into the schema it was
// taken from, migrates on if the code is newer, puts the evidence back and proves the result: the
// audit chain verifies, every table has the manifest's row count, every evidence file its checksum.
import "server-only";
import { readFile } from "node:fs/promises";
import path from "node:path";
import pg from "pg";
import type { AttachmentStorage } from "@/lib/attachments/attachment-storage";
import { verifyAuditChain } from "@/lib/audit/verify-chain";
import { createPrismaClient } from "@/lib/db";
import { applyMigrations } from "@/lib/db/apply-migrations";
import { readMigrationsFolder } from "@/lib/db/migrations-folder";
import { UserError } from "@/lib/errors";
import { sha256Of } from "./checksums";
import { type LoadedTable, loadRows } from "./load-rows";
import { evidenceMember, type Manifest } from "./manifest";
import { openArchive } from "./open-archive";
import { prepareTarget } from "./prepare-target";

export type RestoreOptions = { archive: string; databaseUrl: string; storage: AttachmentStorage; force?: boolean };

export type RestoreSummary = {
  manifest: Manifest;
  replaced: string[];
  tables: LoadedTable[];
  /** Migrations newer than the archive's, applied after loading. */
  migratedOn: string[];
  evidence: { restored: number; mismatched: string[]; leftInObjectStorage: number; missingAtBackup: number };
  audit: { ok: boolean; rows: number; reason?: string };
  ok: boolean;
};

async function checkVersion(manifest: Manifest): Promise<void> {
  const known = (await readMigrationsFolder()).migrationDirectories.map((entry) => entry.path);
  if (!known.includes(manifest.migration))
    throw new UserError(
      `备份来自较新版本的门户(${manifest.portalVersion},迁移 ${manifest.migration}),本版本不认识该迁移。请用相同或更新版本的门户恢复,未做任何恢复。`,
    );
}

async function restoreEvidence(dir: string, manifest: Manifest, storage: AttachmentStorage) {
  const mismatched: string[] = [];
  let restored = 0;
  for (const file of manifest.evidence.filter((entry) => entry.included)) {
    const bytes = new Uint8Array(await readFile(path.join(dir, evidenceMember(file.key))));
    await storage.put(file.key, bytes, file.contentType);
    const back = await storage.get(file.key);
    if (!back || sha256Of(back) !== file.sha256) mismatched.push(file.key);
    else restored += 1;
  }
  const notIncluded = manifest.evidence.filter((entry) => !entry.included);
  const missingAtBackup = notIncluded.filter((entry) => entry.missing).length;
  return { restored, mismatched, leftInObjectStorage: notIncluded.length - missingAtBackup, missingAtBackup };
}

export async function restoreBackup({ archive, databaseUrl, storage, force = false }: RestoreOptions) {
  const opened = await openArchive(archive);
  try {
    const { dir, manifest } = opened;
    await checkVersion(manifest);
    const client = new pg.Client({ connectionString: databaseUrl, application_name: "portal-restore" });
    await client.connect();
    let replaced: string[];
    let tables: LoadedTable[];
    try {
      ({ replaced } = await prepareTarget(client, force));
      await applyMigrations(databaseUrl, { upTo: manifest.migration });
      tables = await loadRows(client, dir, manifest);
    } finally {
      await client.end();
    }
    const migratedOn = await applyMigrations(databaseUrl);
    const evidence = await restoreEvidence(dir, manifest, storage);
    const db = createPrismaClient(databaseUrl);
    const verdict = await verifyAuditChain(db).finally(() => db.$disconnect());
    const audit = verdict.ok
      ? { ok: true, rows: verdict.rows }
      : { ok: false, rows: verdict.rows, reason: verdict.reason };
    const countsEqual = tables.every((table) => table.expected === table.restored);
    const ok = countsEqual && audit.ok && evidence.mismatched.length === 0;
    return { manifest, replaced, tables, migratedOn, evidence, audit, ok } satisfies RestoreSummary;
  } finally {
    await opened.close();
  }
}
