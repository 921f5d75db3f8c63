import { apiRoute, jsonError } from "@/lib/api/api-route";
import { getPrisma } from "@/lib/db";
import { getPlanProgress } from "@/lib/dashboard/plan-progress";
import { progressJsonText } from "@/lib/dashboard/progress-json";
import { parseYear } from "@/lib/plans/params";
import { portalNow } from "@/lib/time/clock";
import { currentPeriod, isPeriod } from "@/lib/time/periods";

// The whole plan's numbers name every county: only those who may read every county's standing.
export const GET = apiRoute<{ year: string }>("dashboard.readAll", async (_viewer, { year }, request) => {
  const parsedYear = parseYear(year);
  const period = new URL(request.url).searchParams.get("period") ?? currentPeriod(portalNow());
  if (!isPeriod(period)) return jsonError(400, "period 格式应为 2022-10");
  const progress = parsedYear === null ? null : await getPlanProgress(getPrisma(), parsedYear, period);
  return progress
    ? new Response(progressJsonText(progress), { headers: { "Content-Type": "application/json" } })
    : jsonError(404, "未找到该年度该月份的工作要点");
});
