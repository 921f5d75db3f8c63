// The restore drill: the demo database backed up while another connection keeps submitting reports,
// restored into a new empty database; the copy has the snapshot's rows exactly, a valid audit chain,
// byte-equal evidence and the same dashboard figures. A damaged archive and a database in use are
// refused before anything changes.
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import * as tar from "tar";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { attachmentsDirectory, fileSystemStorage } from "@/lib/attachments/storage";
import { recordAudit } from "@/lib/audit/record-audit";
import { verifyAuditChain } from "@/lib/audit/verify-chain";
import { describeRestore } from "@/lib/backup/describe-restore";
import { type BackupResult, takeBackup } from "@/lib/backup/take-backup";
import { restoreBackup } from "@/lib/backup/restore-backup";
import { computePlanProgress } from "@/lib/dashboard/compute-progress";
import { DEFAULT_THRESHOLDS } from "@/lib/dashboard/progress-maths";
import { createPrismaClient } from "@/lib/db";
import { applyMigrations } from "@/lib/db/apply-migrations";
import { readMigrationsFolder } from "@/lib/db/migrations-folder";
import { readEnv } from "@/lib/env";
import { countRows, createScratchDatabase, dropScratchDatabase } from "./helpers/scratch-database";
import { removeStreamedReports, STREAM_PERIOD_PREFIX, startReportStream } from "./helpers/report-stream";

const url = inject("databaseUrl");
const TARGET = `restore_drill_${process.pid}`;
const DAMAGED_TARGET = `restore_damaged_${process.pid}`;
const progressQuery = { year: 2022, period: "2022-10", today: "2022-11-03", dueDay: 5, thresholds: DEFAULT_THRESHOLDS };
const streamed = `period LIKE '${STREAM_PERIOD_PREFIX}%'`;

/** The figures a leader reads; when they were computed, and the stamp the stream's writes bump, aside. */
async function dashboardFigures(databaseUrl: string) {
  const db = createPrismaClient(databaseUrl);
  try {
    const progress = await computePlanProgress(db, progressQuery);
    if (!progress) throw new Error("no 2022 progress");
    const { computedAt: _computedAt, dataVersion: _dataVersion, ...figures } = progress;
    return figures;
  } finally {
    await db.$disconnect();
  }
}

let work: string;
let backup: BackupResult;
let targetUrl: string;
let targetFiles: string;
let progressAtSnapshot: unknown;
let streamTotal: number;
let writtenBeforeBackup: number;

const waitFor = async (done: () => boolean) => {
  for (let tries = 0; tries < 500 && !done(); tries++) await new Promise((resolve) => setTimeout(resolve, 20));
};

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), "backup-drill-"));
  progressAtSnapshot = await dashboardFigures(url);
  const stream = await startReportStream(url);
  await waitFor(() => stream.written() >= 5);
  writtenBeforeBackup = stream.written();
  backup = await takeBackup({
    databaseUrl: url,
    storage: fileSystemStorage(attachmentsDirectory(readEnv())),
    outDir: path.join(work, "archives"),
    now: new Date("2022-11-02T18:00:00Z"),
  });
  const writtenDuringBackup = stream.written();
  await waitFor(() => stream.written() >= writtenDuringBackup + 5);
  await stream.stop();
  streamTotal = stream.written();
  targetUrl = await createScratchDatabase(url, TARGET);
  targetFiles = path.join(work, "restored-attachments");
}, 300_000);

afterAll(async () => {
  await removeStreamedReports(url);
  await dropScratchDatabase(url, TARGET);
  await dropScratchDatabase(url, DAMAGED_TARGET);
  await rm(work, { recursive: true, force: true });
});

describe("the restore drill", () => {
  it("names the archive on the portal's clock and takes one snapshot while reports keep arriving", async () => {
    expect(path.basename(backup.file)).toBe("backup-2022-11-03T0200+0800.tar.gz");
    const inArchive = (table: string) => backup.manifest.tables.find((entry) => entry.name === table)?.rows ?? -1;
    // The stream wrote before, during and after the backup: the archive holds a cut through it.
    expect(streamTotal).toBeGreaterThan(writtenBeforeBackup);
    expect(await countRows(url, "Report")).toBeGreaterThan(inArchive("Report"));
    expect(backup.manifest.tables.map((table) => table.name)).not.toContain("_prisma_migrations");
    expect(backup.manifest.migration).toMatch(/^\d{14}_/);
    expect(backup.manifest.evidence.length).toBeGreaterThan(0);
    // The demo's evidence is in the data directory (other tests' files in their own folders are listed as missing).
    const included = backup.manifest.evidence.filter((file) => file.included);
    expect(included.length).toBeGreaterThan(0);
    expect(backup.manifest.evidence.every((file) => file.included !== file.missing)).toBe(true);
  });

  it("restores into a new empty database: the manifest's counts, a valid chain, the same evidence and dashboard", async () => {
    const summary = await restoreBackup({
      archive: backup.file,
      databaseUrl: targetUrl,
      storage: fileSystemStorage(targetFiles),
    });
    expect(summary.audit.ok).toBe(true);
    expect(summary.tables.filter((table) => table.expected !== table.restored)).toEqual([]);
    expect(summary.ok).toBe(true);
    for (const table of backup.manifest.tables) expect(await countRows(targetUrl, table.name)).toBe(table.rows);

    // One snapshot: each streamed report came back with its event and its audit row, or not at all.
    const reports = await countRows(targetUrl, "Report", streamed);
    expect(reports).toBeGreaterThanOrEqual(writtenBeforeBackup);
    expect(reports).toBeLessThan(streamTotal);
    expect(await countRows(targetUrl, "ReportEvent", `"reportId" IN (SELECT id FROM "Report" WHERE ${streamed})`)).toBe(
      reports,
    );

    for (const file of backup.manifest.evidence.filter((entry) => entry.included)) {
      const original = await readFile(path.join(attachmentsDirectory(readEnv()), file.key));
      expect(await readFile(path.join(targetFiles, file.key))).toEqual(original);
    }

    expect(await dashboardFigures(targetUrl)).toEqual(progressAtSnapshot);
    // The stored hashes themselves, not a chain the insert trigger re-computed on the way in.
    const hashes = async (databaseUrl: string) => {
      const db = createPrismaClient(databaseUrl);
      const rows = await db.auditEvent.findMany({ select: { id: true, hash: true, recordedAt: true } });
      await db.$disconnect();
      return new Map(rows.map((row) => [row.id, `${row.hash} ${row.recordedAt?.toISOString()}`]));
    };
    const [originalHashes, restoredHashes] = await Promise.all([hashes(url), hashes(targetUrl)]);
    expect(restoredHashes.size).toBeGreaterThan(0);
    for (const [id, hash] of restoredHashes) expect(originalHashes.get(id)).toBe(hash);
    const restored = createPrismaClient(targetUrl);
    try {
      // Sequences and the audit trigger work again: a new row joins the restored chain.
      const before = await verifyAuditChain(restored);
      await recordAudit(restored, {
        actor: null,
        action: "backup.run",
        result: "SUCCESS",
        context: { clientAddress: "test", requestId: "after-restore" },
      });
      expect(await verifyAuditChain(restored)).toEqual({ ok: true, rows: before.rows + 1 });
      await restored.report.create({
        data: {
          unitId: (await restored.unit.findFirstOrThrow()).id,
          pointId: (await restored.workPoint.findFirstOrThrow()).id,
          period: "2098-01",
          createdAt: new Date(),
          updatedAt: new Date(),
        },
      });
    } finally {
      await restored.$disconnect();
    }
  }, 300_000);

  it("refuses a database in use without --force, and replaces it with --force", async () => {
    const reportsBefore = await countRows(targetUrl, "Report");
    const restore = (force: boolean) =>
      restoreBackup({ archive: backup.file, databaseUrl: targetUrl, storage: fileSystemStorage(targetFiles), force });
    await expect(restore(false)).rejects.toThrow(/目标数据库不是空的.*--force/);
    expect(await countRows(targetUrl, "Report")).toBe(reportsBefore);

    const forced = await restore(true);
    expect(forced.ok).toBe(true);
    expect(forced.replaced).toEqual(["Unit", "User", "Report"]);
    // The report written after the first restore is gone: the archive's rows replaced everything.
    expect(await countRows(targetUrl, "Report", "period = '2098-01'")).toBe(0);
  }, 300_000);
});

describe("a damaged archive", () => {
  async function targetWithMarker() {
    const target = await createScratchDatabase(url, DAMAGED_TARGET);
    const pgModule = await import("pg");
    const client = new pgModule.default.Client({ connectionString: target });
    await client.connect();
    await client.query(`CREATE TABLE "Unit" (id int); INSERT INTO "Unit" VALUES (1)`);
    await client.end();
    return target;
  }

  it("is refused before anything changes, whether the gzip stream or a member's content is damaged", async () => {
    const target = await targetWithMarker();
    const bytes = await readFile(backup.file);
    const flipped = path.join(work, "flipped.tar.gz");
    bytes[Math.floor(bytes.length / 2)] ^= 0xff;
    await writeFile(flipped, bytes);

    // Repacked with one member changed: the gzip is sound, only the checksum can tell.
    const unpacked = path.join(work, "unpacked");
    await rm(unpacked, { recursive: true, force: true });
    await import("node:fs/promises").then((fs) => fs.mkdir(unpacked));
    await tar.extract({ file: backup.file, cwd: unpacked });
    await writeFile(path.join(unpacked, "database/Report.copy"), "999999\t1\n", { flag: "a" });
    const edited = path.join(work, "edited.tar.gz");
    await tar.create({ gzip: true, file: edited, cwd: unpacked }, ["."]);

    const storage = fileSystemStorage(path.join(work, "never-written"));
    for (const archive of [flipped, edited]) {
      // --force too: the checksums are checked before the target is even looked at.
      await expect(restoreBackup({ archive, databaseUrl: target, storage, force: true })).rejects.toThrow(
        /备份文件已损坏.*未做任何恢复/,
      );
    }
    await expect(restoreBackup({ archive: edited, databaseUrl: target, storage, force: true })).rejects.toThrow(
      /database\/Report\.copy 的校验和不符/,
    );
    expect(await countRows(target, "Unit")).toBe(1);
  }, 120_000);
});

describe("an archive from an older version", () => {
  it("is loaded into its own schema, then the newer migrations are applied and named", async () => {
    const all = (await readMigrationsFolder()).migrationDirectories.map((entry) => entry.path);
    const older = all[all.length - 2];
    const sourceName = `backup_older_${process.pid}`;
    const targetName = `restore_older_${process.pid}`;
    const source = await createScratchDatabase(url, sourceName);
    const target = await createScratchDatabase(url, targetName);
    try {
      await applyMigrations(source, { upTo: older });
      const db = createPrismaClient(source);
      // Raw SQL: the generated client knows only the newest schema.
      await db.$executeRaw`INSERT INTO "Unit" (code, name, "shortName", kind, "sortOrder")
        VALUES ('old-unit', '旧版本的单位', '旧单位', 'COUNTY', 99)`;
      await db.$disconnect();
      const taken = await takeBackup({
        databaseUrl: source,
        storage: fileSystemStorage(path.join(work, "older-files")),
        outDir: path.join(work, "older"),
        now: new Date("2022-11-02T18:00:00Z"),
      });
      expect(taken.manifest.migration).toBe(older);
      const summary = await restoreBackup({
        archive: taken.file,
        databaseUrl: target,
        storage: fileSystemStorage(path.join(work, "older-restored")),
      });
      expect(summary.ok).toBe(true);
      expect(summary.migratedOn).toEqual(all.slice(-1));
      expect(describeRestore(summary)).toContain(`备份早于本版本,已在恢复后应用较新的迁移: ${all[all.length - 1]}`);
      expect(await countRows(target, "Unit", `code = 'old-unit'`)).toBe(1);
    } finally {
      await dropScratchDatabase(url, sourceName);
      await dropScratchDatabase(url, targetName);
    }
  }, 180_000);
});
