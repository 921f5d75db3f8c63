// Demo mode only: a few county quotas reached and closed out (办结销号) before the demo date, and one
// application at each step still waiting (the lead department's 核验, the office's 销号), so each
// role meets the close-out in its own list. Written like the rest of the demo history: isDemo, no
// audit rows, no notifications. Taken from points the specs do not file on, so closing them changes
// nobody else's forms.
import "server-only";
import { TZDate } from "@date-fns/tz";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { CloseoutState } from "@/lib/generated/prisma/enums";
import { getPlanProgress } from "@/lib/dashboard/plan-progress";
import { TIME_ZONE } from "@/lib/time/days";
import { DEMO_HISTORY_YEAR } from "./demo-history";

const YEAR = DEMO_HISTORY_YEAR;

// County quotas the demo history reaches by September, on points no spec files or imports on (points 11,
// 12 and 17 are theirs, and 城厢区's 革命遗址修缮项目 is the close-out spec's own), with the step each has got to.
const PARTS: { county: string; pointNo: number; indicator: string; state: CloseoutState }[] = [
  { county: "xianyou", pointNo: 34, indicator: "管护已修缮革命遗址", state: "CLOSED" },
  { county: "xianyou", pointNo: 36, indicator: "乡镇公益性骨灰楼堂", state: "CLOSED" },
  { county: "xianyou", pointNo: 36, indicator: "村级公益性骨灰楼堂", state: "CLOSED" },
  { county: "chengxiang", pointNo: 34, indicator: "管护已修缮革命遗址", state: "VERIFIED" },
  { county: "xianyou", pointNo: 34, indicator: "革命遗址修缮项目", state: "APPLIED" },
];

const at = (day: number, hour: number, month = 10) =>
  new Date(TZDate.tz(TIME_ZONE, YEAR, month - 1, day, hour, 0).getTime());

/** The listed parts that September's approved figures show reached, in the list's order. */
async function reachedParts(db: PrismaClient) {
  const progress = await getPlanProgress(db, YEAR, `${YEAR}-09`, at(12, 9));
  return PARTS.flatMap(({ county, pointNo, indicator: name, state }) => {
    const point = progress?.points.find((candidate) => candidate.no === pointNo);
    const indicator = point?.indicators.find((candidate) => candidate.name === name);
    const unit = indicator?.units.find((candidate) => candidate.unitCode === county);
    return point && indicator && unit && unit.quota > 0 && (unit.completion ?? 0) >= 1
      ? [{ point, indicator, unit, state }]
      : [];
  });
}

export async function seedDemoCloseouts(db: PrismaClient, supervisorId: number): Promise<number> {
  const parts = await reachedParts(db);
  for (const [index, { point, indicator, unit, state }] of parts.entries()) {
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
