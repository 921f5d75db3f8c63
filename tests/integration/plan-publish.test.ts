// Publishing a plan (issue 17 §1): refused while an indicator cannot be measured or a SPLIT
// indicator's quotas miss its target without a reason; then units report from the month named,
// are told so, and the plan cannot be published twice. Plan 2064 is this file's own.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { viewerOfUser } from "@/lib/auth/viewer-of-user";
import { getPrisma } from "@/lib/db";
import { changeFirstPeriod } from "@/lib/plans/publish/change-first-period";
import { defaultFirstPeriod, loadPublicationChecklist } from "@/lib/plans/publish/checklist";
import { publishPlan } from "@/lib/plans/publish/publish-plan";
import { listDuties } from "@/lib/reports/duties";
import { filingPeriodProblem, planOfPeriod } from "@/lib/reports/filing-period";
import { createPlan, unitIdsByCode, writeApprovedReports } from "./helpers/progress-plans";

const YEAR = 2064;
const db = getPrisma();
const context = () => ({ clientAddress: "127.0.0.1", requestId: randomUUID() });
const supervisor = async () =>
  viewerOfUser(await db.user.findUniqueOrThrow({ where: { username: "supervisor" }, include: { unit: true } }));
let units: Map<string, number>;
let homes: number;
let deadline: number;
let pointId: number;

beforeAll(async () => {
  units = await unitIdsByCode(db);
  const plan = await createPlan(db, YEAR, [
    [
      {
        leadUnit: "yanglao",
        indicators: [
          { name: "新建长者之家", kind: "SUM", target: 30, quotas: { licheng: 10, xianyou: 10 } },
          { name: "出台实施办法", kind: "SUM", target: 1, quotas: {} },
        ],
      },
    ],
  ]);
  await db.plan.update({ where: { id: plan.id }, data: { status: "DRAFT", publishedAt: null, firstPeriod: null } });
  pointId = plan.points[0].id;
  [homes, deadline] = plan.points[0].indicators.map((indicator) => indicator.id);
  await db.indicator.update({ where: { id: homes }, data: { quotaMode: "SPLIT", wholeNumbers: true } });
  await db.indicator.update({ where: { id: deadline }, data: { rule: "BY_DATE" } });
});

describe("publishing a plan", () => {
  it("defaults the first month to the month being filed, within the plan's year", () => {
    expect(defaultFirstPeriod(YEAR, new Date(`${YEAR}-04-03T09:00:00+08:00`))).toBe(`${YEAR}-03`);
    expect(defaultFirstPeriod(YEAR, new Date(`${YEAR - 1}-11-03T09:00:00+08:00`))).toBe(`${YEAR}-01`);
    expect(defaultFirstPeriod(YEAR, new Date(`${YEAR + 1}-03-03T09:00:00+08:00`))).toBe(`${YEAR}-12`);
  });

  it("lists what is unfinished and refuses while an indicator cannot be measured or quotas miss without a reason", async () => {
    const checklist = (await loadPublicationChecklist(db, YEAR))!;
    expect(checklist.blockers).toEqual(["第1条「出台实施办法」按期限完成,但没有设定完成期限。"]);
    expect(checklist.gaps).toMatchObject([{ indicatorId: homes, balance: { sum: "20", target: "30" } }]);
    const input = { year: YEAR, firstPeriod: `${YEAR}-03`, gapReasons: [] };
    await expect(publishPlan(db, await supervisor(), context(), input)).rejects.toThrow(
      "第1条「出台实施办法」按期限完成,但没有设定完成期限。",
    );
    await db.indicator.update({ where: { id: deadline }, data: { dueOn: new Date(`${YEAR}-06-30`) } });
    await expect(publishPlan(db, await supervisor(), context(), input)).rejects.toThrow(
      "第1条「新建长者之家」:各县区分解数合计 20个,市级目标 30个,不一致。请调整分解数,或填写不一致的原因。",
    );
    expect(await db.plan.findUniqueOrThrow({ where: { year: YEAR }, select: { status: true } })).toEqual({
      status: "DRAFT",
    });
  });

  it("publishes with a reason for the gap: status, time, first month, reason, audit and notifications", async () => {
    const before = await db.notification.count({ where: { kind: "plan.publish" } });
    const result = await publishPlan(db, await supervisor(), context(), {
      year: YEAR,
      firstPeriod: `${YEAR}-03`,
      gapReasons: [{ indicatorId: homes, reason: "其余10个待市级统筹选址后下达" }],
    });
    const plan = await db.plan.findUniqueOrThrow({ where: { year: YEAR } });
    expect(plan).toMatchObject({ status: "PUBLISHED", firstPeriod: `${YEAR}-03` });
    expect(plan.publishedAt).toBeInstanceOf(Date);
    expect(await db.indicator.findUniqueOrThrow({ where: { id: homes }, select: { quotaGapReason: true } })).toEqual({
      quotaGapReason: "其余10个待市级统筹选址后下达",
    });
    const audit = await db.auditEvent.findFirstOrThrow({
      where: { action: "plan.publish", objectId: String(YEAR) },
      orderBy: { id: "desc" },
    });
    expect(audit).toMatchObject({ username: "supervisor", result: "SUCCESS" });
    expect(JSON.stringify(audit.after)).toContain("其余10个待市级统筹选址后下达");
    // 荔城区 and 仙游县 (quotas) and 养老服务科 (the lead department): their reporting users, nobody else.
    const told = await db.notification.findMany({
      where: { kind: "plan.publish", title: `${YEAR}年工作要点已发布,自${YEAR}年3月起按月填报` },
      select: { user: { select: { username: true, isDemo: true, role: true, unit: { select: { code: true } } } } },
    });
    // Other test files add accounts to the shared database: the demo's of those units are all told,
    // nobody of another unit or role is.
    const names = told.map((entry) => entry.user.username);
    for (const name of ["dept-yanglao", "licheng-approver", "licheng-reporter", "xianyou-approver", "xianyou-reporter"])
      expect(names).toContain(name);
    for (const name of ["chengxiang-reporter", "dept-jiuzhu", "supervisor", "leader", "admin"])
      expect(names).not.toContain(name);
    for (const { user } of told) {
      expect(["licheng", "xianyou", "yanglao"], user.username).toContain(user.unit.code);
      expect(["DEPARTMENT", "COUNTY_REPORTER", "COUNTY_APPROVER"], user.username).toContain(user.role);
    }
    expect(result.notified).toBe(told.length);
    expect((await db.notification.count({ where: { kind: "plan.publish" } })) - before).toBe(told.length);
  });

  it("asks nothing before the first month, in duties and in filing", async () => {
    const licheng = units.get("licheng")!;
    const plan = await planOfPeriod(db, `${YEAR}-02`);
    expect(await listDuties(db, licheng, `${YEAR}-02`)).toEqual([]);
    expect(filingPeriodProblem(`${YEAR}-02`, plan, new Date(`${YEAR}-04-03T09:00:00+08:00`))).toBe(
      `${YEAR}年工作要点自${YEAR}年3月起填报,${YEAR}年2月不需要填报。`,
    );
    expect((await listDuties(db, licheng, `${YEAR}-03`)).map((duty) => duty.indicators.map((i) => i.name))).toEqual([
      ["新建长者之家"],
    ]);
    expect(filingPeriodProblem(`${YEAR}-03`, plan, new Date(`${YEAR}-04-03T09:00:00+08:00`))).toBeNull();
  });

  it("refuses a second publication", async () => {
    await expect(
      publishPlan(db, await supervisor(), context(), { year: YEAR, firstPeriod: `${YEAR}-01`, gapReasons: [] }),
    ).rejects.toThrow(`${YEAR}年工作要点已于${YEAR}年3月起发布,不能再次发布。`);
    expect((await db.plan.findUniqueOrThrow({ where: { year: YEAR } })).firstPeriod).toBe(`${YEAR}-03`);
  });

  it("moves the first month earlier with a reason, and never later once a report exists", async () => {
    const move = async (firstPeriod: string, reason: string) =>
      changeFirstPeriod(db, await supervisor(), context(), { year: YEAR, firstPeriod, reason });
    await expect(move(`${YEAR}-02`, "")).rejects.toThrow("修改须填写原因");
    expect(await move(`${YEAR}-02`, "2月已开工")).toEqual({ changed: true });
    expect(
      await db.planChange.findFirstOrThrow({ where: { action: "plan.first-period" }, orderBy: { id: "desc" } }),
    ).toMatchObject({
      reason: "2月已开工",
      before: { 起报月份: `${YEAR}-03` },
      after: { 起报月份: `${YEAR}-02` },
    });
    await writeApprovedReports(db, [
      { unitId: units.get("licheng")!, pointId, period: `${YEAR}-02`, values: [{ indicatorId: homes, value: 1 }] },
    ]);
    await expect(move(`${YEAR}-04`, "推后")).rejects.toThrow("已有 1 份报告,起报月份不能推后");
    expect((await db.plan.findUniqueOrThrow({ where: { year: YEAR } })).firstPeriod).toBe(`${YEAR}-02`);
  });
});
