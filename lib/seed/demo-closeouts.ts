// Demo mode only: a few county quotas reached and closed out (办结销号) before the demo date, and one
// application at each step still waiting (the lead department's 核验, the office's 销号), so each
// role meets the close-out in its own list. Written like the rest of the demo history: isDemo, no
// audit rows, no notifications. Taken from the counties the specs do not walk through, so closing
// their parts changes nobody else's forms.
import "server-only";
import { TZDate } from "@date-fns/tz";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { CloseoutState } from "@/lib/generated/prisma/enums";
import { getPlanProgress } from "@/lib/dashboard/plan-progress";
import { TIME_ZONE } from "@/lib/time/days";
import { DEMO_HISTORY_YEAR } from "./demo-history";

const YEAR = DEMO_HISTORY_YEAR;
const COUNTIES = ["xianyou", "chengxiang"];
const FATES: CloseoutState[] = ["CLOSED", "CLOSED", "CLOSED", "VERIFIED", "APPLIED"];

const at = (day: number, hour: number, month = 10) =>
  new Date(TZDate.tz(TIME_ZONE, YEAR, month - 1, day, hour, 0).getTime());

/** The reached county quotas on September's approved figures, most ahead first. */
async function reachedParts(db: PrismaClient) {
  const progress = await getPlanProgress(db, YEAR, `${YEAR}-09`, at(12, 9));
  const counties = await db.unit.findMany({ where: { code: { in: COUNTIES } }, select: { id: true, code: true } });
  const wanted = new Set(counties.map((county) => county.id));
  return (progress?.points ?? [])
    .flatMap((point) =>
      point.indicators
        .filter((indicator) => indicator.kind === "SUM" && indicator.quotaMode === "SPLIT")
        .flatMap((indicator) =>
          indicator.units
            .filter((unit) => wanted.has(unit.unitId) && unit.quota > 0 && (unit.completion ?? 0) >= 1)
            .map((unit) => ({ point, indicator, unit })),
        ),
    )
    .sort((a, b) => (b.unit.completion ?? 0) - (a.unit.completion ?? 0) || a.indicator.id - b.indicator.id);
}

export async function seedDemoCloseouts(db: PrismaClient, supervisorId: number): Promise<number> {
  const parts = (await reachedParts(db)).slice(0, FATES.length);
  for (const [index, { point, indicator, unit }] of parts.entries()) {
    const state = FATES[index];
    const applicant = await db.user.findFirst({
      where: { unitId: unit.unitId, role: "COUNTY_REPORTER" },
      orderBy: { id: "asc" },
      select: { id: true },
    });
    const lead = await db.user.findFirst({
      where: { unit: { code: point.leadUnitCode }, role: "DEPARTMENT" },
      orderBy: { id: "asc" },
      select: { id: true },
    });
    if (!applicant || !lead) continue;
    const day = 14 + index;
    const verified = state !== "APPLIED";
    const closed = state === "CLOSED";
    await db.closeout.create({
      data: {
        unitId: unit.unitId,
        pointId: point.id,
        indicatorId: indicator.id,
        state,
        summary: `${unit.unit}${indicator.name}已完成 ${unit.achieved} ${indicator.unit},达到年度任务 ${unit.quota} ${indicator.unit},相关项目均已验收,申请办结销号。`,
        factsData: { period: `${YEAR}-09`, achieved: unit.achieved ?? 0, target: unit.quota, unit: indicator.unit },
        appliedAt: at(day, 10),
        appliedById: applicant.id,
        verifiedAt: verified ? at(day + 2, 11) : null,
        verifiedById: verified ? lead.id : null,
        verifyNote: verified ? "经核验,完成数与台账一致,佐证材料齐全。" : "",
        closedAt: closed ? at(day + 4, 15) : null,
        closedById: closed ? supervisorId : null,
        isDemo: true,
      },
    });
  }
  return parts.length;
}
