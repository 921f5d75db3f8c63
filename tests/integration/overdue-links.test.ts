// The dashboard's overdue list links a report only for a reader who may open it, by the report
// page's own rule. On the demo clock, two September reports are stuck: Beian's was returned by the
// city (it reached the city once), Meizhou's was sent back by its own county head (it never did).
import { describe, expect, it } from "vitest";
import { viewerOfUser } from "@/lib/auth/viewer-of-user";
import type { Viewer } from "@/lib/auth/viewer-type";
import { overdueStateLabel } from "@/lib/dashboard/overdue-state";
import { getPlanProgress } from "@/lib/dashboard/plan-progress";
import { readableReportIds } from "@/lib/dashboard/unit-dashboard";
import { getPrisma } from "@/lib/db";
import { getReportDetail } from "@/lib/reports/queries";

const DEMO_NOW = new Date("2022-11-03T09:00:00+08:00");

const viewerOf = async (where: { username: string } | { role: "DEPARTMENT"; unitId: number }): Promise<Viewer> =>
  viewerOfUser(
    await getPrisma().user.findFirstOrThrow({ where: { ...where, disabledAt: null }, include: { unit: true } }),
  );

async function stuckInSeptember(code: string) {
  return getPrisma().report.findFirstOrThrow({
    where: { unit: { code }, period: "2022-09", state: "RETURNED" },
    select: { id: true, point: { select: { no: true, leadUnitId: true } } },
  });
}

describe("the overdue list's links", () => {
  it("shows a county-internal return as 县区退回修改中, one returned by the city as 已退回", async () => {
    const progress = (await getPlanProgress(getPrisma(), 2022, "2022-10", DEMO_NOW))!;
    const meizhou = await stuckInSeptember("meizhou");
    const beian = await stuckInSeptember("beian");
    const row = (reportId: number) => progress.overdue.find((entry) => entry.reportId === reportId)!;
    expect(row(meizhou.id)).toMatchObject({ unitCode: "meizhou", period: "2022-09", reachedCity: false });
    expect(overdueStateLabel(row(meizhou.id))).toBe("县区退回修改中");
    expect(row(beian.id)).toMatchObject({ unitCode: "beian", reachedCity: true });
    expect(overdueStateLabel(row(beian.id))).toBe("已退回");
    // Due on 5 October, 29 days before the demo clock's day.
    expect(row(meizhou.id)).toMatchObject({ dueAt: "2022-10-05", daysLate: 29 });
  });

  it("is not a link to a county-internal return for the leader, the supervisor or the lead department", async () => {
    const meizhou = await stuckInSeptember("meizhou");
    const beian = await stuckInSeptember("beian");
    const readers = [
      await viewerOf({ username: "leader" }),
      await viewerOf({ username: "supervisor" }),
      await viewerOf({ role: "DEPARTMENT", unitId: meizhou.point.leadUnitId }),
    ];
    for (const reader of readers) {
      const readable = await readableReportIds(getPrisma(), reader, [meizhou.id, beian.id]);
      expect(readable.has(meizhou.id), reader.username).toBe(false);
      // The same answer as the report page itself: not found.
      expect(await getReportDetail(reader, meizhou.id), reader.username).toBeNull();
    }
    for (const reader of readers.slice(0, 2)) {
      expect(await readableReportIds(getPrisma(), reader, [meizhou.id, beian.id])).toEqual(new Set([beian.id]));
      expect(await getReportDetail(reader, beian.id)).not.toBeNull();
    }
  });

  it("links a department to a city return only on a point it leads", async () => {
    const beian = await stuckInSeptember("beian");
    const lead = await viewerOf({ role: "DEPARTMENT", unitId: beian.point.leadUnitId });
    expect(await readableReportIds(getPrisma(), lead, [beian.id])).toEqual(new Set([beian.id]));
    const other = await getPrisma().user.findFirstOrThrow({
      where: {
        role: "DEPARTMENT",
        disabledAt: null,
        unitId: { not: beian.point.leadUnitId },
        unit: { code: { not: "office" } },
      },
      select: { username: true, unitId: true },
    });
    const stranger = await viewerOf({ username: other.username });
    expect(await readableReportIds(getPrisma(), stranger, [beian.id])).toEqual(new Set());
    expect(await getReportDetail(stranger, beian.id)).toBeNull();
  });
});
