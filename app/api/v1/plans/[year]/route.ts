import { exportPlan } from "@/lib/plans/export-plan";
import { parseYear } from "@/lib/plans/params";

export async function GET(_request: Request, { params }: { params: Promise<{ year: string }> }) {
  const year = parseYear((await params).year);
  const plan = year === null ? null : await exportPlan(year);
  if (!plan) return Response.json({ error: "未找到该年度的工作要点" }, { status: 404 });
  return Response.json(plan);
}
