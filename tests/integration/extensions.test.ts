// 延期申请 for May 2022 (normal due day 2022-06-05): only extension rows are written, so the demo
// history's approved May reports are never touched.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { getPrisma } from "@/lib/db";
import { viewerOfUser } from "@/lib/auth/viewer-of-user";
import type { Viewer } from "@/lib/auth/viewer-type";
import { decideExtension } from "@/lib/extensions/decide-extension";
import { listOwnExtensions, listExtensionsToDecide } from "@/lib/extensions/queries";
import { requestExtension } from "@/lib/extensions/request-extension";

const PERIOD = "2022-05";
const context = () => ({ clientAddress: "127.0.0.1", requestId: randomUUID() });
const as = async (username: string): Promise<Viewer> =>
  viewerOfUser(await getPrisma().user.findUniqueOrThrow({ where: { username }, include: { unit: true } }));

const footprint = async () => ({
  extensions: await getPrisma().dueDateExtension.count(),
  audits: await getPrisma().auditEvent.count(),
  notifications: await getPrisma().notification.count(),
});

const notesOf = (username: string, kind: string) =>
  getPrisma().notification.findMany({
    where: { user: { username }, kind },
    orderBy: { id: "desc" },
    take: 1,
    select: { title: true, body: true, link: true },
  });

describe("asking for an extension", () => {
  it("refuses bad requests with a Chinese message and changes nothing", async () => {
    const reporter = await as("licheng-reporter");
    const before = await footprint();
    const attempt = (input: Record<string, unknown>, viewer = reporter) =>
      requestExtension(getPrisma(), viewer, context(), {
        period: PERIOD,
        requestedDue: "2022-06-20",
        reason: "台账核对未完成",
        ...input,
      });
    await expect(attempt({ reason: "   " })).rejects.toThrow("请填写申请理由");
    await expect(attempt({ requestedDue: "2022-06-05" })).rejects.toThrow(
      "申请延至的日期须晚于本月原定截止日期 2022年6月5日",
    );
    await expect(attempt({ requestedDue: "2022-05-20" })).rejects.toThrow("须晚于本月原定截止日期");
    await expect(attempt({ requestedDue: "2022-08-05" })).rejects.toThrow("最多可延期 60 天(至 2022年8月4日)");
    await expect(attempt({ requestedDue: "2022-06-31" })).rejects.toThrow("请选择申请延至的日期");
    await expect(attempt({ period: "2022-13" })).rejects.toThrow("月份格式应为 2022-10");
    await expect(attempt({}, await as("supervisor"))).rejects.toThrow("只有填报单位可以申请延期。");
    await expect(attempt({}, await as("leader"))).rejects.toThrow("只有填报单位可以申请延期。");
    expect(await footprint()).toEqual(before);
  });

  it("files a request for the viewer's own unit, tells the supervisor, and allows one pending request a month", async () => {
    const call = context();
    const approver = await as("hanjiang-approver");
    const { id } = await requestExtension(getPrisma(), approver, call, {
      period: PERIOD,
      requestedDue: "2022-08-04",
      reason: "防汛抢险,人员抽调",
    });
    const row = await getPrisma().dueDateExtension.findUniqueOrThrow({
      where: { id },
      select: { unitId: true, state: true, requestedById: true },
    });
    expect(row).toEqual({ unitId: approver.unitId, state: "PENDING", requestedById: approver.userId });
    expect(await notesOf("supervisor", "extension.request")).toEqual([
      { title: "涵江区申请2022年5月报送延期至2022年8月4日", body: "防汛抢险,人员抽调", link: "/extensions" },
    ]);
    expect(
      await getPrisma().auditEvent.count({
        where: { requestId: call.requestId, action: "extension.request", objectId: String(id) },
      }),
    ).toBe(1);
    const before = await footprint();
    await expect(
      requestExtension(getPrisma(), await as("hanjiang-reporter"), context(), {
        period: PERIOD,
        requestedDue: "2022-06-10",
        reason: "再申请",
      }),
    ).rejects.toThrow("本单位2022年5月已有待审批的延期申请,请等待督查处理。");
    expect(await footprint()).toEqual(before);
    expect((await listOwnExtensions(getPrisma(), await as("hanjiang-reporter"))).map((entry) => entry.id)).toContain(
      id,
    );
    expect((await listOwnExtensions(getPrisma(), await as("xianyou-reporter"))).map((entry) => entry.id)).not.toContain(
      id,
    );
  });
});

describe("deciding an extension", () => {
  it("lets only the supervisor decide, and tells the unit", async () => {
    const { id } = await requestExtension(getPrisma(), await as("dept-yanglao"), context(), {
      period: PERIOD,
      requestedDue: "2022-06-15",
      reason: "等待统计局数据",
    });
    const before = await footprint();
    for (const username of ["dept-yanglao", "dept-ertong", "licheng-approver", "leader", "admin"]) {
      await expect(
        decideExtension(getPrisma(), await as(username), context(), { id, grant: true, note: "" }),
        username,
      ).rejects.toThrow("只有督查可以审批延期申请。");
    }
    expect(await footprint()).toEqual(before);
    expect(
      (await listExtensionsToDecide(getPrisma(), await as("supervisor"))).pending.map((entry) => entry.id),
    ).toContain(id);
    const call = context();
    expect(await decideExtension(getPrisma(), await as("supervisor"), call, { id, grant: true, note: "同意" })).toEqual(
      { id, state: "GRANTED" },
    );
    const row = await getPrisma().dueDateExtension.findUniqueOrThrow({
      where: { id },
      select: { state: true, decidedById: true, decisionNote: true },
    });
    expect(row).toEqual({ state: "GRANTED", decidedById: (await as("supervisor")).userId, decisionNote: "同意" });
    expect(await notesOf("dept-yanglao", "extension.grant")).toEqual([
      { title: "2022年5月报送延期申请已批准,截止日期延至2022年6月15日", body: "同意", link: "/extensions" },
    ]);
    expect(
      await getPrisma().auditEvent.findMany({
        where: { requestId: call.requestId },
        select: { action: true, before: true },
      }),
    ).toEqual([{ action: "extension.grant", before: { state: "PENDING" } }]);
  });

  it("refuses to decide a request twice, even when two decisions race", async () => {
    const supervisor = await as("supervisor");
    const { id } = await requestExtension(getPrisma(), await as("chengxiang-reporter"), context(), {
      period: PERIOD,
      requestedDue: "2022-06-12",
      reason: "系统故障",
    });
    await expect(decideExtension(getPrisma(), supervisor, context(), { id, grant: false, note: "" })).rejects.toThrow(
      "不批准时须填写理由",
    );
    const results = await Promise.allSettled([
      decideExtension(getPrisma(), supervisor, context(), { id, grant: false, note: "材料不全" }),
      decideExtension(getPrisma(), supervisor, context(), { id, grant: true, note: "" }),
    ]);
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    const decided = await getPrisma().dueDateExtension.findUniqueOrThrow({ where: { id }, select: { state: true } });
    const before = await footprint();
    await expect(
      decideExtension(getPrisma(), supervisor, context(), { id, grant: decided.state !== "GRANTED", note: "改判" }),
    ).rejects.toThrow("该延期申请已经审批过,不能再次审批。");
    expect(await footprint()).toEqual(before);
    expect(
      (await getPrisma().dueDateExtension.findUniqueOrThrow({ where: { id }, select: { state: true } })).state,
    ).toBe(decided.state);
    expect(
      await getPrisma().auditEvent.count({
        where: {
          objectType: "DueDateExtension",
          objectId: String(id),
          action: { in: ["extension.grant", "extension.refuse"] },
        },
      }),
    ).toBe(1);
    await expect(
      decideExtension(getPrisma(), supervisor, context(), { id: 999_999_999, grant: true, note: "" }),
    ).rejects.toThrow("延期申请不存在。");
  });
});
