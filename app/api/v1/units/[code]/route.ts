import { apiRoute, jsonError } from "@/lib/api/api-route";
import { AccessDenied } from "@/lib/auth/denied";
import { unitExists } from "@/lib/org/queries";
import { getUnitTasks } from "@/lib/plans/unit-tasks";

export const GET = apiRoute<{ code: string }>("unitTasks.read", async (viewer, { code }) => {
  const unit = await getUnitTasks(viewer, code);
  if (!unit) {
    if (await unitExists(code)) throw new AccessDenied("unitTasks.read", { type: "Unit", id: code });
    return jsonError(404, "未找到");
  }
  return Response.json({
    unit: unit.name,
    quotas: unit.quotas.map((quota) => ({
      year: quota.indicator.point.plan.year,
      point: quota.indicator.point.no,
      indicator: quota.indicator.name,
      unit: quota.indicator.unit,
      target: quota.target.toNumber(),
      demo: quota.isDemo,
    })),
  });
});
