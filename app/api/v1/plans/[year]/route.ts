import { apiRoute, jsonError } from "@/lib/api/api-route";
import { exportPlan } from "@/lib/plans/export-plan";
import { parseYear } from "@/lib/plans/params";

export const GET = apiRoute<{ year: string }>("plan.read", async (_viewer, { year }) => {
  const parsed = parseYear(year);
  const plan = parsed === null ? null : await exportPlan(parsed);
  return plan ? Response.json(plan) : jsonError(404, "未找到该年度的工作要点");
});
