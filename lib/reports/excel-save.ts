// Saving a checked template as drafts: every point of the file in one transaction, through
// saveReport (its checks, version guard, history event and audit row), so a file either lands
// whole or changes nothing.
import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { RequestContext } from "@/lib/audit/record-audit";
import type { Viewer } from "@/lib/auth/viewer-type";
import { UserError } from "@/lib/errors";
import { portalNow } from "@/lib/time/clock";
import { type ImportPreview, previewReportImport } from "./excel-import";
import { joinTransaction } from "./join-transaction";
import { saveReport } from "./save-report";

export type ImportResult = {
  period: string;
  periodLabel: string;
  saved: { pointNo: number; pointTitle: string; reportId: number }[];
  skipped: string[];
};
/** The version of each report the person saw in the preview (null: no report yet). */
export type ExpectedVersion = { pointId: number; version: number | null };

export async function importReportFile(
  db: PrismaClient,
  viewer: Viewer,
  context: RequestContext,
  bytes: Uint8Array,
  expected: ExpectedVersion[],
  /** The day the file is judged on; the portal's clock by default. */
  asOf: Date = portalNow(),
): Promise<ImportResult> {
  return savePreviewedImport(db, viewer, context, await previewReportImport(db, viewer, bytes, asOf), expected, asOf);
}

/** The points of a file already checked (previewReportImport with the same asOf), saved whole or not at all. */
export async function savePreviewedImport(
  db: PrismaClient,
  viewer: Viewer,
  context: RequestContext,
  preview: ImportPreview,
  expected: ExpectedVersion[],
  asOf: Date = portalNow(),
): Promise<ImportResult> {
  if (preview.errorCount)
    throw new UserError(`文件中有 ${preview.errorCount} 处错误,未保存任何内容:\n${preview.errors.join("\n")}`);
  const toSave = preview.points.filter((point) => point.action === "save");
  if (toSave.length === 0) throw new UserError("文件中没有可导入的内容:没有填写,或报告均已报送。");
  const seen = new Map(expected.map((entry) => [entry.pointId, entry.version]));

  const saved = await db.$transaction(
    async (tx) => {
      const inFile = joinTransaction(tx);
      const result: ImportResult["saved"] = [];
      for (const point of toSave) {
        const version = seen.get(point.pointId);
        if (version === undefined) throw new UserError("文件内容与预览时不同,请重新上传并预览。");
        try {
          const { reportId } = await saveReport(
            inFile,
            viewer,
            context,
            { ...point.input, expectedVersion: version },
            asOf,
          );
          result.push({ pointNo: point.pointNo, pointTitle: point.pointTitle, reportId });
        } catch (error) {
          if (error instanceof UserError)
            throw new UserError(`第${point.pointNo}条「${point.pointTitle}」:${error.message}\n整个文件均未保存。`);
          throw error;
        }
      }
      return result;
    },
    { timeout: 60_000 },
  );
  const skipped = preview.points
    .filter((point) => point.action === "skip")
    .map((point) => `第${point.pointNo}条「${point.pointTitle}」${point.note}`);
  return { period: preview.period, periodLabel: preview.periodLabel, saved, skipped };
}
