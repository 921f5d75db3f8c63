// Automatic reminders for November 2022 (due 2022-12-05 23:59:59.999 in Asia/Shanghai): the demo
// history fills January–October only, so what November lacks is what these tests file themselves.
import { afterAll, describe, expect, it } from "vitest";
import { getPrisma } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ReportState } from "@/lib/generated/prisma/enums";
import { viewerOfUser } from "@/lib/auth/viewer-of-user";
import { runAutomaticReminders } from "@/lib/reminders/auto/run-reminders";
import { saveReminderRules } from "@/lib/reminders/auto/save-rules";
import { listDuties } from "@/lib/reports/duties";

const PERIOD = "2022-11";
const THREE_DAYS_BEFORE = new Date("2022-12-02T10:00:00+08:00");
const A_DAY_LATE = new Date("2022-12-06T00:30:00+08:00");

const unitId = async (code: string) => (await getPrisma().unit.findUniqueOrThrow({ where: { code } })).id;
const lastId = async () => (await getPrisma().notification.aggregate({ _max: { id: true } }))._max.id ?? 0;
const remindersOf = (username: string, sinceId: number) =>
  getPrisma().notification.findMany({
    where: { id: { gt: sinceId }, kind: "report.autoRemind", user: { username } },
    select: { title: true, body: true, link: true },
  });

/** What the tests filed, so that afterAll leaves November as the other files expect it. */
const touched: { id: number; eventId: number; before: Prisma.ReportUpdateInput | null }[] = [];

async function file(code: string, state: ReportState, at: Date, pointIndexes?: number[]) {
  const id = await unitId(code);
  const duties = await listDuties(getPrisma(), id, PERIOD);
  const filed = pointIndexes ? pointIndexes.map((index) => duties[index]) : duties;
  for (const duty of filed) {
    const key = { unitId: id, pointId: duty.pointId, period: PERIOD };
    const old = await getPrisma().report.findUnique({ where: { unitId_pointId_period: key } });
    // Another file may have filed this month already: the state asked for is set either way, and put back after.
    const fields = { state, progress: "测试", updatedAt: at, submittedAt: state === "SUBMITTED" ? at : null };
    const report = await getPrisma().report.upsert({
      where: { unitId_pointId_period: key },
      create: { ...key, createdAt: at, ...fields },
      update: fields,
    });
    const event = await getPrisma().reportEvent.create({
      data: { reportId: report.id, revision: report.revision, action: "submit", toState: state, at },
    });
    touched.push({
      id: report.id,
      eventId: event.id,
      before: old && {
        state: old.state,
        progress: old.progress,
        updatedAt: old.updatedAt,
        submittedAt: old.submittedAt,
      },
    });
  }
  return filed;
}

afterAll(async () => {
  for (const { id, eventId, before } of touched.reverse()) {
    if (!before) await getPrisma().report.deleteMany({ where: { id } });
    else {
      await getPrisma().reportEvent.deleteMany({ where: { id: eventId } });
      await getPrisma().report.update({ where: { id }, data: before });
    }
  }
});

describe("automatic reminders", () => {
  it("reminds every unit with an unsent duty 3 days before, says why, and records each reminder once", async () => {
    // Drafts are not sent: 仙游县 still owes all of November, whatever other files did to it.
    await file("xianyou", "DRAFT", new Date("2022-11-29T09:00:00+08:00"));
    await file("xiuyu", "SUBMITTED", new Date("2022-11-30T09:00:00+08:00"));
    const [waitingDuty] = await file("hanjiang", "AWAITING_SIGNOFF", new Date("2022-11-28T09:00:00+08:00"), [0]);
    const waitingPoint = waitingDuty.pointNo;
    const since = await lastId();
    const audits = await getPrisma().auditEvent.count({ where: { action: "report.autoRemind" } });

    const run = await runAutomaticReminders(getPrisma(), THREE_DAYS_BEFORE);

    const xianyou = await remindersOf("xianyou-reporter", since);
    expect(xianyou).toHaveLength(1);
    expect(xianyou[0].title).toBe("提醒:2022年11月工作进展还有 3 天截止报送");
    expect(xianyou[0].body).toContain("提醒规则:报送截止前 3 天");
    expect(xianyou[0].link).toBe("/reports?period=2022-11");
    expect(await remindersOf("xiuyu-reporter", since)).toEqual([]);
    // A county report waiting for its own approver has not reached the city: still a duty, and the approver's queue.
    expect((await remindersOf("hanjiang-reporter", since)).map((note) => note.title)).toEqual([
      "提醒:2022年11月工作进展还有 3 天截止报送",
    ]);
    const [queued] = await remindersOf("hanjiang-approver", since).then((notes) =>
      notes.filter((note) => note.title.startsWith("待审核提醒")),
    );
    expect(queued.title).toMatch(/^待审核提醒:\d+ 份报告已等待审核满 3 天$/);
    expect(queued.body).toContain(`2022年11月第${waitingPoint}条`);
    expect(queued.link).toBe("/reviews");

    const recorded = await getPrisma().reminderSent.count({
      where: { unitId: await unitId("xianyou"), period: PERIOD, rule: { trigger: "BEFORE_DUE" } },
    });
    expect(recorded).toBe((await listDuties(getPrisma(), await unitId("xianyou"), PERIOD)).length);
    expect(run.reminders).toBeGreaterThanOrEqual(recorded);
    expect(await getPrisma().auditEvent.count({ where: { action: "report.autoRemind" } })).toBe(audits + 1);
  });

  it("sends nothing twice when the job runs again the same day", async () => {
    const since = await lastId();
    const audits = await getPrisma().auditEvent.count({ where: { action: "report.autoRemind" } });
    expect(await runAutomaticReminders(getPrisma(), new Date(THREE_DAYS_BEFORE.getTime() + 3_600_000))).toEqual({
      reminders: 0,
      notifications: 0,
      mailed: 0,
    });
    expect(await lastId()).toBe(since);
    expect(await getPrisma().auditEvent.count({ where: { action: "report.autoRemind" } })).toBe(audits);
  });

  it("turns two instances running the overdue job at once into one reminder per unit", async () => {
    const since = await lastId();
    const [first, second] = await Promise.all([
      runAutomaticReminders(getPrisma(), A_DAY_LATE),
      runAutomaticReminders(getPrisma(), A_DAY_LATE),
    ]);
    expect(first.reminders + second.reminders).toBeGreaterThan(0);
    expect(Math.min(first.reminders, second.reminders)).toBe(0);
    expect((await remindersOf("xianyou-reporter", since)).map((note) => note.title)).toEqual([
      "逾期提醒:2022年11月工作进展已逾期 1 天",
    ]);
    expect(await remindersOf("xiuyu-reporter", since)).toEqual([]);
  });

  it("sends nothing for a rule the supervisor turned off", async () => {
    const rule = await getPrisma().reminderRule.findFirstOrThrow({ where: { trigger: "OVERDUE", days: 3 } });
    await getPrisma().reminderRule.update({ where: { id: rule.id }, data: { enabled: false } });
    try {
      const since = await lastId();
      await runAutomaticReminders(getPrisma(), new Date("2022-12-08T10:00:00+08:00"));
      expect(await remindersOf("xianyou-reporter", since)).toEqual([]);
    } finally {
      await getPrisma().reminderRule.update({ where: { id: rule.id }, data: { enabled: true } });
    }
  });
});

describe("the supervisor's 提醒规则", () => {
  const supervisor = async () =>
    viewerOfUser(
      await getPrisma().user.findUniqueOrThrow({ where: { username: "supervisor" }, include: { unit: true } }),
    );
  const context = { clientAddress: "127.0.0.1", requestId: "rules-test" };
  const rows = async () =>
    (await getPrisma().reminderRule.findMany({ orderBy: { id: "asc" } })).map(({ id, days, enabled }) => ({
      id,
      days,
      enabled,
    }));

  it("saves changed days and switches in one audited change, and refuses a duplicate beside its field", async () => {
    const before = await rows();
    const early = before.find((_, index) => index === 0)!;
    try {
      const changed = before.map((rule) => (rule.id === early.id ? { ...rule, days: 2, enabled: false } : rule));
      expect(await saveReminderRules(getPrisma(), await supervisor(), context, { rules: changed })).toEqual({
        changed: 1,
      });
      expect((await rows()).find((rule) => rule.id === early.id)).toEqual({ id: early.id, days: 2, enabled: false });
      const audit = await getPrisma().auditEvent.findFirstOrThrow({
        where: { action: "reminder.rule" },
        orderBy: { id: "desc" },
      });
      expect(audit.detail).toBe("报送截止前 3 天 → 报送截止前 2 天(停用)");

      const overdue = before.filter((rule) => rule.id !== early.id && rule.days > 0);
      const clash = before.map((rule) => (rule.id === overdue[1].id ? { ...rule, days: overdue[0].days } : rule));
      await expect(saveReminderRules(getPrisma(), await supervisor(), context, { rules: clash })).rejects.toMatchObject(
        {
          message: "已有一条“逾期 1 天”的规则。",
          field: `rules.${before.findIndex((rule) => rule.id === overdue[1].id)}.days`,
        },
      );
      expect((await rows()).find((rule) => rule.id === overdue[1].id)?.days).toBe(overdue[1].days);
    } finally {
      await saveReminderRules(getPrisma(), await supervisor(), context, { rules: before });
    }
    expect(await rows()).toEqual(before);
  });
});
