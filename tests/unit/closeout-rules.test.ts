import { describe, expect, it } from "vitest";
import { closesPeriod, closureCutoff } from "@/lib/closure/closure-window";
import { indicatorsOf, isResponsible, type PointFacts, refusalToApply } from "@/lib/closeouts/eligibility";
import { closeoutStepSchema } from "@/lib/closeouts/schemas";
import { availableSteps, stepRefusal } from "@/lib/closeouts/steps";

const LEAD = 20;
const OTHER_DEPARTMENT = 21;
const LICHENG = 1;
const XIANYOU = 5;
// Point 11: 长者之家 split into county quotas (licheng, not xianyou); 床位 unsplit (the lead department).
const point: PointFacts = {
  leadUnitId: LEAD,
  indicators: [
    { id: 101, name: "新建长者之家", quotaUnitIds: [LICHENG, 2, 3] },
    { id: 102, name: "新增养老床位", quotaUnitIds: [] },
  ],
};
const qualitative: PointFacts = { leadUnitId: LEAD, indicators: [] };
const county = (id: number) => ({ id, kind: "COUNTY" as const });
const department = (id: number) => ({ id, kind: "DEPARTMENT" as const });
const standing = (achieved: number | null, target: number) => ({
  achieved,
  target,
  completion: achieved === null ? null : achieved / target,
  unit: "个",
});

describe("who answers for what on a point", () => {
  it("gives a county its quotas, the lead department the unsplit indicators, and nobody else anything", () => {
    expect(indicatorsOf(point, county(LICHENG))).toEqual([101]);
    expect(indicatorsOf(point, department(LEAD))).toEqual([102]);
    expect(indicatorsOf(point, county(XIANYOU))).toEqual([]);
    expect(indicatorsOf(point, department(OTHER_DEPARTMENT))).toEqual([]);
    expect([isResponsible(point, county(LICHENG)), isResponsible(point, department(LEAD))]).toEqual([true, true]);
    expect([isResponsible(point, county(XIANYOU)), isResponsible(point, department(OTHER_DEPARTMENT))]).toEqual([
      false,
      false,
    ]);
    // A qualitative point belongs to its lead department alone.
    expect(isResponsible(qualitative, department(LEAD))).toBe(true);
    expect(isResponsible(qualitative, county(LICHENG))).toBe(false);
  });
});

describe("applying for an indicator", () => {
  const apply = (unit: { id: number; kind: "COUNTY" | "DEPARTMENT" }, indicatorId: number, achieved: number | null) =>
    refusalToApply(point, unit, { subject: "indicator", indicatorId, standing: standing(achieved, 5) });

  it("is allowed once the approved value reaches the unit's target, and exactly at it", () => {
    expect(apply(county(LICHENG), 101, 5)).toBeNull();
    expect(apply(county(LICHENG), 101, 7)).toBeNull();
    expect(apply(department(LEAD), 102, 5)).toBeNull();
    // 3 ÷ 0.6 is not exactly 5 in floating point: reached all the same.
    expect(
      refusalToApply(point, county(LICHENG), {
        subject: "indicator",
        indicatorId: 101,
        standing: { achieved: 3, target: 3, completion: 0.9999999999999, unit: "个" },
      }),
    ).toBeNull();
  });

  it("is refused below the target, without approved figures, and for another unit's indicator", () => {
    expect(apply(county(LICHENG), 101, 4)).toBe("「新建长者之家」尚未达到目标:已完成 4个,目标 5个。");
    expect(apply(county(LICHENG), 101, null)).toBe("「新建长者之家」尚无审核通过的数据,不能申请办结。");
    expect(apply(county(LICHENG), 102, 9)).toMatch(/不由本单位负责/);
    expect(apply(department(LEAD), 101, 9)).toMatch(/不由本单位负责/);
    expect(apply(county(XIANYOU), 101, 9)).toMatch(/不是这条要点的责任单位/);
    expect(apply(department(OTHER_DEPARTMENT), 102, 9)).toMatch(/不是这条要点的责任单位/);
  });
});

describe("applying for a whole point", () => {
  it("needs every indicator the unit answers for closed first", () => {
    expect(refusalToApply(point, county(LICHENG), { subject: "point", closedIndicatorIds: [] })).toBe(
      "本单位负责的指标尚未全部办结:「新建长者之家」。请先逐项申请办结。",
    );
    expect(refusalToApply(point, county(LICHENG), { subject: "point", closedIndicatorIds: [101] })).toBeNull();
    // Another unit's closed indicator does not count for the lead department's own.
    expect(refusalToApply(point, department(LEAD), { subject: "point", closedIndicatorIds: [101] })).toMatch(
      /新增养老床位/,
    );
  });

  it("takes a qualitative point on the lead department's word", () => {
    expect(refusalToApply(qualitative, department(LEAD), { subject: "point", closedIndicatorIds: [] })).toBeNull();
    expect(refusalToApply(qualitative, county(LICHENG), { subject: "point", closedIndicatorIds: [] })).toMatch(
      /不是这条要点的责任单位/,
    );
  });
});

describe("the steps after an application", () => {
  const supervisor = { role: "SUPERVISOR" as const, unitId: 30 };
  const lead = { role: "DEPARTMENT" as const, unitId: LEAD };
  const otherDepartment = { role: "DEPARTMENT" as const, unitId: OTHER_DEPARTMENT };
  const reporter = { role: "COUNTY_REPORTER" as const, unitId: LICHENG };

  it("lets the lead department verify or return an application, and the office 销号, return or reopen", () => {
    expect(availableSteps({ state: "APPLIED", leadUnitId: LEAD }, lead)).toEqual(["verify", "verifyReturn"]);
    expect(availableSteps({ state: "APPLIED", leadUnitId: LEAD }, supervisor)).toEqual([]);
    expect(availableSteps({ state: "VERIFIED", leadUnitId: LEAD }, supervisor)).toEqual(["close", "closeReturn"]);
    expect(availableSteps({ state: "VERIFIED", leadUnitId: LEAD }, lead)).toEqual([]);
    expect(availableSteps({ state: "CLOSED", leadUnitId: LEAD }, supervisor)).toEqual(["reopen"]);
    for (const state of ["RETURNED", "REOPENED"] as const)
      expect(availableSteps({ state, leadUnitId: LEAD }, supervisor)).toEqual([]);
  });

  it("refuses another department, the applying county and a step out of turn, in Chinese", () => {
    expect(stepRefusal("verify", { state: "APPLIED", leadUnitId: LEAD }, otherDepartment)).toBe(
      "只有这条要点的牵头科室可以核验办结申请。",
    );
    expect(stepRefusal("verify", { state: "APPLIED", leadUnitId: LEAD }, reporter)).toBe(
      "只有牵头科室可以核验办结申请。",
    );
    expect(stepRefusal("close", { state: "APPLIED", leadUnitId: LEAD }, supervisor)).toMatch(/当前状态不能/);
  });

  it("asks for a reason to return or reopen", () => {
    const parse = (step: string, reason = "") => closeoutStepSchema.safeParse({ id: 1, version: 1, step, reason });
    expect(parse("verify").success).toBe(true);
    expect(parse("reopen").error?.issues[0]).toMatchObject({ path: ["reason"], message: "请填写理由" });
    expect(parse("verifyReturn", "  ").success).toBe(false);
    expect(parse("closeReturn", "佐证材料不全").success).toBe(true);
    expect(parse("delete").success).toBe(false);
  });
});

describe("the months a close-out frees", () => {
  it("starts from the month being filed when it is closed and ends at the month being filed when reopened", () => {
    expect(closureCutoff("2022-10").toISOString()).toBe("2022-11-30T16:00:00.000Z");
    expect(closureCutoff("2022-11").toISOString()).toBe("2022-12-31T16:00:00.000Z");
    const closedInNovember = { closedAt: new Date("2022-11-03T01:00:00Z"), reopenedAt: null };
    expect(closesPeriod(closedInNovember, "2022-09")).toBe(false);
    expect(closesPeriod(closedInNovember, "2022-10")).toBe(true);
    expect(closesPeriod(closedInNovember, "2022-12")).toBe(true);
    // Reopened in January: December is filed in January, so it is owed again; November stays freed.
    const reopened = { ...closedInNovember, reopenedAt: new Date("2023-01-04T01:00:00Z") };
    expect(closesPeriod(reopened, "2022-11")).toBe(true);
    expect(closesPeriod(reopened, "2022-12")).toBe(false);
    // Reopened the same day: nothing was ever freed.
    expect(closesPeriod({ ...closedInNovember, reopenedAt: new Date("2022-11-03T02:00:00Z") }, "2022-10")).toBe(false);
    expect(closesPeriod({ closedAt: null, reopenedAt: null }, "2022-10")).toBe(false);
  });

  it("reckons the month in Beijing: a 销号 at 00:30 on 1 December Beijing time is December's", () => {
    const lateNovemberUtc = new Date("2022-11-30T16:30:00Z");
    expect(closesPeriod({ closedAt: lateNovemberUtc, reopenedAt: null }, "2022-10")).toBe(false);
    expect(closesPeriod({ closedAt: lateNovemberUtc, reopenedAt: null }, "2022-11")).toBe(true);
  });
});
