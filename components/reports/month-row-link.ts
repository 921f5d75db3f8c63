import type { MonthOverview } from "@/lib/reports/queries";

type Row = MonthOverview["rows"][number];

/** Where a point of the month opens: its report, a new one when the viewer may start it, or nowhere. */
export const monthRowHref = (overview: MonthOverview, row: Row): string | null =>
  row.report
    ? `/reports/${row.report.id}`
    : overview.canStart
      ? `/reports/edit?point=${row.pointId}&period=${overview.period}`
      : null;

export const monthRowTitle = (row: Row) => `第${row.pointNo}条 ${row.pointTitle}`;
