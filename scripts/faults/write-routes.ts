// Every door that writes, for the scenarios that knock on all of them (7, 8): the report write API,
// its steps, the Excel import, the evidence upload, and a server action (the form's door).
export type WriteRoute = { label: string; path: string; kind: "json" | "multipart" | "action" };

export function writeRoutes(reportId: number): WriteRoute[] {
  return [
    { label: "保存/报送报告", path: "/api/v1/reports", kind: "json" },
    { label: "报告流转", path: `/api/v1/reports/${reportId}/steps`, kind: "json" },
    { label: "Excel 导入", path: "/api/v1/reports/import?confirm=1", kind: "multipart" },
    { label: "上传附件", path: "/api/v1/attachments", kind: "multipart" },
    { label: "服务器动作", path: "/reports", kind: "action" },
  ];
}

/** What a report write leaves behind, to show that a refused request wrote nothing. */
export const WRITTEN_ROWS_SQL = `SELECT
  (SELECT coalesce(max(id), 0) FROM "Report") AS reports,
  (SELECT coalesce(max(id), 0) FROM "ReportEvent") AS events,
  (SELECT coalesce(max(id), 0) FROM "Attachment") AS attachments,
  (SELECT coalesce(sum(version), 0) FROM "Report" WHERE NOT "isDemo") AS versions`;
