// 年初值: typed per reporting unit, or "取上年末审核值" from a synthetic previous-year plan (2076):
// each unit's last approved value of the same indicator, matched by point and name or by name
// alone. Plans 2076 and 2077 (published) and 2080 (draft; no 2079) are this file's own.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { viewerOfUser } from "@/lib/auth/viewer-of-user";
import { getPrisma } from "@/lib/db";
import { listPointHistory } from "@/lib/plans/admin/point-history";
import { fillBaselinesFromPreviousYear } from "@/lib/plans/admin/previous-year-baselines";
import { saveBaselines } from "@/lib/plans/admin/save-baselines";
import { saveBaselinesSchema } from "@/lib/plans/admin/schemas";
import { REASON_REQUIRED } from "@/lib/plans/plan-change";
import { createPlan, unitIdsByCode, writeApprovedReports } from "./helpers/progress-plans";

const context = () => ({ clientAddress: "127.0.0.1", requestId: randomUUID() });
const supervisor = async () =>
  viewerOfUser(
    await getPrisma().user.findUniqueOrThrow({ where: { username: "supervisor" }, include: { unit: true } }),
  );
const BEDS = {
  name: "新增养老床位",
  kind: "SUM" as const,
  target: 300,
  quotas: { licheng: 100, xianyou: 100, hanjiang: 100 },
};
const RATE = { name: "结对帮扶率", kind: "RATE" as const, target: 45, quotas: { licheng: 45, xianyou: 45 } };
let units = new Map<string, number>();
let beds = 0;
let rate = 0;
let draftBeds = 0;

const baselinesOf = async (indicatorId: number) =>
  (
    await getPrisma().baseline.findMany({
      where: { indicatorId },
      select: { unit: { select: { code: true } }, value: true, numerator: true, denominator: true, source: true },
    })
  ).map((row) => ({
    unit: row.unit.code,
    value: row.value?.toNumber() ?? null,
    numerator: row.numerator?.toNumber() ?? null,
    denominator: row.denominator?.toNumber() ?? null,
    source: row.source,
  }));

beforeAll(async () => {
  units = await unitIdsByCode(getPrisma());
  const previous = await createPlan(getPrisma(), 2076, [
    [
      { leadUnit: "yanglao", indicators: [BEDS] },
      { leadUnit: "jiceng", indicators: [RATE] },
    ],
  ]);
  const [bedsPoint, ratePoint] = previous.points;
  const old = { beds: bedsPoint.indicators[0].id, rate: ratePoint.indicators[0].id };
  const id = (code: string) => units.get(code)!;
  await writeApprovedReports(getPrisma(), [
    { unitId: id("licheng"), pointId: bedsPoint.id, period: "2076-11", values: [{ indicatorId: old.beds, value: 80 }] },
    {
      unitId: id("licheng"),
      pointId: bedsPoint.id,
      period: "2076-12",
      values: [{ indicatorId: old.beds, value: 100 }],
    },
    { unitId: id("xianyou"), pointId: bedsPoint.id, period: "2076-11", values: [{ indicatorId: old.beds, value: 40 }] },
    {
      unitId: id("licheng"),
      pointId: ratePoint.id,
      period: "2076-12",
      values: [{ indicatorId: old.rate, numerator: 9, denominator: 20 }],
    },
  ]);
  // Filled in but never approved: not a year-end value. (A draft, so no review queue of the other tests sees it.)
  await getPrisma().report.create({
    data: {
      unitId: id("xianyou"),
      pointId: bedsPoint.id,
      period: "2076-12",
      state: "DRAFT",
      createdAt: new Date(),
      updatedAt: new Date(),
      values: { create: [{ indicatorId: old.beds, value: 55 }] },
    },
  });
  // 2077: beds at the same point number, the rate at another point (matched by name alone).
  const current = await createPlan(getPrisma(), 2077, [
    [
      { leadUnit: "yanglao", indicators: [BEDS] },
      { leadUnit: "yanglao", indicators: [] },
      { leadUnit: "jiceng", indicators: [RATE] },
    ],
  ]);
  beds = current.points[0].indicators[0].id;
  rate = current.points[2].indicators[0].id;
  const draft = await createPlan(getPrisma(), 2080, [[{ leadUnit: "yanglao", indicators: [BEDS] }]]);
  await getPrisma().plan.update({ where: { year: 2080 }, data: { status: "DRAFT", publishedAt: null } });
  draftBeds = draft.points[0].indicators[0].id;
});

describe("取上年末审核值", () => {
  it("fills each unit's last approved value of last year, and names the units without one", async () => {
    const result = await fillBaselinesFromPreviousYear(getPrisma(), await supervisor(), context(), {
      indicatorId: beds,
      reason: "按上年末审核数",
    });
    expect(result).toEqual({ filled: ["荔城区", "仙游县"], missing: ["涵江区"], changed: true });
    expect(await baselinesOf(beds)).toEqual(
      expect.arrayContaining([
        { unit: "licheng", value: 100, numerator: null, denominator: null, source: "PREVIOUS_YEAR" },
        { unit: "xianyou", value: 40, numerator: null, denominator: null, source: "PREVIOUS_YEAR" },
      ]),
    );
    expect(await baselinesOf(beds)).toHaveLength(2);
    const [entry] = await listPointHistory(
      (await getPrisma().indicator.findUniqueOrThrow({ where: { id: beds } })).pointId,
    );
    expect(entry).toMatchObject({ what: "取上年末审核值作年初值", reason: "按上年末审核数" });
    expect(entry.changes).toContainEqual({ field: "荔城区", before: "未设", after: "100个" });
  });

  it("matches a rate by name alone and keeps its numerator and denominator", async () => {
    const result = await fillBaselinesFromPreviousYear(getPrisma(), await supervisor(), context(), {
      indicatorId: rate,
      reason: "按上年末审核数",
    });
    expect(result).toMatchObject({ filled: ["荔城区"], missing: ["仙游县"] });
    expect(await baselinesOf(rate)).toEqual([
      { unit: "licheng", value: null, numerator: 9, denominator: 20, source: "PREVIOUS_YEAR" },
    ]);
  });

  it("says so when there is no previous year's plan", async () => {
    await expect(
      fillBaselinesFromPreviousYear(getPrisma(), await supervisor(), context(), { indicatorId: draftBeds, reason: "" }),
    ).rejects.toThrow("没有2079年的工作要点,无法取上年末审核值。");
  });
});

describe("typed baselines", () => {
  const save = async (indicatorId: number, rows: unknown[], reason = "核对年初数") =>
    saveBaselines(getPrisma(), await supervisor(), context(), saveBaselinesSchema.parse({ indicatorId, rows, reason }));

  it("saves a value per county, and an emptied row removes it", async () => {
    await save(beds, [
      { unitId: units.get("hanjiang"), value: "12" },
      { unitId: units.get("xianyou"), value: "" },
    ]);
    const rows = await baselinesOf(beds);
    expect(rows).toContainEqual({ unit: "hanjiang", value: 12, numerator: null, denominator: null, source: "TYPED" });
    expect(rows.map((row) => row.unit)).not.toContain("xianyou");
    expect(
      await getPrisma().auditEvent.count({ where: { action: "plan.baseline.update", objectId: String(beds) } }),
    ).toBe(1);
  });

  it("refuses, beside the field, a rate with only a numerator or a numerator over the denominator", async () => {
    await expect(save(rate, [{ unitId: units.get("xianyou"), numerator: "5" }])).rejects.toMatchObject({
      message: "仙游县:分母须大于 0。",
      field: "rows.0.denominator",
    });
    await expect(
      save(rate, [{ unitId: units.get("xianyou"), numerator: "25", denominator: "20" }]),
    ).rejects.toMatchObject({
      message: "仙游县:分子不能大于分母。",
      field: "rows.0.numerator",
    });
  });

  it("refuses a unit that does not report on the indicator, and a missing reason once published", async () => {
    await expect(save(beds, [{ unitId: units.get("meizhou"), value: "1" }])).rejects.toThrow(
      "只能为报送该指标的单位填写年初值。",
    );
    await expect(save(beds, [{ unitId: units.get("hanjiang"), value: "13" }], "")).rejects.toThrow(REASON_REQUIRED);
    expect((await baselinesOf(beds)).find((row) => row.unit === "hanjiang")?.value).toBe(12);
  });
});
