// The report form's server actions, called as the browser calls them (only cookies and headers faked):
// the version check answers with the other person's report, and input errors name their field.
import { randomUUID } from "node:crypto";
import { encode } from "next-auth/jwt";
import { describe, expect, it, vi } from "vitest";
import { getPrisma } from "@/lib/db";
import { readAuthSettings } from "@/lib/auth/settings";
import { signInWithPassword } from "@/lib/auth/sign-in";
import { DEMO_PASSWORD } from "@/lib/seed/demo-accounts";
import { reportStepAction, saveReportAction } from "@/lib/reports/actions";

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

async function actAs(username: string | null) {
  if (!username) return void (request.cookie = null);
  const result = await signInWithPassword(
    getPrisma(),
    { username, password: DEMO_PASSWORD, context: { clientAddress: `actions-${username}`, requestId: randomUUID() } },
    readAuthSettings(),
  );
  if (!result.ok) throw new Error(`${username}: ${result.error}`);
  request.cookie = await encode({ token: { sid: result.sessionId }, secret: SECRET });
}

// Xiuyu's point 14 in November 2022: after the demo clock, used by no other test.
async function input(expectedVersion: number | null, progress: string, value: string) {
  const point = await getPrisma().workPoint.findFirstOrThrow({
    where: { no: 14, plan: { year: 2022 } },
    select: { id: true, indicators: { select: { id: true } } },
  });
  return {
    pointId: point.id,
    period: "2022-11",
    expectedVersion,
    narrative: { progress, problems: "", nextSteps: "" },
    values: [{ indicatorId: point.indicators[0].id, value, explanation: "" }],
  };
}

describe("the report form's actions", () => {
  it("refuses a save made on an old version, answering with the other person's report", async () => {
    await actAs("xiuyu-reporter");
    const first = await saveReportAction(await input(null, "第一稿", "１２"));
    if (!first.ok) throw new Error(first.message);
    const second = await saveReportAction(await input(first.data.version, "第二稿", "20"));
    expect(second).toMatchObject({
      ok: true,
      data: { reportId: first.data.reportId, version: first.data.version + 1 },
    });

    const stale = await saveReportAction(await input(first.data.version, "我的稿子", "99"));
    expect(stale).toMatchObject({
      ok: false,
      conflict: { version: first.data.version + 1, progress: "第二稿", values: [{ value: 20 }] },
    });
    expect(stale.ok === false && stale.message).toContain("您的修改未保存");
    const report = await getPrisma().report.findUniqueOrThrow({
      where: { id: first.data.reportId },
      select: { progress: true, values: { select: { value: true } } },
    });
    expect([report.progress, report.values[0].value?.toNumber()]).toEqual(["第二稿", 20]);

    const staleStep = await reportStepAction({
      reportId: first.data.reportId,
      step: "sendForSignoff",
      expectedVersion: first.data.version,
      reason: "",
    });
    expect(staleStep).toMatchObject({ ok: false, conflict: { version: first.data.version + 1, state: "DRAFT" } });
    const sent = await reportStepAction({
      reportId: first.data.reportId,
      step: "sendForSignoff",
      expectedVersion: first.data.version + 1,
      reason: "",
    });
    expect(sent).toMatchObject({ ok: true, data: { version: first.data.version + 2 } });
    // The same click again (a double click or a retry) is the same submission, not a conflict.
    expect(
      await reportStepAction({
        reportId: first.data.reportId,
        step: "sendForSignoff",
        expectedVersion: first.data.version + 1,
        reason: "",
      }),
    ).toEqual(sent);

    await actAs("meizhou-approver");
    expect(
      await reportStepAction({
        reportId: first.data.reportId,
        step: "sign",
        expectedVersion: first.data.version + 2,
        reason: "",
      }),
    ).toEqual({ ok: false, message: "报告不存在。" });
    await actAs(null);
    expect(await saveReportAction(await input(null, "x", "1"))).toEqual({
      ok: false,
      message: "登录已失效,请重新登录。",
    });
  });

  it("names the field of a bad number, in Chinese, and saves nothing", async () => {
    await actAs("xiuyu-reporter");
    const before = await getPrisma().reportEvent.count();
    const negative = await saveReportAction({ ...(await input(null, "x", "-3")), period: "2022-12" });
    expect(negative).toMatchObject({ ok: false, fieldErrors: { "values.0.value": ["不能为负数"] } });
    const text = await saveReportAction({ ...(await input(null, "x", "十二")), period: "2022-12" });
    expect(text).toMatchObject({ ok: false, fieldErrors: { "values.0.value": ["“十二”不是有效数字"] } });
    expect(await getPrisma().reportEvent.count()).toBe(before);
  });
});
