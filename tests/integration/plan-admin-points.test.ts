// A point's setup in the browser: title, lead department, 配合单位, kind. Audited always; in a
// published plan a reason is required and the change is kept in the point's history; a lead
// department cannot change under reports. Plans 2072 (published) and 2073 (draft) are this file's own.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { viewerOfUser } from "@/lib/auth/viewer-of-user";
import { getPrisma } from "@/lib/db";
import { updatePointSchema } from "@/lib/plans/admin/schemas";
import { updatePoint } from "@/lib/plans/admin/update-point";
import { listPointHistory } from "@/lib/plans/admin/point-history";
import { REASON_REQUIRED } from "@/lib/plans/plan-change";
import { createPlan, unitIdsByCode, writeApprovedReports } from "./helpers/progress-plans";

const context = () => ({ clientAddress: "127.0.0.1", requestId: randomUUID() });
const supervisor = async () =>
  viewerOfUser(
    await getPrisma().user.findUniqueOrThrow({ where: { username: "supervisor" }, include: { unit: true } }),
  );
const indicator = { name: "新建长者食堂", kind: "SUM" as const, target: 10, quotas: {} };
let published = { pointId: 0, reportedPointId: 0 };
let draftPointId = 0;

const pointNow = (id: number) =>
  getPrisma().workPoint.findUniqueOrThrow({
    where: { id },
    select: {
      title: true,
      kind: true,
      leadUnit: { select: { code: true } },
      supportingUnits: { select: { unit: { select: { code: true } } } },
    },
  });
const edit = async (pointId: number, changes: Record<string, unknown>) =>
  updatePoint(
    getPrisma(),
    await supervisor(),
    context(),
    updatePointSchema.parse({
      pointId,
      title: "要点",
      leadUnitCode: "yanglao",
      supportingUnitCodes: [],
      kind: "QUANTITATIVE",
      ...changes,
    }),
  );

beforeAll(async () => {
  const plan = await createPlan(getPrisma(), 2072, [
    [
      { leadUnit: "yanglao", indicators: [indicator] },
      { leadUnit: "yanglao", indicators: [indicator] },
    ],
  ]);
  published = { pointId: plan.points[0].id, reportedPointId: plan.points[1].id };
  const units = await unitIdsByCode(getPrisma());
  await writeApprovedReports(getPrisma(), [
    {
      unitId: units.get("yanglao")!,
      pointId: published.reportedPointId,
      period: "2072-03",
      values: [{ indicatorId: plan.points[1].indicators[0].id, value: 2 }],
    },
  ]);
  const draft = await createPlan(getPrisma(), 2073, [[{ leadUnit: "yanglao", indicators: [indicator] }]]);
  await getPrisma().plan.update({ where: { year: 2073 }, data: { status: "DRAFT", publishedAt: null } });
  draftPointId = draft.points[0].id;
});

describe("a point's setup", () => {
  it("changes title, lead, 配合单位 and kind of a published point with a reason, audited and in its history", async () => {
    const result = await edit(published.pointId, {
      title: "长者食堂建设",
      leadUnitCode: "jiuzhu",
      supportingUnitCodes: ["licheng", "yanglao"],
      kind: "QUALITATIVE",
      reason: "局务会调整分工",
    });
    expect(result).toEqual({ changed: true });
    const point = await pointNow(published.pointId);
    expect(point).toMatchObject({ title: "长者食堂建设", kind: "QUALITATIVE", leadUnit: { code: "jiuzhu" } });
    expect(point.supportingUnits.map((s) => s.unit.code).sort()).toEqual(["licheng", "yanglao"]);
    const audit = await getPrisma().auditEvent.findFirstOrThrow({
      where: { action: "plan.point.update", objectId: String(published.pointId) },
      orderBy: { id: "desc" },
    });
    expect(audit).toMatchObject({ username: "supervisor", result: "SUCCESS", detail: "局务会调整分工" });
    const [entry] = await listPointHistory(published.pointId);
    expect(entry).toMatchObject({ what: "修改工作要点", reason: "局务会调整分工" });
    expect(entry.changes).toContainEqual({ field: "牵头单位", before: "养老服务科", after: "社会救助科" });
    expect(entry.changes).toContainEqual({ field: "类型", before: "定量", after: "定性" });
    expect(entry.changes).toContainEqual({ field: "配合单位", before: "(无)", after: "养老服务科、荔城区" });
  });

  it("refuses a published point's change without a reason, changing nothing", async () => {
    await expect(edit(published.pointId, { title: "另一个简称" })).rejects.toThrow(REASON_REQUIRED);
    expect((await pointNow(published.pointId)).title).toBe("长者食堂建设");
  });

  it("refuses a new lead department once the point has reports, naming how many", async () => {
    await expect(edit(published.reportedPointId, { leadUnitCode: "jiuzhu", reason: "调整分工" })).rejects.toThrow(
      "已有 1 份报告,不能更换牵头单位",
    );
    expect((await pointNow(published.reportedPointId)).leadUnit.code).toBe("yanglao");
  });

  it("refuses a county as lead department, beside the field", async () => {
    await expect(edit(draftPointId, { leadUnitCode: "licheng" })).rejects.toMatchObject({
      message: "牵头单位须是市局的科室或直属单位。",
      field: "leadUnitCode",
    });
  });

  it("refuses a short title over 16 字", () => {
    const parsed = updatePointSchema.safeParse({
      pointId: draftPointId,
      title: "一二三四五六七八九十一二三四五六七",
      leadUnitCode: "yanglao",
      kind: "QUANTITATIVE",
    });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]).toMatchObject({ path: ["title"], message: "简称不能超过16个字" });
  });

  it("edits a draft's point freely: audited, no reason asked, no history kept", async () => {
    expect(await edit(draftPointId, { title: "草稿简称" })).toEqual({ changed: true });
    expect((await pointNow(draftPointId)).title).toBe("草稿简称");
    expect(await getPrisma().planChange.count({ where: { pointId: draftPointId } })).toBe(0);
    expect(
      await getPrisma().auditEvent.count({ where: { action: "plan.point.update", objectId: String(draftPointId) } }),
    ).toBe(1);
  });
});
