// An indicator's own 序时进度 moves its status on every dashboard at once, is audited, and bad
// input changes nothing. Plan 2046 is this file's own.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { getPrisma } from "@/lib/db";
import { viewerOfUser } from "@/lib/auth/viewer-of-user";
import { getPlanProgress } from "@/lib/dashboard/plan-progress";
import { REASON_REQUIRED } from "@/lib/plans/plan-change";
import { indicatorScheduleSchema, saveIndicatorSchedule } from "@/lib/plans/schedules";
import { createPlan, unitIdsByCode, writeApprovedReports } from "./helpers/progress-plans";

const YEAR = 2046;
const NOW = new Date("2046-07-03T09:00:00+08:00");
const BACK_LOADED = [0, 0, 0, 5, 5, 5, 20, 30, 50, 70, 90, 100];
const context = () => ({ clientAddress: "127.0.0.1", requestId: randomUUID() });
const supervisor = async () =>
  viewerOfUser(
    await getPrisma().user.findUniqueOrThrow({ where: { username: "supervisor" }, include: { unit: true } }),
  );
const indicatorNow = async () => (await getPlanProgress(getPrisma(), YEAR, `${YEAR}-06`, NOW))!.points[0].indicators[0];
let indicatorId = 0;

beforeAll(async () => {
  // 2 of 10 done by June: 20% against 序时进度 50% is 滞后 (30 points behind) on month ÷ 12.
  const plan = await createPlan(getPrisma(), YEAR, [
    [
      {
        leadUnit: "yanglao",
        indicators: [{ name: "年底竣工的项目", kind: "SUM", target: 10, quotas: { licheng: 5, xianyou: 5 } }],
      },
    ],
  ]);
  indicatorId = plan.points[0].indicators[0].id;
  const units = await unitIdsByCode(getPrisma());
  await writeApprovedReports(
    getPrisma(),
    ["licheng", "xianyou"].map((code) => ({
      unitId: units.get(code)!,
      pointId: plan.points[0].id,
      period: `${YEAR}-06`,
      values: [{ indicatorId, value: 1 }],
    })),
  );
});

describe("an indicator's own 序时进度", () => {
  it("moves the indicator's status on the dashboards at once, with an audit row; saving it again changes nothing", async () => {
    expect(await indicatorNow()).toMatchObject({ completion: 0.2, timeProgress: 0.5, status: "BEHIND" });
    expect(
      await saveIndicatorSchedule(
        getPrisma(),
        await supervisor(),
        context(),
        indicatorScheduleSchema.parse({ indicatorId, months: BACK_LOADED, reason: "年底竣工" }),
      ),
    ).toEqual({ changed: true });
    expect(await indicatorNow()).toMatchObject({ completion: 0.2, timeProgress: 0.05, status: "AHEAD" });
    expect(
      await getPrisma().indicator.findUniqueOrThrow({ where: { id: indicatorId }, select: { rule: true } }),
    ).toEqual({ rule: "CURVE" });
    expect(
      await getPrisma().planChange.findFirstOrThrow({
        where: { indicatorId, action: "plan.schedule" },
        orderBy: { id: "desc" },
      }),
    ).toMatchObject({ reason: "年底竣工", username: "supervisor" });
    const audit = await getPrisma().auditEvent.findFirstOrThrow({
      where: { action: "plan.schedule", objectId: String(indicatorId) },
      orderBy: { id: "desc" },
    });
    expect(audit).toMatchObject({
      username: "supervisor",
      before: { 年底竣工的项目: "按月均衡" },
      after: { 年底竣工的项目: `${BACK_LOADED.join("% / ")}%` },
    });
    expect(
      await saveIndicatorSchedule(
        getPrisma(),
        await supervisor(),
        context(),
        indicatorScheduleSchema.parse({ indicatorId, months: BACK_LOADED, reason: "年底竣工" }),
      ),
    ).toEqual({ changed: false });
  });

  it("goes back to month ÷ 12", async () => {
    expect(
      await saveIndicatorSchedule(getPrisma(), await supervisor(), context(), {
        indicatorId,
        months: null,
        reason: "改回按月均衡",
      }),
    ).toEqual({ changed: true });
    expect(
      await getPrisma().indicator.findUniqueOrThrow({
        where: { id: indicatorId },
        select: { schedule: true, rule: true },
      }),
    ).toEqual({ schedule: [], rule: "LINEAR" });
    expect(await indicatorNow()).toMatchObject({ timeProgress: 0.5, status: "BEHIND" });
  });

  it("asks for a reason in a published plan, changing nothing without one", async () => {
    await expect(
      saveIndicatorSchedule(
        getPrisma(),
        await supervisor(),
        context(),
        indicatorScheduleSchema.parse({ indicatorId, months: BACK_LOADED }),
      ),
    ).rejects.toThrow(REASON_REQUIRED);
    expect(
      await getPrisma().indicator.findUniqueOrThrow({ where: { id: indicatorId }, select: { schedule: true } }),
    ).toEqual({ schedule: [] });
  });

  it("refuses an indicator that does not exist", async () => {
    await expect(
      saveIndicatorSchedule(
        getPrisma(),
        await supervisor(),
        context(),
        indicatorScheduleSchema.parse({ indicatorId: 999_999_999, months: BACK_LOADED }),
      ),
    ).rejects.toThrow("指标不存在。");
  });
});
