// Which of the reports a shared page lists its reader may open. The dashboard is rendered once for
// every viewer, so its links are decided afterwards, per reader, by the very `where` the report page
// reads through (lib/reports/scope.ts): a link shown is a page that opens, never a 404.
import "server-only";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import type { Viewer } from "@/lib/auth/viewer-type";
import { readableReportsWhere } from "@/lib/reports/scope";

type Db = PrismaClient | Prisma.TransactionClient;

export async function listReadableReportIds(db: Db, viewer: Viewer, reportIds: number[]): Promise<number[]> {
  const readable = readableReportsWhere(viewer);
  if (!readable || reportIds.length === 0) return [];
  const rows = await db.report.findMany({
    where: { AND: [{ id: { in: reportIds } }, readable] },
    orderBy: { id: "asc" },
    select: { id: true },
  });
  return rows.map((row) => row.id);
}
