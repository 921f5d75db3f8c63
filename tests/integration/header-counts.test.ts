// The numbers beside 本月填报 and 待审核 in the navigation: one COUNT each, and always the same
// as the pages they point to. 城厢区 files December 2022 here, a month after the demo clock.
import { afterAll, describe, expect, it } from "vitest";
import { viewerOfUser } from "@/lib/auth/viewer-of-user";
import type { Viewer } from "@/lib/auth/viewer-type";
import { getPrisma } from "@/lib/db";
import type { ReportState } from "@/lib/generated/prisma/enums";
import { countOpenDuties, countReviewQueue } from "@/lib/reports/counts";
import { getMonthOverview, listReviewQueue, type MonthOverview } from "@/lib/reports/queries";

const PERIOD = "2022-12";
const as = async (username: string): Promise<Viewer> =>
  viewerOfUser(await getPrisma().user.findUniqueOrThrow({ where: { username }, include: { unit: true } }));
const stillToFile = (overview: MonthOverview) =>
  overview.rows.filter((row) => !row.report || ["DRAFT", "RETURNED"].includes(row.report.state)).length;

// Other files file December too (催办's tests): what this one adds is taken away after it.
const added: number[] = [];
afterAll(() => getPrisma().report.deleteMany({ where: { id: { in: added } } }));

async function putReport(viewer: Viewer, pointId: number, state: ReportState) {
  const now = new Date("2023-01-02T02:00:00Z");
  const report = await getPrisma().report.create({
    data: { unitId: viewer.unitId, pointId, period: PERIOD, state, createdAt: now, updatedAt: now },
  });
  added.push(report.id);
}

describe("the navigation's counts", () => {
  it("count the month's points still to file as 本月填报 lists them, and drop when one goes to the county head", async () => {
    const reporter = await as("chengxiang-reporter");
    const approver = await as("chengxiang-approver");
    const overview = (await getMonthOverview(reporter, PERIOD))!;
    const open = await countOpenDuties(reporter, PERIOD);
    expect(open).toBe(stillToFile(overview));
    expect(await countOpenDuties(approver, PERIOD)).toBe(open);
    const free = overview.rows.filter((row) => !row.report).map((row) => row.pointId);
    expect(free.length).toBeGreaterThanOrEqual(3);
    const queued = await countReviewQueue(approver);

    // A draft and a returned report are still the unit's to finish; one awaiting sign-off is not.
    await putReport(reporter, free[0], "DRAFT");
    await putReport(reporter, free[1], "RETURNED");
    expect(await countOpenDuties(reporter, PERIOD)).toBe(open);
    await putReport(reporter, free[2], "AWAITING_SIGNOFF");
    expect(await countOpenDuties(reporter, PERIOD)).toBe(open! - 1);
    expect(await countOpenDuties(reporter, PERIOD)).toBe(stillToFile((await getMonthOverview(reporter, PERIOD))!));
    expect(await countReviewQueue(approver)).toBe(queued! + 1);
  });

  it("count each reviewer's 待审核 as the page lists it", async () => {
    for (const username of ["chengxiang-approver", "licheng-approver", "dept-yanglao", "dept-ertong", "supervisor"]) {
      const viewer = await as(username);
      expect(await countReviewQueue(viewer), username).toBe((await listReviewQueue(viewer))!.length);
    }
  });

  it("count nothing for those who neither file nor review", async () => {
    for (const username of ["leader", "admin", "auditor"])
      expect(await countReviewQueue(await as(username)), username).toBeNull();
    for (const username of ["leader", "supervisor", "admin", "auditor"])
      expect(await countOpenDuties(await as(username), PERIOD), username).toBeNull();
  });
});
