// 办结销号 on a plan of the tests' own year (2091): each step and its audit row, the refusals, and
// what a closed point changes (duties, header counts, automatic reminders, the dashboard) and a
// reopening brings back. 荔城区 holds quotas on points 1 and 3; 养老服务科 leads all three and reports
// the unsplit 床位 itself; point 2 is qualitative. Nothing of the demo plan 2022 is touched.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { viewerOfUser } from "@/lib/auth/viewer-of-user";
import type { Viewer } from "@/lib/auth/viewer-type";
import type { AttachmentStorage } from "@/lib/attachments/attachment-storage";
import { listAttachments } from "@/lib/attachments/queries";
import { addAttachment } from "@/lib/attachments/service";
import { applyCloseout } from "@/lib/closeouts/apply-closeout";
import { getCloseoutDetail, listCloseouts } from "@/lib/closeouts/queries";
import { transitionCloseout } from "@/lib/closeouts/transition-closeout";
import { getPlanProgress } from "@/lib/dashboard/plan-progress";
import { getPrisma } from "@/lib/db";
import { listOpenDuties } from "@/lib/reminders/open-duties";
import { runAutomaticReminders } from "@/lib/reminders/auto/run-reminders";
import { countOpenDuties } from "@/lib/reports/counts";
import { listDuties } from "@/lib/reports/duties";
import { MIME, pdfBytes } from "../unit/fixtures/attachment-files";
import { createPlan, unitIdsByCode, writeApprovedReports } from "./helpers/progress-plans";

const YEAR = 2091;
const context = () => ({ clientAddress: "127.0.0.1", requestId: randomUUID() });
const as = async (username: string): Promise<Viewer> =>
  viewerOfUser(await getPrisma().user.findUniqueOrThrow({ where: { username }, include: { unit: true } }));

let point1: number;
let point2: number;
let point3: number;
let homes: number;
let beds: number;
let units: Map<string, number>;

beforeAll(async () => {
  const db = getPrisma();
  units = await unitIdsByCode(db);
  const plan = await createPlan(db, YEAR, [
    [
      {
        leadUnit: "yanglao",
        indicators: [
          { name: "测试长者之家", kind: "SUM", target: 10, wholeNumbers: true, quotas: { licheng: 5, chengxiang: 5 } },
          { name: "测试养老床位", kind: "SUM", target: 100, wholeNumbers: true, quotas: {} },
        ],
      },
      { leadUnit: "yanglao", indicators: [] },
      { leadUnit: "yanglao", indicators: [{ name: "测试长者食堂", kind: "SUM", target: 4, quotas: { licheng: 4 } }] },
    ],
  ]);
  [point1, point2, point3] = plan.points.map((point) => point.id);
  [homes, beds] = plan.points[0].indicators.map((indicator) => indicator.id);
  const unit = (code: string) => units.get(code)!;
  await writeApprovedReports(db, [
    { unitId: unit("licheng"), pointId: point1, period: `${YEAR}-01`, values: [{ indicatorId: homes, value: 5 }] },
    { unitId: unit("chengxiang"), pointId: point1, period: `${YEAR}-01`, values: [{ indicatorId: homes, value: 2 }] },
    { unitId: unit("yanglao"), pointId: point1, period: `${YEAR}-01`, values: [{ indicatorId: beds, value: 100 }] },
  ]);
});

afterAll(() => getPrisma().closeout.deleteMany({ where: { point: { plan: { year: YEAR } } } }));

const closeoutsOfYear = () => getPrisma().closeout.count({ where: { point: { plan: { year: YEAR } } } });
const auditsOf = (requestId: string) =>
  getPrisma().auditEvent.findMany({ where: { requestId }, select: { action: true, objectId: true } });
const latestNote = (username: string) =>
  getPrisma().notification.findFirst({
    where: { user: { username }, kind: { startsWith: "closeout." } },
    orderBy: { id: "desc" },
    select: { title: true, link: true },
  });
const stateOf = async (id: number) =>
  getPrisma().closeout.findUniqueOrThrow({ where: { id }, select: { state: true, version: true } });

async function step(username: string, id: number, name: string, reason = "") {
  const { version } = await stateOf(id);
  const call = context();
  const result = await transitionCloseout(getPrisma(), await as(username), call, { id, version, step: name, reason });
  return { ...result, audits: await auditsOf(call.requestId) };
}

// Files kept in memory: this file tests who may attach, not where files go (attachments.test.ts does).
const files = new Map<string, Uint8Array>();
const storage: AttachmentStorage = {
  kind: "filesystem",
  put: async (key, bytes) => void files.set(key, bytes),
  get: async (key) => files.get(key) ?? null,
  remove: async (key) => void files.delete(key),
};
const attach = async (username: string, id: number) =>
  addAttachment(
    getPrisma(),
    await as(username),
    context(),
    { owner: { kind: "closeout", id }, fileName: "验收报告.pdf", contentType: MIME.pdf, bytes: pdfBytes() },
    storage,
  );

describe("applying for an indicator", () => {
  it("refuses what is not the unit's, not reached, or not yet closable, in Chinese, and changes nothing", async () => {
    const before = await closeoutsOfYear();
    const apply = async (username: string, input: Record<string, unknown>) =>
      applyCloseout(getPrisma(), await as(username), context(), { summary: "已完成", ...input });
    await expect(apply("chengxiang-reporter", { pointId: point1, indicatorId: homes })).rejects.toThrow(
      "「测试长者之家」尚未达到目标:已完成 2个,目标 5个。",
    );
    await expect(apply("xianyou-reporter", { pointId: point1, indicatorId: homes })).rejects.toThrow(
      "本单位不是这条要点的责任单位",
    );
    await expect(apply("licheng-reporter", { pointId: point1, indicatorId: beds })).rejects.toThrow("不由本单位负责");
    await expect(apply("licheng-reporter", { pointId: point1 })).rejects.toThrow(
      "本单位负责的指标尚未全部办结:「测试长者之家」",
    );
    await expect(apply("licheng-reporter", { pointId: point2 })).rejects.toThrow("不是这条要点的责任单位");
    await expect(apply("licheng-reporter", { pointId: point1, indicatorId: homes, summary: "  " })).rejects.toThrow(
      "请填写办结情况说明",
    );
    await expect(apply("supervisor", { pointId: point1, indicatorId: homes })).rejects.toThrow(
      "只有责任单位可以申请办结",
    );
    expect(await closeoutsOfYear()).toBe(before);
  });

  it("takes a county's application once its quota is reached, freezes the figures, audits it and tells the lead department", async () => {
    const call = context();
    const reporter = await as("licheng-reporter");
    const { id, state } = await applyCloseout(getPrisma(), reporter, call, {
      pointId: point1,
      indicatorId: homes,
      summary: "5家长者之家均已建成运营",
    });
    expect(state).toBe("APPLIED");
    const row = await getPrisma().closeout.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({
      unitId: reporter.unitId,
      indicatorId: homes,
      appliedById: reporter.userId,
      version: 1,
    });
    expect(row.factsData).toMatchObject({
      period: `${YEAR}-01`,
      indicator: "测试长者之家",
      achieved: 5,
      target: 5,
      completion: 1,
    });
    expect(await auditsOf(call.requestId)).toEqual([{ action: "closeout.apply", objectId: String(id) }]);
    expect(await latestNote("dept-yanglao")).toEqual({
      title: "荔城区申请办结第1条「要点1」中的「测试长者之家」,待核验",
      link: `/closeouts/${id}`,
    });
    // One live application per unit and item: a second one (another tab) is refused.
    await expect(
      applyCloseout(getPrisma(), await as("licheng-approver"), context(), {
        pointId: point1,
        indicatorId: homes,
        summary: "再次申请",
      }),
    ).rejects.toThrow("本单位已有办理中的办结申请");
    // A county reads only its own; the lead department has it waiting.
    expect(await getCloseoutDetail(await as("chengxiang-reporter"), id)).toBeNull();
    expect((await listCloseouts(await as("dept-yanglao")))!.toVerify.map((item) => item.id)).toContain(id);
  });
});

describe("the application's evidence", () => {
  it("is added by the applying unit while the application waits, read by the bureau, and by no other county", async () => {
    const { id } = await getPrisma().closeout.findFirstOrThrow({ where: { indicatorId: homes, state: "APPLIED" } });
    await attach("licheng-reporter", id);
    const owner = { kind: "closeout" as const, id };
    expect((await listAttachments(getPrisma(), await as("dept-yanglao"), owner)).map((file) => file.fileName)).toEqual([
      "验收报告.pdf",
    ]);
    await expect(attach("dept-yanglao", id)).rejects.toThrow("只有申请单位可以上传或删除办结申请的佐证材料。");
    await expect(attach("chengxiang-reporter", id)).rejects.toThrow("办结申请不存在。");
    expect(await getPrisma().attachment.count({ where: { closeoutId: id } })).toBe(1);
  });
});

describe("verifying and 销号", () => {
  it("lets only the lead department verify, refuses a stale page, then the supervisor closes it", async () => {
    const id = (await getPrisma().closeout.findFirstOrThrow({ where: { indicatorId: homes, state: "APPLIED" } })).id;
    await expect(step("dept-jiuzhu", id, "verify")).rejects.toThrow("只有这条要点的牵头科室可以核验办结申请。");
    await expect(step("supervisor", id, "close")).rejects.toThrow("当前状态不能");
    await expect(
      transitionCloseout(getPrisma(), await as("dept-yanglao"), context(), { id, version: 7, step: "verify" }),
    ).rejects.toThrow("该申请已被他人处理或已更新");
    expect(await stateOf(id)).toEqual({ state: "APPLIED", version: 1 });

    const verified = await step("dept-yanglao", id, "verify", "数据与台账一致");
    expect([verified.state, verified.version]).toEqual(["VERIFIED", 2]);
    expect(verified.audits).toEqual([{ action: "closeout.check", objectId: String(id) }]);
    expect((await latestNote("supervisor"))?.title).toBe(
      "荔城区申请办结第1条「要点1」中的「测试长者之家」,已核验,待销号",
    );

    await expect(attach("licheng-reporter", id)).rejects.toThrow("办结申请已进入审核,不能再更改佐证材料。");
    const closed = await step("supervisor", id, "close");
    expect(closed.state).toBe("CLOSED");
    expect(closed.audits).toEqual([{ action: "closeout.finish", objectId: String(id) }]);
    expect((await latestNote("licheng-reporter"))?.title).toBe("第1条「要点1」中的「测试长者之家」的办结申请已销号");
    // A closed indicator is no longer asked in the county's report; the point still is.
    const duty = (await listDuties(getPrisma(), units.get("licheng")!, `${YEAR}-02`)).find((d) => d.pointId === point1);
    expect(duty?.indicators).toEqual([]);
    const chengxiang = (await listDuties(getPrisma(), units.get("chengxiang")!, `${YEAR}-02`)).find(
      (d) => d.pointId === point1,
    );
    expect(chengxiang?.indicators.map((indicator) => indicator.id)).toEqual([homes]);
  });

  it("sends a department's own application straight to the supervisor, who may return it with a reason", async () => {
    const department = await as("dept-yanglao");
    const { id, state } = await applyCloseout(getPrisma(), department, context(), {
      pointId: point1,
      indicatorId: beds,
      summary: "新增床位100张",
    });
    expect(state).toBe("VERIFIED");
    expect((await latestNote("supervisor"))?.title).toContain("「测试养老床位」,待销号");
    await expect(step("supervisor", id, "closeReturn")).rejects.toThrow("请填写理由");
    const returned = await step("supervisor", id, "closeReturn", "请补充验收材料");
    expect(returned.state).toBe("RETURNED");
    expect(returned.audits).toEqual([{ action: "closeout.finish-return", objectId: String(id) }]);
    expect((await getPrisma().closeout.findUniqueOrThrow({ where: { id } })).returnReason).toBe("请补充验收材料");
    // Returned is history: the unit may apply again.
    const again = await applyCloseout(getPrisma(), department, context(), {
      pointId: point1,
      indicatorId: beds,
      summary: "已补充验收材料",
    });
    expect((await getCloseoutDetail(department, again.id))!.history.map((item) => item.id)).toEqual([id]);
  });

  it("closes a qualitative point on the lead department's word", async () => {
    const { state } = await applyCloseout(getPrisma(), await as("dept-yanglao"), context(), {
      pointId: point2,
      summary: "制度已出台",
    });
    expect(state).toBe("VERIFIED");
  });
});

describe("a closed point", () => {
  const period = `${YEAR}-02`;
  const afterDue = new Date(`${YEAR}-03-10T10:00:00+08:00`);
  const licheng = () => units.get("licheng")!;
  const dutyPoints = async () => (await listDuties(getPrisma(), licheng(), period)).map((duty) => duty.pointId);
  const openPoints = async () =>
    (await listOpenDuties(getPrisma(), period))
      .find((unit) => unit.unitId === licheng())
      ?.missing.map((d) => d.pointId) ?? [];
  const overduePoints = async () =>
    (await getPlanProgress(getPrisma(), YEAR, period, afterDue))!.overdue
      .filter((row) => row.unitCode === "licheng" && row.period === period)
      .map((row) => row.pointNo);
  const remindedSubjects = async (trigger: "BEFORE_DUE" | "ON_DUE") =>
    (
      await getPrisma().reminderSent.findMany({
        where: { unitId: licheng(), period, rule: { trigger } },
        select: { subject: true },
      })
    ).map((row) => row.subject);
  let pointCloseout: number;

  it("asks nothing more of the unit: duties, header count, reminders, overdue list; the dashboard counts it 已办结", async () => {
    const reporter = await as("licheng-reporter");
    expect(await dutyPoints()).toEqual([point1, point3]);
    const count = await countOpenDuties(reporter, period);
    expect(await overduePoints()).toEqual([1, 3]);
    expect((await getPlanProgress(getPrisma(), YEAR, period, afterDue))!.closed).toEqual({ indicators: 1, points: 0 });

    ({ id: pointCloseout } = await applyCloseout(getPrisma(), reporter, context(), {
      pointId: point1,
      summary: "本单位负责的指标均已办结",
    }));
    await step("dept-yanglao", pointCloseout, "verify");
    await step("supervisor", pointCloseout, "close");

    expect(await dutyPoints()).toEqual([point3]);
    expect(await countOpenDuties(reporter, period)).toBe(count! - 1);
    expect(await openPoints()).toEqual([point3]);
    expect(await overduePoints()).toEqual([3]);
    const progress = (await getPlanProgress(getPrisma(), YEAR, period, afterDue))!;
    expect(progress.closed).toEqual({ indicators: 1, points: 1 });
    await runAutomaticReminders(getPrisma(), new Date(`${YEAR}-03-02T10:00:00+08:00`));
    expect(await remindedSubjects("BEFORE_DUE")).toEqual([`point:${point3}`]);
  });

  it("asks again once the supervisor reopens it, with a reason, and the unit may apply again", async () => {
    const reporter = await as("licheng-reporter");
    await expect(step("supervisor", pointCloseout, "reopen")).rejects.toThrow("请填写理由");
    const reopened = await step("supervisor", pointCloseout, "reopen", "复查发现一家长者之家停止运营");
    expect(reopened.state).toBe("REOPENED");
    expect(reopened.audits).toEqual([{ action: "closeout.reopen", objectId: String(pointCloseout) }]);
    expect((await latestNote("licheng-reporter"))?.title).toBe("第1条「要点1」(整条要点)的办结申请已重新打开");

    expect(await dutyPoints()).toEqual([point1, point3]);
    expect(await openPoints()).toEqual([point1, point3]);
    expect(await overduePoints()).toEqual([1, 3]);
    expect((await getPlanProgress(getPrisma(), YEAR, period, afterDue))!.closed).toEqual({ indicators: 1, points: 0 });
    await runAutomaticReminders(getPrisma(), new Date(`${YEAR}-03-05T10:00:00+08:00`));
    expect((await remindedSubjects("ON_DUE")).sort()).toEqual([`point:${point1}`, `point:${point3}`].sort());
    // The history stays; a new application is allowed.
    const { id } = await applyCloseout(getPrisma(), reporter, context(), {
      pointId: point1,
      summary: "整改后再次申请",
    });
    expect((await getCloseoutDetail(reporter, id))!.history.map((item) => item.id)).toContain(pointCloseout);
  });

  it("keeps the months before it was closed, and those after a reopening, as they were (the dashboard's SQL and listDuties agree)", async () => {
    // Closed on 3 March (February being filed) and reopened on 2 June (May being filed): February–April are freed.
    await getPrisma().closeout.update({
      where: { id: pointCloseout },
      data: {
        closedAt: new Date(`${YEAR}-03-03T09:00:00+08:00`),
        reopenedAt: new Date(`${YEAR}-06-02T09:00:00+08:00`),
      },
    });
    const live = await getPrisma().closeout.findFirstOrThrow({
      where: { unitId: licheng(), pointId: point1, indicatorId: null, state: "APPLIED" },
    });
    const months = ["01", "02", "03", "04", "05", "06"].map((month) => `${YEAR}-${month}`);
    const asked = [];
    for (const month of months) {
      const listed = (await listDuties(getPrisma(), licheng(), month)).some((duty) => duty.pointId === point1);
      const progress = (await getPlanProgress(getPrisma(), YEAR, month, new Date(`${YEAR}-12-31T10:00:00+08:00`)))!;
      const counted = progress.overdue.some(
        (row) => row.unitCode === "licheng" && row.pointNo === 1 && row.period === month,
      );
      asked.push([month, listed, counted || month === `${YEAR}-01`]);
    }
    expect(asked).toEqual([
      [`${YEAR}-01`, true, true],
      [`${YEAR}-02`, false, false],
      [`${YEAR}-03`, false, false],
      [`${YEAR}-04`, false, false],
      [`${YEAR}-05`, true, true],
      [`${YEAR}-06`, true, true],
    ]);
    expect(live.state).toBe("APPLIED");
  });
});
