// POST /api/v1/reports and /api/v1/reports/<id>/steps, called as a script calls them (only the
// session cookie faked): the same saves and steps as the form's actions, behind the same guard, with
// every refusal a problem+json that changes nothing. Its own plan (2025), used by no other test.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { POST as importRoute } from "@/app/api/v1/reports/import/route";
import { POST as stepRoute } from "@/app/api/v1/reports/[id]/steps/route";
import { POST as saveRoute } from "@/app/api/v1/reports/route";
import { getPrisma } from "@/lib/db";
import { ORIGIN, signInAs } from "./helpers/attachment-requests";
import { createPlan } from "./helpers/progress-plans";

vi.mock("next/headers", async () => (await import("./helpers/fake-next-headers")).fakeNextHeaders);

const PERIOD = "2025-03";
let pointId = 0;
let indicatorId = 0;

const post = (url: string, body: string, headers: Record<string, string> = {}) =>
  new Request(`${ORIGIN}${url}`, {
    method: "POST",
    headers: { origin: ORIGIN, "content-type": "application/json", "x-request-id": randomUUID(), ...headers },
    body,
  });
const save = (body: object, headers?: Record<string, string>) =>
  saveRoute(post("/api/v1/reports", JSON.stringify(body), headers), { params: Promise.resolve({}) });
const step = (reportId: number, body: object) =>
  stepRoute(post(`/api/v1/reports/${reportId}/steps`, JSON.stringify(body)), {
    params: Promise.resolve({ id: String(reportId) }),
  });
const draft = (expectedVersion: number | null, value: number | string, progress = "已建成一家") => ({
  pointId,
  period: PERIOD,
  expectedVersion,
  narrative: { progress, problems: "", nextSteps: "" },
  values: [{ indicatorId, value, explanation: "" }],
});
const reportRow = (id: number) =>
  getPrisma().report.findUniqueOrThrow({
    where: { id },
    select: { state: true, version: true, progress: true, values: { select: { value: true } } },
  });

beforeAll(async () => {
  const plan = await createPlan(getPrisma(), 2025, [
    [
      {
        leadUnit: "yanglao",
        indicators: [{ name: "接口测试床位", kind: "SUM", target: 20, quotas: { hanjiang: 20 } }],
      },
    ],
  ]);
  pointId = plan.points[0].id;
  indicatorId = plan.points[0].indicators[0].id;
});

describe("the report write API", () => {
  it("saves, refuses a stale version with the other's change, and sends with the values in one step", async () => {
    await signInAs("hanjiang-reporter");
    const first = await save(draft(null, 3));
    expect(first.status).toBe(200);
    const saved = (await first.json()) as { reportId: number; version: number };
    const second = await save(draft(saved.version, 5, "第二稿"));
    expect(second.status).toBe(200);

    const stale = await save(draft(saved.version, 9, "我的稿子"));
    expect(stale.status).toBe(409);
    expect(stale.headers.get("content-type")).toContain("application/problem+json");
    expect(await stale.json()).toMatchObject({
      detail: expect.stringContaining("您的修改未保存"),
      current: { version: saved.version + 1, progress: "第二稿", values: [{ value: 5 }] },
    });
    expect(await reportRow(saved.reportId)).toMatchObject({
      progress: "第二稿",
      values: [{ value: expect.anything() }],
    });

    const sent = await save({ ...draft(saved.version + 1, 6), step: "sendForSignoff" });
    expect(sent.status).toBe(200);
    expect(await reportRow(saved.reportId)).toMatchObject({ state: "AWAITING_SIGNOFF", version: saved.version + 3 });
  });

  it("takes each workflow step from the one allowed to take it, and hides the report from anyone else", async () => {
    const { id, version } = await getPrisma().report.findFirstOrThrow({ where: { pointId, period: PERIOD } });
    await signInAs("licheng-approver");
    const elsewhere = await step(id, { step: "sign", expectedVersion: version });
    expect(elsewhere.status).toBe(404);
    await signInAs("hanjiang-approver");
    const signed = await step(id, { step: "sign", expectedVersion: version });
    expect(signed.status).toBe(200);
    await signInAs("dept-yanglao");
    const approved = await step(id, { step: "approve", expectedVersion: version + 1 });
    expect(approved.status).toBe(200);
    expect(await reportRow(id)).toMatchObject({ state: "APPROVED" });
    // A repeated click answers as the first one did, and approves once.
    const twice = await step(id, { step: "approve", expectedVersion: version + 1 });
    expect(await twice.json()).toEqual({ reportId: id, version: version + 2 });
    expect(await getPrisma().reportEvent.count({ where: { reportId: id, action: "approve" } })).toBe(1);
  });

  it("answers bad requests with problem+json and writes nothing", async () => {
    await signInAs("hanjiang-reporter");
    const before = await getPrisma().report.count({ where: { pointId } });
    const answers = await Promise.all([
      save(draft(null, 1), { origin: "https://elsewhere.example" }),
      save(draft(null, 1), { "content-type": "text/plain" }),
      saveRoute(post("/api/v1/reports", "{not json"), { params: Promise.resolve({}) }),
      saveRoute(post("/api/v1/reports", JSON.stringify({ ...draft(null, 1), pad: "x".repeat(300_000) })), {
        params: Promise.resolve({}),
      }),
      save({ ...draft(null, -3), period: "2025-04" }),
    ]);
    expect(answers.map((answer) => answer.status)).toEqual([403, 415, 400, 413, 422]);
    for (const answer of answers) expect(answer.headers.get("content-type")).toContain("application/problem+json");
    expect(((await answers[4].json()) as { errors: Record<string, string[]> }).errors["values.0.value"]).toEqual([
      "不能为负数",
    ]);
    expect(await getPrisma().report.count({ where: { pointId } })).toBe(before);

    await signInAs(null);
    expect((await save(draft(null, 1))).status).toBe(401);
  });

  it("checks an uploaded template before it saves anything, and refuses one too large", async () => {
    await signInAs("hanjiang-reporter");
    const upload = (bytes: Uint8Array) => {
      const form = new FormData();
      form.set("file", new File([bytes as BlobPart], "填报.xlsx"));
      return importRoute(
        new Request(`${ORIGIN}/api/v1/reports/import?confirm=1`, {
          method: "POST",
          headers: { origin: ORIGIN, "x-request-id": randomUUID() },
          body: form,
        }),
      );
    };
    const garbage = await upload(new TextEncoder().encode("这不是 Excel 文件"));
    expect(garbage.status).toBe(400);
    expect(((await garbage.json()) as { detail: string }).detail).toMatch(/Excel|文件/);
    const huge = await upload(new Uint8Array(600 * 1024));
    expect(huge.status).toBe(413);
  });
});
