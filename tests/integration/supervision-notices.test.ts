// 督查单 on real PostgreSQL at the demo date (2022-11-03, a Thursday): the daily job proposes once
// however often and however many instances run it, issuing numbers the year's notices in order, and
// each step (answer, return, accept, withdraw, dismiss, escalate) is one audited transaction; refused
// steps change nothing. The file deletes the notices it made and puts the settings back.
import { randomUUID } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listAttachments } from "@/lib/attachments/queries";
import { addAttachment } from "@/lib/attachments/service";
import { viewerOfUser } from "@/lib/auth/viewer-of-user";
import type { Viewer } from "@/lib/auth/viewer-type";
import { getPrisma } from "@/lib/db";
import { resetPortalEnv, setPortalEnv } from "@/lib/env";
import type { NoticeColour } from "@/lib/generated/prisma/enums";
import { confirmNotices, issueManualNotice } from "@/lib/supervision/confirm-notices";
import {
  acceptNotice,
  answerNotice,
  dismissNotice,
  returnNotice,
  withdrawNotice,
} from "@/lib/supervision/decide-notice";
import { runSupervisionLadder } from "@/lib/supervision/run-ladder";
import { saveSupervisionSettings } from "@/lib/supervision/save-settings";
import { readSupervisionSettings } from "@/lib/supervision/settings";
import { dateColumnOfDay, dayOfDateColumn } from "@/lib/time/days";
import { MIME, pdfBytes } from "../unit/fixtures/attachment-files";

const NOW = new Date("2022-11-03T10:00:00+08:00");
const db = getPrisma();
const context = () => ({ clientAddress: "127.0.0.1", requestId: randomUUID() });
const as = async (username: string): Promise<Viewer> =>
  viewerOfUser(await db.user.findUniqueOrThrow({ where: { username }, include: { unit: true } }));

let firstId = 0;
let settingsBefore: Awaited<ReturnType<typeof readSupervisionSettings>>;

beforeAll(async () => {
  for (const name of ["S3_ENDPOINT", "S3_BUCKET", "S3_ACCESS_KEY_ID", "S3_SECRET_ACCESS_KEY"]) delete process.env[name];
  setPortalEnv({
    PORTAL_CLOCK: "2022-11-03T10:00:00+08:00",
    PORTAL_DATA_DIR: await mkdtemp(path.join(os.tmpdir(), "portal-notices-")),
  });
  firstId = (await db.supervisionNotice.aggregate({ _max: { id: true } }))._max.id ?? 0;
  settingsBefore = await readSupervisionSettings(db);
});

afterAll(async () => {
  await db.supervisionNotice.deleteMany({ where: { id: { gt: firstId } } });
  await db.supervisionSettings.update({ where: { id: 1 }, data: settingsBefore });
  await rm(process.env.PORTAL_DATA_DIR as string, { recursive: true, force: true });
  delete process.env.PORTAL_CLOCK;
  delete process.env.PORTAL_DATA_DIR;
  resetPortalEnv();
});

const mine = () => db.supervisionNotice.findMany({ where: { id: { gt: firstId } }, orderBy: { id: "asc" } });
const lastNotificationId = async () => (await db.notification.aggregate({ _max: { id: true } }))._max.id ?? 0;
const notesOf = (username: string, kind: string, since: number) =>
  db.notification.findMany({
    where: { id: { gt: since }, kind, user: { username } },
    select: { title: true, link: true },
  });
const auditsOf = (id: number, action: string) =>
  db.auditEvent.count({ where: { objectType: "SupervisionNotice", objectId: String(id), action } });

/** A proposal of our own on point 11 of 2022, for a unit, as the job would write it. */
async function propose(unitCode: string, colour: NoticeColour = "YELLOW") {
  const point = await db.workPoint.findFirstOrThrow({ where: { plan: { year: 2022 }, no: 11 } });
  const unit = await db.unit.findUniqueOrThrow({ where: { code: unitCode } });
  return db.supervisionNotice.create({
    data: {
      year: 2022,
      colour,
      reason: "BEHIND",
      state: "PROPOSED",
      unitId: unit.id,
      pointId: point.id,
      period: "2022-09",
      subject: `test:${randomUUID()}`,
      facts: "测试:进度滞后。",
      proposedAt: NOW,
    },
  });
}

async function issued(unitCode: string, colour: NoticeColour = "YELLOW") {
  const notice = await propose(unitCode, colour);
  await confirmNotices(db, await as("supervisor"), context(), { notices: [notice] });
  return db.supervisionNotice.findUniqueOrThrow({ where: { id: notice.id } });
}

describe("the daily ladder job", () => {
  it("proposes the day's notices once when two instances run at once, tells the office once, and a rerun adds nothing", async () => {
    const since = await lastNotificationId();
    const [a, b] = await Promise.all([runSupervisionLadder(db, NOW), runSupervisionLadder(db, NOW)]);
    expect(a.proposed + b.proposed).toBeGreaterThan(0);
    expect(Math.min(a.proposed, b.proposed)).toBe(0);
    const proposed = await mine();
    expect(proposed).toHaveLength(a.proposed + b.proposed);
    expect(proposed.every((notice) => notice.state === "PROPOSED" && notice.number === null)).toBe(true);
    // Never a yellow beside a red for the same unit and subject.
    const reds = new Set(proposed.filter((n) => n.colour === "RED").map((n) => `${n.unitId}|${n.subject}`));
    expect(proposed.filter((n) => n.colour === "YELLOW" && reds.has(`${n.unitId}|${n.subject}`))).toEqual([]);
    // Overdue reports: yellow from 3 days late, red from 7.
    for (const notice of proposed.filter((n) => n.reason === "OVERDUE")) {
      const daysLate = (notice.factsData as { daysLate: number }).daysLate;
      expect(notice.colour).toBe(daysLate >= 7 ? "RED" : "YELLOW");
      expect(daysLate).toBeGreaterThanOrEqual(3);
    }
    expect(await notesOf("supervisor", "notice.propose", since)).toEqual([
      { title: `今日拟发督查单 ${proposed.length} 份`, link: "/supervision" },
    ]);
    expect(await runSupervisionLadder(db, new Date(NOW.getTime() + 3_600_000))).toEqual({ proposed: 0, issued: 0 });
    expect(await mine()).toHaveLength(proposed.length);
  });
});

describe("issuing", () => {
  it("numbers the year's notices in order, even when two supervisors confirm at once; sets the deadline in working days; tells the unit", async () => {
    const [one, two] = [await propose("licheng"), await propose("chengxiang")];
    const before = (await db.supervisionNotice.aggregate({ where: { year: 2022 }, _max: { number: true } }))._max
      .number;
    const since = await lastNotificationId();
    const supervisor = await as("supervisor");
    await Promise.all([
      confirmNotices(db, supervisor, context(), { notices: [one] }),
      confirmNotices(db, supervisor, context(), { notices: [two] }),
    ]);
    const rows = await db.supervisionNotice.findMany({ where: { id: { in: [one.id, two.id] } } });
    expect(rows.map((row) => row.number).sort()).toEqual([(before ?? 0) + 1, (before ?? 0) + 2]);
    // Issued Thursday 2022-11-03: five working days later is Thursday 2022-11-10.
    expect(rows.map((row) => row.state && dayOfDateColumn(row.feedbackDue as Date))).toEqual([
      "2022-11-10",
      "2022-11-10",
    ]);
    expect(rows.every((row) => row.state === "ISSUED" && row.version === 2)).toBe(true);
    const told = await notesOf("licheng-reporter", "notice.issue", since);
    expect(told).toHaveLength(1);
    expect(told[0].title).toMatch(/^黄色督查单 莆民督〔2022〕\d+号$/);
    expect(told[0].link).toBe(`/supervision/${one.id}`);
    expect(await notesOf("chengxiang-reporter", "notice.issue", since)).toHaveLength(1);
    expect(await auditsOf(one.id, "notice.issue")).toBe(1);
    // Confirming again (a stale page) refuses and changes nothing.
    await expect(confirmNotices(db, supervisor, context(), { notices: [one] })).rejects.toThrow("请刷新页面");
  });

  it("issues by hand, and refuses a deadline that is not in the future", async () => {
    const supervisor = await as("supervisor");
    const unit = await db.unit.findUniqueOrThrow({ where: { code: "hanjiang" } });
    const point = await db.workPoint.findFirstOrThrow({ where: { plan: { year: 2022 }, no: 5 } });
    const input = {
      unitId: unit.id,
      pointId: point.id,
      indicatorId: null,
      colour: "RED" as const,
      facts: "测试:手动下发。",
    };
    const count = (await mine()).length;
    await expect(issueManualNotice(db, supervisor, context(), { ...input, feedbackDue: "2022-11-03" })).rejects.toThrow(
      "反馈期限须晚于今天",
    );
    expect(await mine()).toHaveLength(count);
    const { id } = await issueManualNotice(db, supervisor, context(), { ...input, feedbackDue: "2022-11-20" });
    const notice = await db.supervisionNotice.findUniqueOrThrow({ where: { id } });
    expect(notice).toMatchObject({ state: "ISSUED", reason: "MANUAL", colour: "RED" });
    expect(dayOfDateColumn(notice.feedbackDue as Date)).toBe("2022-11-20");
  });
});

describe("answering and deciding", () => {
  it("takes the unit's answer, the office's return, a second answer and acceptance, each audited", async () => {
    const notice = await issued("licheng");
    const reporter = await as("licheng-reporter");
    const supervisor = await as("supervisor");
    await answerNotice(db, reporter, context(), { id: notice.id, version: notice.version, text: "已落实整改。" });
    await returnNotice(db, supervisor, context(), { id: notice.id, version: notice.version + 1, reason: "缺少数据。" });
    let row = await db.supervisionNotice.findUniqueOrThrow({ where: { id: notice.id } });
    expect(row).toMatchObject({ state: "RETURNED", decisionNote: "缺少数据。" });
    await answerNotice(db, reporter, context(), { id: notice.id, version: row.version, text: "补充:新增床位 20 张。" });
    await acceptNotice(db, supervisor, context(), { id: notice.id, version: row.version + 1, note: "" });
    row = await db.supervisionNotice.findUniqueOrThrow({ where: { id: notice.id } });
    expect(row).toMatchObject({
      state: "ACCEPTED",
      feedbackText: "补充:新增床位 20 张。",
      version: notice.version + 4,
    });
    expect(await auditsOf(notice.id, "notice.feedback")).toBe(2);
    expect(await auditsOf(notice.id, "notice.return")).toBe(1);
    expect(await auditsOf(notice.id, "notice.accept")).toBe(1);
  });

  it("refuses another county's answer, accepting what was not answered, and a stale version; nothing changes", async () => {
    const notice = await issued("licheng");
    const audits = await db.auditEvent.count({
      where: { objectType: "SupervisionNotice", objectId: String(notice.id) },
    });
    const ref = { id: notice.id, version: notice.version };
    await expect(
      answerNotice(db, await as("chengxiang-reporter"), context(), { ...ref, text: "不是我们的。" }),
    ).rejects.toMatchObject({ name: "AccessDenied" });
    const supervisor = await as("supervisor");
    await expect(acceptNotice(db, supervisor, context(), { ...ref, note: "" })).rejects.toThrow(
      "只能采纳单位已反馈的督查单",
    );
    await expect(dismissNotice(db, supervisor, context(), { ...ref, reason: "无" })).rejects.toThrow("只能对拟发");
    await expect(
      answerNotice(db, await as("licheng-reporter"), context(), {
        id: notice.id,
        version: notice.version - 1,
        text: "旧页面。",
      }),
    ).rejects.toThrow("请刷新页面");
    expect(await db.supervisionNotice.findUniqueOrThrow({ where: { id: notice.id } })).toEqual(notice);
    expect(await db.auditEvent.count({ where: { objectType: "SupervisionNotice", objectId: String(notice.id) } })).toBe(
      audits,
    );
  });

  it("withdraws an issued notice and dismisses a proposal, with reasons", async () => {
    const supervisor = await as("supervisor");
    const open = await issued("xiuyu");
    await withdrawNotice(db, supervisor, context(), { id: open.id, version: open.version, reason: "数据已更正。" });
    const proposal = await propose("xiuyu");
    await dismissNotice(db, supervisor, context(), {
      id: proposal.id,
      version: proposal.version,
      reason: "已另行督办。",
    });
    const rows = await db.supervisionNotice.findMany({
      where: { id: { in: [open.id, proposal.id] } },
      orderBy: { id: "asc" },
    });
    expect(rows.map((row) => [row.state, row.decisionNote])).toEqual([
      ["WITHDRAWN", "数据已更正。"],
      ["DISMISSED", "已另行督办。"],
    ]);
    expect(await auditsOf(open.id, "notice.withdraw")).toBe(1);
    expect(await auditsOf(proposal.id, "notice.dismiss")).toBe(1);
  });
});

describe("escalation", () => {
  it("proposes a red for a yellow unanswered past its deadline; issuing it marks the yellow 已升级", async () => {
    const yellow = await issued("xianyou");
    await db.supervisionNotice.update({
      where: { id: yellow.id },
      data: { feedbackDue: dateColumnOfDay("2022-11-02") },
    });
    await runSupervisionLadder(db, NOW);
    const red = await db.supervisionNotice.findUniqueOrThrow({ where: { escalatedFromId: yellow.id } });
    expect(red).toMatchObject({ colour: "RED", reason: "UNANSWERED", state: "PROPOSED", subject: yellow.subject });
    await confirmNotices(db, await as("supervisor"), context(), { notices: [red] });
    expect((await db.supervisionNotice.findUniqueOrThrow({ where: { id: yellow.id } })).state).toBe("ESCALATED");
  });

  it("issues at once when the office chose 自动下发 (a setting saved with its audit row)", async () => {
    const supervisor = await as("supervisor");
    await expect(
      saveSupervisionSettings(db, supervisor, context(), {
        ...settingsBefore,
        redOverdueDays: 2,
        yellowOverdueDays: 3,
      }),
    ).rejects.toThrow("红色督查单的逾期天数须大于黄色的");
    const audits = await db.auditEvent.count({ where: { action: "notice.settings" } });
    await saveSupervisionSettings(db, supervisor, context(), { ...settingsBefore, autoIssue: true });
    expect(await db.auditEvent.count({ where: { action: "notice.settings" } })).toBe(audits + 1);
    const yellow = await issued("meizhou");
    await db.supervisionNotice.update({
      where: { id: yellow.id },
      data: { feedbackDue: dateColumnOfDay("2022-11-01") },
    });
    const run = await runSupervisionLadder(db, NOW);
    expect(run).toEqual({ proposed: 1, issued: 1 });
    const red = await db.supervisionNotice.findUniqueOrThrow({ where: { escalatedFromId: yellow.id } });
    expect(red.state).toBe("ISSUED");
    expect(red.number).not.toBeNull();
    expect((await db.supervisionNotice.findUniqueOrThrow({ where: { id: yellow.id } })).state).toBe("ESCALATED");
  });
});

describe("整改佐证材料", () => {
  it("lets the notice's unit attach evidence while it owes an answer; the office reads it, another county does not", async () => {
    const notice = await issued("licheng");
    const file = { owner: { kind: "notice" as const, id: notice.id }, contentType: MIME.pdf, bytes: pdfBytes() };
    const reporter = await as("licheng-reporter");
    await addAttachment(db, reporter, context(), { ...file, fileName: "整改照片.pdf" });
    await expect(
      addAttachment(db, await as("chengxiang-reporter"), context(), { ...file, fileName: "别人的.pdf" }),
    ).rejects.toMatchObject({ name: "AccessDenied" });
    const names = async (username: string) =>
      (await listAttachments(db, await as(username), file.owner)).map((row) => row.fileName);
    expect(await names("supervisor")).toEqual(["整改照片.pdf"]);
    expect(await names("chengxiang-reporter")).toEqual([]);
    await answerNotice(db, reporter, context(), { id: notice.id, version: notice.version, text: "见附件。" });
    await expect(addAttachment(db, reporter, context(), { ...file, fileName: "迟到的.pdf" })).rejects.toThrow(
      "督查单已反馈或已办结",
    );
    expect(await names("licheng-reporter")).toEqual(["整改照片.pdf"]);
  });
});
