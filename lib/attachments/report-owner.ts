// A report's evidence: readers of the report download; whoever may save the report now (its unit's
// reporter, while it is a draft or returned) uploads and removes. The workflow table decides.
import "server-only";
import { readableReportsWhere } from "@/lib/reports/scope";
import type { ReportState } from "@/lib/generated/prisma/enums";
import { editRefusal, reportAccessSelect } from "./access";
import type { OwnerRules } from "./owner-rules";

export const MAX_ATTACHMENTS_PER_REPORT = 30;

export const reportOwnerRules: OwnerRules = {
  column: "reportId",
  label: "报告",
  right: "report.file",
  maxFiles: MAX_ATTACHMENTS_PER_REPORT,
  readableWhere(viewer) {
    const readable = readableReportsWhere(viewer);
    return readable && { report: readable };
  },
  async exists(db, id) {
    return (await db.report.count({ where: { id } })) > 0;
  },
  async readable(db, viewer, id) {
    const readable = readableReportsWhere(viewer);
    return readable !== null && (await db.report.count({ where: { AND: [{ id }, readable] } })) > 0;
  },
  async editRefusal(db, viewer, id, lock) {
    const report = await db.report.findUnique({ where: { id }, select: reportAccessSelect });
    if (!report) return "报告不存在。";
    if (!lock) return editRefusal(report, viewer);
    const [row] = await db.$queryRaw<{ state: ReportState }[]>`SELECT state FROM "Report" WHERE id = ${id} FOR UPDATE`;
    return row ? editRefusal(report, viewer, row.state) : "报告不存在。";
  },
};
