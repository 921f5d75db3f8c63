// Demo mode only: one static PDF, itself saying it is simulated, attached to the latest approved
// demo report of each (unit, point), so the dashboard's drill-down ends in a file one can open.
// Stored like an upload (lib/attachments/service.ts): a random key per file, the sha256 and size
// on the row, the file written before the rows and removed again if the rows cannot be written.
import "server-only";
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import path from "node:path";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { newStorageKey } from "@/lib/attachments/keys";
import type { AttachmentStorage } from "@/lib/attachments/attachment-storage";
import { getAttachmentStorage } from "@/lib/attachments/storage";
import { bulkInsert, type BulkColumn } from "./bulk-insert";
import { DEMO_HISTORY_YEAR } from "./demo-history";

export const DEMO_EVIDENCE_FILE = path.resolve("prisma/seed/demo-evidence.pdf");
const CONTENT_TYPE = "application/pdf";
const LAST_PERIOD = `${DEMO_HISTORY_YEAR}-10`;
// Enough to overlap the writes (or S3 round trips) without opening a file per report at once.
const PARALLEL_WRITES = 8;

const COLUMNS: BulkColumn[] = [
  ["reportId", "int"],
  ["fileName", "text"],
  ["contentType", "text"],
  ["size", "int"],
  ["sha256", "text"],
  ["storageKey", "text"],
  ["uploadedById", "int"],
  ["createdAt", "timestamp(3)"],
];

type Target = {
  reportId: number;
  shortName: string;
  pointNo: number;
  period: string;
  uploadedById: number;
  createdAt: Date;
};

/** The latest approved demo report of each (unit, point) up to October, unless it carries the demo file already. */
function findTargets(db: PrismaClient, sha256: string) {
  return db.$queryRaw<Target[]>`
    SELECT t.* FROM (
      SELECT DISTINCT ON (r."unitId", r."pointId")
        r."id" AS "reportId", u."shortName", p."no" AS "pointNo", r."period", r."createdAt",
        (SELECT reporter."id" FROM "User" reporter
          WHERE reporter."unitId" = r."unitId" AND reporter."role" IN ('COUNTY_REPORTER', 'DEPARTMENT')
          ORDER BY reporter."isDemo" DESC, reporter."id" LIMIT 1) AS "uploadedById"
      FROM "Report" r
      JOIN "Unit" u ON u."id" = r."unitId"
      JOIN "WorkPoint" p ON p."id" = r."pointId"
      WHERE r."isDemo" AND r."state" = 'APPROVED' AND r."period" BETWEEN ${`${DEMO_HISTORY_YEAR}-01`} AND ${LAST_PERIOD}
      ORDER BY r."unitId", r."pointId", r."period" DESC
    ) t
    WHERE t."uploadedById" IS NOT NULL
      AND NOT EXISTS (SELECT 1 FROM "Attachment" a WHERE a."reportId" = t."reportId" AND a."sha256" = ${sha256})
    ORDER BY t."reportId"`;
}

async function inBatches<T>(items: T[], size: number, work: (item: T) => Promise<unknown>): Promise<void> {
  for (let start = 0; start < items.length; start += size)
    await Promise.all(items.slice(start, start + size).map(work));
}

export const demoEvidenceName = (shortName: string, period: string, pointNo: number) =>
  `演示佐证-${shortName}-${period}-第${pointNo}条.pdf`;

/** Returns how many reports received the file (0 when every one has it already). */
export async function seedDemoEvidence(
  db: PrismaClient,
  storage: AttachmentStorage = getAttachmentStorage(),
): Promise<number> {
  const bytes = new Uint8Array(await readFile(DEMO_EVIDENCE_FILE));
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  const targets = await findTargets(db, sha256);
  if (targets.length === 0) return 0;
  const keyed = targets.map((target) => ({ ...target, storageKey: newStorageKey() }));
  const written: string[] = [];
  try {
    await inBatches(keyed, PARALLEL_WRITES, async ({ storageKey }) => {
      await storage.put(storageKey, bytes, CONTENT_TYPE);
      written.push(storageKey);
    });
    await db.$executeRaw(
      bulkInsert(
        "Attachment",
        COLUMNS,
        keyed.map((target) => [
          target.reportId,
          demoEvidenceName(target.shortName, target.period, target.pointNo),
          CONTENT_TYPE,
          bytes.byteLength,
          sha256,
          target.storageKey,
          target.uploadedById,
          target.createdAt,
        ]),
      ),
    );
  } catch (error) {
    await inBatches(written, PARALLEL_WRITES, (key) => storage.remove(key).catch(() => undefined));
    throw error;
  }
  return keyed.length;
}
