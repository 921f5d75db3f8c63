// 催办 for December 2022 (due 2023-01-05 23:59:59.999 in Asia/Shanghai): the demo history fills
// January–October only, so what is missing in December is what these tests file themselves.
import { randomUUID } from "node:crypto";
import { afterEach, describe, expect, it, vi } from "vitest";
import { getPrisma } from "@/lib/db";
import { resetPortalEnv, setPortalEnv } from "@/lib/env";
import { viewerOfUser } from "@/lib/auth/viewer-of-user";
import type { Viewer } from "@/lib/auth/viewer-type";
import type { ReportState } from "@/lib/generated/prisma/enums";
import { decideExtension } from "@/lib/extensions/decide-extension";
import { requestExtension } from "@/lib/extensions/request-extension";
import { listOverdue } from "@/lib/reminders/list-overdue";
import { sendReminders } from "@/lib/reminders/send-reminders";
import { listDuties } from "@/lib/reports/duties";
import { UserError } from "@/lib/errors";

const mail = vi.hoisted(() => ({ createTransport: vi.fn(), sendMail: vi.fn() }));
vi.mock("nodemailer", () => ({ createTransport: mail.createTransport }));

const PERIOD = "2022-12";
const LAST_MOMENT = new Date("2023-01-05T15:59:59.999Z");
const JUST_LATE = new Date("2023-01-05T16:00:00.000Z"); // 00:00 on 6 January in Shanghai, still the 5th in UTC
const LATER = new Date("2023-01-10T02:00:00Z");
// Each test that reminds again does it on a day of its own: a second reminder on the same day needs a yes.
const DAY_AFTER = new Date("2023-01-11T02:00:00Z");
const TWO_DAYS_AFTER = new Date("2023-01-12T02:00:00Z");

const context = () => ({ clientAddress: "127.0.0.1", requestId: randomUUID() });
const as = async (username: string): Promise<Viewer> =>
  viewerOfUser(await getPrisma().user.findUniqueOrThrow({ where: { username }, include: { unit: true } }));
const unit = (code: string) =>
  getPrisma().unit.findUniqueOrThrow({ where: { code }, select: { id: true, name: true } });
const codes = (list: { unitCode: string }[]) => list.map((entry) => entry.unitCode);

async function file(code: string, state: ReportState, dutyIndexes?: number[]) {
  const { id } = await unit(code);
  const duties = await listDuties(getPrisma(), id, "2022-12");
  for (const duty of dutyIndexes ? dutyIndexes.map((index) => duties[index]) : duties) {
    const submittedAt = state === "DRAFT" ? null : new Date("2023-01-03T02:00:00Z");
    await getPrisma().report.create({
      data: {
        unitId: id,
        pointId: duty.pointId,
        period: PERIOD,
        state,
        progress: "测试",
        submittedAt,
        createdAt: new Date("2023-01-02T02:00:00Z"),
        updatedAt: new Date("2023-01-02T02:00:00Z"),
      },
    });
  }
  return duties;
}

const reportingUsers = async (code: string) =>
  (
    await getPrisma().user.findMany({
      where: { unit: { code }, role: { in: ["COUNTY_REPORTER", "COUNTY_APPROVER", "DEPARTMENT"] }, disabledAt: null },
      orderBy: { id: "asc" },
      select: { id: true },
    })
  ).map((user) => user.id);
const newReminders = (sinceId: number) =>
  getPrisma().notification.findMany({
    where: { id: { gt: sinceId }, kind: "report.remind" },
    select: {
      userId: true,
      title: true,
      body: true,
      link: true,
      user: { select: { unit: { select: { code: true } } } },
    },
  });
const lastNotificationId = async () => (await getPrisma().notification.aggregate({ _max: { id: true } }))._max.id ?? 0;
afterEach(() => {
  delete process.env.SMTP_URL;
  delete process.env.UNIT_EMAILS;
  resetPortalEnv();
  vi.clearAllMocks();
});

describe("who is overdue", () => {
  it("counts a unit overdue only once the due day has ended in Shanghai, listing what it has not submitted", async () => {
    const licheng = await file("licheng", "DRAFT", [0]);
    await file("chengxiang", "RETURNED", [0]);
    expect(await listOverdue(getPrisma(), PERIOD, LAST_MOMENT)).toEqual([]);
    const overdue = await listOverdue(getPrisma(), PERIOD, JUST_LATE);
    const entry = overdue.find((candidate) => candidate.unitCode === "licheng")!;
    expect(entry.due).toEqual(LAST_MOMENT);
    expect(entry.missing).toHaveLength(licheng.length);
    expect(entry.missing[0]).toEqual({
      pointId: licheng[0].pointId,
      pointNo: licheng[0].pointNo,
      pointTitle: licheng[0].pointTitle,
      state: "DRAFT",
    });
    expect(entry.missing.slice(1).every((duty) => duty.state === null)).toBe(true);
    expect(overdue.find((candidate) => candidate.unitCode === "chengxiang")!.missing[0].state).toBe("RETURNED");
  });

  it("does not list a unit whose every duty has been submitted or approved", async () => {
    const duties = await file("dangwei", "SUBMITTED");
    expect(duties.length).toBeGreaterThan(0);
    await getPrisma().report.updateMany({
      where: { unit: { code: "dangwei" }, period: PERIOD, pointId: duties[0].pointId },
      data: { state: "APPROVED" },
    });
    const overdue = codes(await listOverdue(getPrisma(), PERIOD, LATER));
    expect(overdue).not.toContain("dangwei");
    expect(overdue).toContain("jiuzhu");
  });

  it("moves a unit's due date to the end of a granted extension's day, and not for a pending or refused one", async () => {
    const supervisor = await as("supervisor");
    const xianyou = await requestExtension(getPrisma(), await as("xianyou-reporter"), context(), {
      period: PERIOD,
      requestedDue: "2023-01-20",
      reason: "系统升级停机",
    });
    const xiuyu = await requestExtension(getPrisma(), await as("xiuyu-reporter"), context(), {
      period: PERIOD,
      requestedDue: "2023-01-20",
      reason: "人员变动",
    });
    await decideExtension(getPrisma(), supervisor, context(), { id: xiuyu.id, grant: false, note: "理由不充分" });
    expect(codes(await listOverdue(getPrisma(), PERIOD, JUST_LATE))).toEqual(
      expect.arrayContaining(["xianyou", "xiuyu"]),
    );
    await decideExtension(getPrisma(), supervisor, context(), { id: xianyou.id, grant: true, note: "" });
    const stillInTime = codes(await listOverdue(getPrisma(), PERIOD, new Date("2023-01-20T15:59:59.999Z")));
    expect(stillInTime).not.toContain("xianyou");
    expect(stillInTime).toContain("xiuyu");
    const late = (await listOverdue(getPrisma(), PERIOD, new Date("2023-01-20T16:00:00.000Z"))).find(
      (entry) => entry.unitCode === "xianyou",
    )!;
    expect(late.extendedTo).toBe("2023-01-20");
    expect(late.due).toEqual(new Date("2023-01-20T15:59:59.999Z"));
  });
});

describe("sending reminders", () => {
  it("notifies every reporting user of the chosen unit and nobody else, with one audit row", async () => {
    const since = await lastNotificationId();
    const call = context();
    const { id } = await unit("hanjiang");
    const result = await sendReminders(getPrisma(), await as("supervisor"), call, {
      period: PERIOD,
      unitIds: [id],
      now: LATER,
    });
    const notes = await newReminders(since);
    expect(notes.map((note) => note.userId).sort((a, b) => a - b)).toEqual(await reportingUsers("hanjiang"));
    expect(notes.length).toBeGreaterThanOrEqual(2);
    expect(notes[0]).toMatchObject({ title: "催办:2022年12月工作进展逾期未报", link: "/reports?period=2022-12" });
    expect(notes[0].body).toContain("2023年1月5日 23:59");
    expect(result).toEqual({ units: 1, recipients: notes.length, mail: { sent: 0, failed: 0 } });
    const audits = await getPrisma().auditEvent.findMany({
      where: { requestId: call.requestId },
      select: { action: true, objectId: true, after: true, username: true },
    });
    expect(audits).toEqual([
      {
        action: "report.remind",
        objectId: PERIOD,
        after: { units: ["hanjiang"], recipients: notes.length },
        username: "supervisor",
      },
    ]);
  });

  it("reminds every overdue unit in one click, counties and departments alike", async () => {
    const since = await lastNotificationId();
    const call = context();
    const overdue = codes(await listOverdue(getPrisma(), PERIOD, DAY_AFTER));
    const result = await sendReminders(getPrisma(), await as("supervisor"), call, {
      period: PERIOD,
      unitIds: "all-overdue",
      now: DAY_AFTER,
    });
    const notes = await newReminders(since);
    expect(new Set(notes.map((note) => note.user.unit.code))).toEqual(new Set(overdue));
    expect(overdue).toEqual(expect.arrayContaining(["licheng", "jiuzhu", "office"]));
    expect(overdue).not.toContain("dangwei");
    // The office is a reporting unit too: its department staff are reminded, the supervisor in it is not.
    const reminded = new Set(notes.map((note) => note.userId));
    expect(reminded.has((await as("dept-office")).userId)).toBe(true);
    expect(reminded.has((await as("supervisor")).userId)).toBe(false);
    expect(result.units).toBe(overdue.length);
    expect(await getPrisma().auditEvent.count({ where: { requestId: call.requestId } })).toBe(1);
  });

  it("refuses a unit that is not overdue, anyone but the supervisor, and a month not yet due, leaving nothing behind", async () => {
    const since = await lastNotificationId();
    const { id: dangwei } = await unit("dangwei");
    const { id: licheng } = await unit("licheng");
    await expect(
      sendReminders(getPrisma(), await as("supervisor"), context(), {
        period: PERIOD,
        unitIds: [licheng, dangwei],
        now: LATER,
      }),
    ).rejects.toThrow("机关党委本期没有逾期未报的事项,无需催办。");
    await expect(
      sendReminders(getPrisma(), await as("dept-yanglao"), context(), {
        period: PERIOD,
        unitIds: "all-overdue",
        now: LATER,
      }),
    ).rejects.toThrow("只有督查可以催办。");
    await expect(
      sendReminders(getPrisma(), await as("supervisor"), context(), {
        period: PERIOD,
        unitIds: "all-overdue",
        now: LAST_MOMENT,
      }),
    ).rejects.toThrow("2022年12月没有逾期未报的单位,无需催办。");
    expect(await lastNotificationId()).toBe(since);
  });

  it("attempts no email without SMTP_URL, and with it a failed email never fails the reminder", async () => {
    const { id } = await unit("meizhou");
    await sendReminders(getPrisma(), await as("supervisor"), context(), { period: PERIOD, unitIds: [id], now: LATER });
    expect(mail.createTransport).not.toHaveBeenCalled();

    setPortalEnv({ SMTP_URL: "smtp://mail.invalid:25", UNIT_EMAILS: "meizhou=mzj@meizhou.example.cn" });
    mail.createTransport.mockReturnValue({ sendMail: mail.sendMail });
    mail.sendMail.mockRejectedValue(new Error("connect ECONNREFUSED"));
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    const since = await lastNotificationId();
    const result = await sendReminders(getPrisma(), await as("supervisor"), context(), {
      period: PERIOD,
      unitIds: [id],
      now: TWO_DAYS_AFTER,
    });
    expect(result.mail).toEqual({ sent: 0, failed: 1 });
    expect(mail.sendMail).toHaveBeenCalledWith(
      expect.objectContaining({ to: ["mzj@meizhou.example.cn"], subject: "【督办】催办:2022年12月工作进展逾期未报" }),
    );
    expect(logged).toHaveBeenCalledWith(expect.stringContaining("ECONNREFUSED"));
    expect((await newReminders(since)).length).toBe((await reportingUsers("meizhou")).length);
    logged.mockRestore();
  });
});

describe("a second reminder on the same day", () => {
  // The demo clock's first morning (2022-11-03 09:00 Beijing): Meizhou's September is still sent back.
  const DEMO_MORNING = new Date("2022-11-03T01:00:00Z");
  const DEMO_AFTERNOON = new Date("2022-11-03T07:30:00Z");
  const NEXT_MORNING = new Date("2022-11-04T01:00:00Z");
  const SEPTEMBER = "2022-09";

  it("is refused without the explicit confirmation, naming when, and sent with it: one notification each", async () => {
    const supervisor = await as("supervisor");
    const meizhou = await unit("meizhou");
    const recipients = (await reportingUsers("meizhou")).length;
    expect(codes(await listOverdue(getPrisma(), SEPTEMBER, DEMO_MORNING))).toContain("meizhou");
    const remind = (now: Date, confirmRepeat?: boolean) =>
      sendReminders(getPrisma(), supervisor, context(), {
        period: SEPTEMBER,
        unitIds: [meizhou.id],
        now,
        confirmRepeat,
      });

    let since = await lastNotificationId();
    await remind(DEMO_MORNING);
    expect(await newReminders(since)).toHaveLength(recipients);

    since = await lastNotificationId();
    const refusal = await remind(DEMO_AFTERNOON).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(UserError);
    expect((refusal as UserError).message).toBe(`今天已催办过${meizhou.name} 9 时 0 分,确定再次催办?`);
    expect((refusal as UserError).field).toBe("confirmRepeat");
    await expect(
      sendReminders(getPrisma(), supervisor, context(), {
        period: SEPTEMBER,
        unitIds: "all-overdue",
        now: DEMO_AFTERNOON,
      }),
    ).rejects.toThrow(meizhou.name);
    expect(await lastNotificationId()).toBe(since);

    await remind(DEMO_AFTERNOON, true);
    expect(await newReminders(since)).toHaveLength(recipients);

    // A new Beijing day needs no confirmation.
    since = await lastNotificationId();
    await remind(NEXT_MORNING);
    expect(await newReminders(since)).toHaveLength(recipients);
  });
});
