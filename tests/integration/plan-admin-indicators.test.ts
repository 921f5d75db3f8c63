// Indicators and milestones set up in the browser: added, changed, retired, deleted in a draft.
// County quotas follow the split (SAME/MINIMUM: the target for all 7 counties; NONE: none), and
// what units already reported stays true. Plans 2074 (published) and 2075 (draft) are this file's own.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { viewerOfUser } from "@/lib/auth/viewer-of-user";
import { getPrisma } from "@/lib/db";
import { addMilestone } from "@/lib/plans/admin/add-milestone";
import { createIndicator } from "@/lib/plans/admin/create-indicator";
import { deleteIndicator } from "@/lib/plans/admin/delete-indicator";
import { listPointHistory } from "@/lib/plans/admin/point-history";
import { retireIndicator } from "@/lib/plans/admin/retire-indicator";
import { createIndicatorSchema, retireIndicatorSchema, updateIndicatorSchema } from "@/lib/plans/admin/schemas";
import { updateIndicator } from "@/lib/plans/admin/update-indicator";
import { REASON_REQUIRED } from "@/lib/plans/plan-change";
import { listDuties } from "@/lib/reports/duties";
import { createPlan, unitIdsByCode, writeApprovedReports } from "./helpers/progress-plans";

const context = () => ({ clientAddress: "127.0.0.1", requestId: randomUUID() });
const supervisor = async () =>
  viewerOfUser(
    await getPrisma().user.findUniqueOrThrow({ where: { username: "supervisor" }, include: { unit: true } }),
  );
const FIELDS = {
  unit: "家",
  target: "2",
  direction: "AT_LEAST",
  kind: "SUM",
  wholeNumbers: true,
  quotaMode: "MINIMUM",
  rule: "LINEAR",
  dueOn: "",
  sourceText: "",
};
let units = new Map<string, number>();
let pointId = 0;
let draftPointId = 0;
let reportedId = 0;

const create = async (point: number, fields: Record<string, unknown>) =>
  createIndicator(
    getPrisma(),
    await supervisor(),
    context(),
    createIndicatorSchema.parse({ pointId: point, ...FIELDS, ...fields }),
  );
const update = async (indicatorId: number, fields: Record<string, unknown>) =>
  updateIndicator(
    getPrisma(),
    await supervisor(),
    context(),
    updateIndicatorSchema.parse({ indicatorId, ...FIELDS, reason: "调整", ...fields }),
  );
const quotasOf = async (indicatorId: number) =>
  (await getPrisma().quota.findMany({ where: { indicatorId }, select: { target: true } })).map((q) =>
    q.target.toNumber(),
  );

beforeAll(async () => {
  units = await unitIdsByCode(getPrisma());
  const plan = await createPlan(getPrisma(), 2074, [
    [
      {
        leadUnit: "shegong",
        indicators: [{ name: "已报送的指标", kind: "SUM", target: 10, quotas: { licheng: 5, xianyou: 5 } }],
      },
    ],
  ]);
  pointId = plan.points[0].id;
  reportedId = plan.points[0].indicators[0].id;
  await getPrisma().indicator.update({ where: { id: reportedId }, data: { quotaMode: "SPLIT" } });
  await writeApprovedReports(getPrisma(), [
    { unitId: units.get("licheng")!, pointId, period: "2074-02", values: [{ indicatorId: reportedId, value: 1.5 }] },
    { unitId: units.get("xianyou")!, pointId, period: "2074-02", values: [{ indicatorId: reportedId, value: 2 }] },
  ]);
  const draft = await createPlan(getPrisma(), 2075, [[{ leadUnit: "shegong", indicators: [] }]]);
  await getPrisma().plan.update({ where: { year: 2075 }, data: { status: "DRAFT", publishedAt: null } });
  draftPointId = draft.points[0].id;
});

describe("adding and changing an indicator", () => {
  it("adds a minimum for every county: the target is every county's quota, audited, in the history", async () => {
    const { id } = await create(pointId, { name: "社会工作服务机构", reason: "补充指标" });
    expect(await quotasOf(id)).toEqual([2, 2, 2, 2, 2, 2, 2]);
    expect(
      await getPrisma().auditEvent.count({ where: { action: "plan.indicator.create", objectId: String(id) } }),
    ).toBe(1);
    const [entry] = await listPointHistory(pointId);
    expect(entry).toMatchObject({ what: "新增指标", reason: "补充指标" });
    expect(entry.changes).toContainEqual({ field: "分解方式", before: "", after: "各县区不少于目标" });
    // A county now reports on it.
    const duties = await listDuties(getPrisma(), units.get("meizhou")!, "2074-03");
    expect(duties.flatMap((duty) => duty.indicators.map((i) => i.name))).toContain("社会工作服务机构");
  });

  it("refreshes the counties' quotas when the target changes, removes them for NONE, keeps them for SPLIT", async () => {
    const { id } = await create(pointId, { name: "同一目标", quotaMode: "SAME", target: "3", reason: "补充" });
    expect(await quotasOf(id)).toEqual(Array(7).fill(3));
    await update(id, { name: "同一目标", quotaMode: "SAME", target: "4" });
    expect(await quotasOf(id)).toEqual(Array(7).fill(4));
    await update(id, { name: "同一目标", quotaMode: "SPLIT", target: "28" });
    expect(await quotasOf(id)).toEqual(Array(7).fill(4));
    await update(id, { name: "同一目标", quotaMode: "NONE", target: "28" });
    expect(await quotasOf(id)).toEqual([]);
  });

  it("refuses a name the point already has, beside the name", async () => {
    await expect(create(pointId, { name: "已报送的指标", reason: "x" })).rejects.toMatchObject({
      message: "本条要点已有名为「已报送的指标」的指标,请换一个名称。",
      field: "name",
    });
  });

  it("asks for a reason in a published plan, adding nothing without one", async () => {
    const before = await getPrisma().indicator.count({ where: { pointId } });
    await expect(create(pointId, { name: "无原因" })).rejects.toThrow(REASON_REQUIRED);
    expect(await getPrisma().indicator.count({ where: { pointId } })).toBe(before);
  });

  it("refuses a new kind for an indicator with reports, naming how many", async () => {
    await expect(
      update(reportedId, {
        name: "已报送的指标",
        kind: "RATE",
        unit: "%",
        wholeNumbers: false,
        quotaMode: "SPLIT",
        target: "10",
      }),
    ).rejects.toMatchObject({
      message: expect.stringContaining("该指标已有 2 份报告,不能更改汇总方式"),
      field: "kind",
    });
  });

  it("refuses a fraction target on a whole-number indicator", async () => {
    await expect(create(pointId, { name: "小数目标", target: "2.5", reason: "x" })).rejects.toMatchObject({
      message: "该指标按整数计,目标值须为整数(现为 2.5)。",
      field: "target",
    });
  });

  it("refuses whole numbers while reported values are fractions, changing nothing", async () => {
    await expect(
      update(reportedId, { name: "已报送的指标", quotaMode: "SPLIT", target: "10", wholeNumbers: true }),
    ).rejects.toMatchObject({
      message: expect.stringContaining("已报送的数值中有小数(如 1.5)"),
      field: "wholeNumbers",
    });
    expect(
      await getPrisma().indicator.findUniqueOrThrow({ where: { id: reportedId }, select: { wholeNumbers: true } }),
    ).toEqual({ wholeNumbers: false });
  });

  it("refuses NONE once counties have reported on the indicator", async () => {
    await expect(
      update(reportedId, { name: "已报送的指标", quotaMode: "NONE", target: "10", wholeNumbers: false }),
    ).rejects.toMatchObject({ message: expect.stringContaining("县区已就该指标报送 2 份报告"), field: "quotaMode" });
    expect(await quotasOf(reportedId)).toEqual([5, 5]);
  });
});

describe("milestones", () => {
  it("adds a dated milestone reported by the lead department", async () => {
    const { id } = await addMilestone(getPrisma(), await supervisor(), context(), {
      pointId,
      name: "出台实施办法",
      dueOn: "2074-06-30",
      sourceText: "",
      reason: "分解定性任务",
    });
    const milestone = await getPrisma().indicator.findUniqueOrThrow({ where: { id } });
    expect(milestone).toMatchObject({ kind: "MILESTONE", rule: "BY_DATE", quotaMode: "NONE", unit: "项" });
    expect(milestone.target.toNumber()).toBe(1);
    expect(milestone.dueOn?.toISOString().slice(0, 10)).toBe("2074-06-30");
    const duties = await listDuties(getPrisma(), units.get("shegong")!, "2074-03");
    expect(duties[0].indicators.map((i) => i.name)).toContain("出台实施办法");
    const [entry] = await listPointHistory(pointId);
    expect(entry.changes).toContainEqual({ field: "序时进度", before: "", after: "6月30日前完成" });
  });

  it("refuses a due day outside the plan's year", async () => {
    await expect(
      addMilestone(getPrisma(), await supervisor(), context(), {
        pointId,
        name: "明年的事",
        dueOn: "2075-01-31",
        sourceText: "",
        reason: "x",
      }),
    ).rejects.toMatchObject({ message: "完成时限须在2074年内。", field: "dueOn" });
  });
});

describe("retiring and deleting", () => {
  it("retires a reported indicator with a reason: reports kept, no longer a duty, greyed with its reason", async () => {
    expect(retireIndicatorSchema.safeParse({ indicatorId: reportedId, reason: " " }).success).toBe(false);
    await retireIndicator(getPrisma(), await supervisor(), context(), {
      indicatorId: reportedId,
      reason: "省厅取消该考核",
    });
    const retired = await getPrisma().indicator.findUniqueOrThrow({ where: { id: reportedId } });
    expect(retired.retiredAt).not.toBeNull();
    expect(retired.retiredReason).toBe("省厅取消该考核");
    expect(await getPrisma().reportValue.count({ where: { indicatorId: reportedId } })).toBe(2);
    const duties = await listDuties(getPrisma(), units.get("licheng")!, "2074-03");
    expect(duties.flatMap((duty) => duty.indicators.map((i) => i.id))).not.toContain(reportedId);
    const [entry] = await listPointHistory(pointId);
    expect(entry).toMatchObject({ what: "停用指标", reason: "省厅取消该考核" });
  });

  it("refuses to delete in a published plan, and anything reported", async () => {
    await expect(
      deleteIndicator(getPrisma(), await supervisor(), context(), { indicatorId: reportedId }),
    ).rejects.toThrow("工作要点已发布,指标不能删除");
  });

  it("deletes an unreported indicator of a draft, audited, no reason asked", async () => {
    const { id } = await create(draftPointId, { name: "录错的指标" });
    expect(await getPrisma().planChange.count({ where: { indicatorId: id } })).toBe(0);
    await deleteIndicator(getPrisma(), await supervisor(), context(), { indicatorId: id });
    expect(await getPrisma().indicator.count({ where: { id } })).toBe(0);
    expect(await getPrisma().quota.count({ where: { indicatorId: id } })).toBe(0);
    expect(
      await getPrisma().auditEvent.count({ where: { action: "plan.indicator.delete", objectId: String(id) } }),
    ).toBe(1);
  });
});
