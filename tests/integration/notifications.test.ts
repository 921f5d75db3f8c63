// A person's notifications are theirs alone: listed, counted and marked read only by their owner.
import { randomUUID } from "node:crypto";
import { encode } from "next-auth/jwt";
import { describe, expect, it, vi } from "vitest";
import { getPrisma } from "@/lib/db";
import { readAuthSettings } from "@/lib/auth/settings";
import { signInWithPassword } from "@/lib/auth/sign-in";
import { UserError } from "@/lib/errors";
import { markAllNotificationsReadAction, markNotificationReadAction } from "@/lib/notifications/actions";
import { markAllRead, markRead } from "@/lib/notifications/mark-read";
import { countUnread, listNotifications } from "@/lib/notifications/queries";
import { DEMO_PASSWORD } from "@/lib/seed/demo-accounts";

const request = vi.hoisted(() => ({ cookie: null as string | null }));
vi.mock("next/headers", () => ({
  cookies: async () => ({
    get: (name: string) =>
      name === "next-auth.session-token" && request.cookie ? { name, value: request.cookie } : undefined,
  }),
  headers: async () => new Headers({ "x-portal-client-address": "127.0.0.78", "x-request-id": randomUUID() }),
}));
const SECRET = "integration-test-secret-of-at-least-32-characters";
process.env.AUTH_SECRET = SECRET;

async function signInAs(username: string) {
  const result = await signInWithPassword(
    getPrisma(),
    { username, password: DEMO_PASSWORD, context: { clientAddress: `notes-${username}`, requestId: randomUUID() } },
    readAuthSettings(),
  );
  if (!result.ok) throw new Error(`${username}: ${result.error}`);
  request.cookie = await encode({ token: { sid: result.sessionId }, secret: SECRET });
}

const userId = async (username: string) =>
  (await getPrisma().user.findUniqueOrThrow({ where: { username }, select: { id: true } })).id;

async function notify(username: string, title: string) {
  return getPrisma().notification.create({
    data: { userId: await userId(username), kind: "report.return", title, link: "/reports/1", createdAt: new Date() },
    select: { id: true },
  });
}

describe("the notification centre", () => {
  it("lists only the viewer's own notifications, newest first, and counts only their unread ones", async () => {
    const owner = { userId: await userId("xiuyu-approver") };
    const first = await notify("xiuyu-approver", "秀屿区 第一条");
    const other = await notify("xianyou-approver", "仙游县 不应看到");
    const second = await notify("xiuyu-approver", "秀屿区 第二条");
    const unreadBefore = await countUnread(getPrisma(), owner);
    const { rows } = await listNotifications(getPrisma(), owner);
    expect(rows.every((row) => row.title !== "仙游县 不应看到")).toBe(true);
    expect(rows.map((row) => row.id)).toEqual(expect.arrayContaining([first.id, second.id]));
    expect(rows.map((row) => row.id).indexOf(second.id)).toBeLessThan(rows.map((row) => row.id).indexOf(first.id));
    await markRead(getPrisma(), owner, first.id);
    expect(await countUnread(getPrisma(), owner)).toBe(unreadBefore - 1);
    expect((await getPrisma().notification.findUniqueOrThrow({ where: { id: other.id } })).readAt).toBeNull();
  });

  it("refuses to mark another person's notification as read, and leaves it unread", async () => {
    const note = await notify("xianyou-reporter", "仙游县 退回");
    const intruder = { userId: await userId("xiuyu-reporter") };
    // Another person's notification reads as none, and is a refusal the door audits (AccessDenied).
    await expect(markRead(getPrisma(), intruder, note.id)).rejects.toMatchObject({
      name: "AccessDenied",
      right: "account.own",
      message: "通知不存在。",
    });
    await expect(markRead(getPrisma(), intruder, 2_000_000_000)).rejects.toThrow(new UserError("通知不存在。"));
    expect(await markAllRead(getPrisma(), intruder, note.id)).toBeGreaterThanOrEqual(0);
    expect((await getPrisma().notification.findUniqueOrThrow({ where: { id: note.id } })).readAt).toBeNull();
  });

  it("marks all read only up to the newest one shown, so one that arrives meanwhile stays unread", async () => {
    const owner = { userId: await userId("beian-approver") };
    await notify("beian-approver", "北岸 已看到 1");
    const shown = await notify("beian-approver", "北岸 已看到 2");
    const later = await notify("beian-approver", "北岸 稍后到达");
    const neighbour = await notify("meizhou-approver", "湄洲岛 邻居的");
    await markAllRead(getPrisma(), owner, shown.id);
    expect(await countUnread(getPrisma(), owner)).toBe(1);
    expect((await getPrisma().notification.findUniqueOrThrow({ where: { id: later.id } })).readAt).toBeNull();
    expect((await getPrisma().notification.findUniqueOrThrow({ where: { id: neighbour.id } })).readAt).toBeNull();
  });

  it("does the same through the server actions: the signed-in owner only", async () => {
    const theirs = await notify("chengxiang-approver", "城厢区 审核提醒");
    await signInAs("meizhou-reporter");
    expect(await markNotificationReadAction({ id: theirs.id })).toEqual({ ok: false, message: "通知不存在。" });
    await markAllNotificationsReadAction({ upToId: theirs.id });
    expect((await getPrisma().notification.findUniqueOrThrow({ where: { id: theirs.id } })).readAt).toBeNull();
    await signInAs("chengxiang-approver");
    const owner = { userId: await userId("chengxiang-approver") };
    const unreadBefore = await countUnread(getPrisma(), owner);
    // The action answers with the unread count left: the header's badge is set from it at once.
    expect(await markNotificationReadAction({ id: theirs.id })).toEqual({
      ok: true,
      data: { unread: unreadBefore - 1 },
    });
    expect((await getPrisma().notification.findUniqueOrThrow({ where: { id: theirs.id } })).readAt).not.toBeNull();
    const later = await notify("chengxiang-approver", "城厢区 又一条");
    expect(await markAllNotificationsReadAction({ upToId: later.id })).toEqual({
      ok: true,
      data: { marked: unreadBefore, unread: 0 },
    });
    request.cookie = null;
    expect(await markAllNotificationsReadAction({ upToId: theirs.id })).toEqual({
      ok: false,
      message: "登录已失效,请重新登录。",
    });
  });
});
