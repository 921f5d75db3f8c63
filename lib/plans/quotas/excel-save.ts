// Saving an uploaded 分解表 after the preview: the file is read and checked again (the browser
// sends the same bytes), and a file with any problem saves nothing.
import "server-only";
import type { RequestContext } from "@/lib/audit/record-audit";
import type { Viewer } from "@/lib/auth/viewer-type";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { UserError } from "@/lib/errors";
import { type AppliedQuotas, applyQuotaChanges, type QuotaChanges } from "./apply-quotas";
import { previewQuotaUpload } from "./excel-read";

export async function confirmQuotaUpload(
  db: PrismaClient,
  viewer: Viewer,
  context: RequestContext,
  input: { year: number; file: Uint8Array; reason: string },
): Promise<AppliedQuotas> {
  const preview = await previewQuotaUpload(db, input.year, input.file);
  if (preview.errorCount > 0)
    throw new UserError(`文件中有 ${preview.errorCount} 处错误,未保存任何内容:\n${preview.errors.join("\n")}`);
  if (preview.changedRows === 0) throw new UserError("文件中的分解数与现有的相同,没有需要保存的改动。");
  const changes: QuotaChanges = new Map(
    preview.rows.map((row) => [row.indicatorId, new Map(row.cells.map((cell) => [cell.unitId, cell.after]))]),
  );
  return db.$transaction(
    async (tx) => {
      const plan = await tx.plan.findUniqueOrThrow({
        where: { year: input.year },
        select: { id: true, year: true, status: true },
      });
      return applyQuotaChanges(tx, viewer, context, plan, changes, input.reason);
    },
    { timeout: 30_000 },
  );
}
