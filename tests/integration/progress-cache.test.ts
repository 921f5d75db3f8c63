// Two portal instances on one database (two PrismaClients, each with its own copy of the cache
// module): a change committed through either shows in the other's next numbers, nothing else makes
// them recompute, and a hit costs one statement. Plan 2043 is this file's own.
import { randomUUID } from "node:crypto";
import { afterAll, afterEach, beforeAll, describe, expect, inject, it, vi } from "vitest";
import { viewerOfUser } from "@/lib/auth/viewer-of-user";
import * as computeModule from "@/lib/dashboard/compute-progress";
import { getPlanProgress } from "@/lib/dashboard/plan-progress";
import { saveReport } from "@/lib/reports/save-report";
import { transitionReport } from "@/lib/reports/transition-report";
import { createPlan, unitIdsByCode, writeApprovedReports } from "./helpers/progress-plans";
import { countingClient } from "./helpers/progress-queries";

const PERIOD = "2043-03";
const NOW = new Date("2043-04-03T09:00:00+08:00");
const context = () => ({ clientAddress: "127.0.0.1", requestId: randomUUID() });
const a = countingClient(inject("databaseUrl"));
const b = countingClient(inject("databaseUrl"));
let instanceB: typeof import("@/lib/dashboard/plan-progress");
let computeB: typeof import("@/lib/dashboard/compute-progress");
let pointId: number;
let indicatorId: number;
let lichengValueId: number;

const progressA = () => a.counting(() => getPlanProgress(a.client, 2043, PERIOD, NOW));
const indicatorOf = (progress: Awaited<ReturnType<typeof getPlanProgress>>) => progress!.points[0].indicators[0];
const as = async (username: string) =>
  viewerOfUser(await b.client.user.findUniqueOrThrow({ where: { username }, include: { unit: true } }));

beforeAll(async () => {
  const plan = await createPlan(a.client, 2043, [
    [
      {
        leadUnit: "yanglao",
        indicators: [{ name: "新建测试站点", kind: "SUM", target: 20, quotas: { licheng: 10, hanjiang: 10 } }],
      },
    ],
  ]);
  [
    {
      id: pointId,
      indicators: [{ id: indicatorId }],
    },
  ] = plan.points;
  const [reportId] = await writeApprovedReports(a.client, [
    {
      unitId: (await unitIdsByCode(a.client)).get("licheng")!,
      pointId,
      period: PERIOD,
      values: [{ indicatorId, value: 4 }],
    },
  ]);
  lichengValueId = (await a.client.reportValue.findFirstOrThrow({ where: { reportId } })).id;
  vi.resetModules();
  instanceB = await import("@/lib/dashboard/plan-progress");
  computeB = await import("@/lib/dashboard/compute-progress");
});
afterEach(() => {
  vi.restoreAllMocks();
});
afterAll(async () => {
  await a.client.$disconnect();
  await b.client.$disconnect();
});

describe("the progress cache shared by portal instances", () => {
  it("lets a second instance read the first one's numbers from the shared table instead of computing them", async () => {
    const first = await progressA();
    expect(indicatorOf(first.result).achieved).toBe(4);
    expect(first.statements.some((sql) => sql.includes(`INSERT INTO "ProgressCache"`))).toBe(true);
    const compute = vi.spyOn(computeB, "computePlanProgress");
    const other = await b.counting(() => instanceB.getPlanProgress(b.client, 2043, PERIOD, NOW));
    expect(other.result).toEqual(first.result);
    expect(other.statements).toHaveLength(2); // the data version, then the shared table
    expect(compute).not.toHaveBeenCalled();
  });

  it("answers repeated calls with nothing changed from memory: the same object, one statement, no computation", async () => {
    const before = (await progressA()).result;
    const compute = vi.spyOn(computeModule, "computePlanProgress");
    const again = await progressA();
    expect(again.result).toBe(before);
    expect(again.statements).toHaveLength(1);
    expect(compute).not.toHaveBeenCalled();
  });

  it("shows a county's report approved through instance B in instance A's next numbers; its draft save already moved the version", async () => {
    const before = (await progressA()).result!;
    const draft = await saveReport(
      b.client,
      await as("hanjiang-reporter"),
      context(),
      {
        pointId,
        period: PERIOD,
        expectedVersion: null,
        narrative: { progress: "已建成", problems: "", nextSteps: "" },
        values: [{ indicatorId, value: 5, explanation: "" }],
      },
      NOW,
    );
    const afterDraft = (await progressA()).result!;
    expect(BigInt(afterDraft.dataVersion)).toBeGreaterThan(BigInt(before.dataVersion));
    expect(indicatorOf(afterDraft).achieved).toBe(4); // a draft is not progress
    const sent = await transitionReport(b.client, await as("hanjiang-reporter"), context(), {
      reportId: draft.reportId,
      step: "sendForSignoff",
      expectedVersion: draft.version,
      reason: "",
    });
    const signed = await transitionReport(b.client, await as("hanjiang-approver"), context(), {
      reportId: draft.reportId,
      step: "sign",
      expectedVersion: sent.version,
      reason: "",
    });
    await transitionReport(b.client, await as("dept-yanglao"), context(), {
      reportId: draft.reportId,
      step: "approve",
      expectedVersion: signed.version,
      reason: "",
    });
    const afterApproval = (await progressA()).result!;
    expect(BigInt(afterApproval.dataVersion)).toBeGreaterThan(BigInt(afterDraft.dataVersion));
    expect(indicatorOf(afterApproval).achieved).toBe(9);
    expect(indicatorOf(afterApproval).units.map((unit) => [unit.unitCode, unit.achieved])).toEqual([
      ["licheng", 4],
      ["hanjiang", 5],
    ]);
    expect([afterApproval.approvedReports, afterApproval.pendingReports]).toEqual([
      afterDraft.approvedReports + 1,
      afterDraft.pendingReports - 1,
    ]);
  });

  it("shows a corrected value and a changed target made through instance B", async () => {
    await b.client.reportValue.update({ where: { id: lichengValueId }, data: { value: 7 } });
    expect(indicatorOf((await progressA()).result).achieved).toBe(12);
    await b.client.indicator.update({ where: { id: indicatorId }, data: { target: 24 } });
    expect(indicatorOf((await progressA()).result).completion).toBeCloseTo(12 / 24, 9);
    expect(indicatorOf(await instanceB.getPlanProgress(b.client, 2043, PERIOD, NOW)).completion).toBeCloseTo(
      12 / 24,
      9,
    );
  });

  it("answers twenty simultaneous requests after a change with one computation, and every one of them", async () => {
    await b.client.reportValue.update({ where: { id: lichengValueId }, data: { value: 8 } });
    const compute = vi.spyOn(computeModule, "computePlanProgress");
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, () => getPlanProgress(a.client, 2043, PERIOD, NOW)),
    );
    expect(results.filter((result) => result.status === "rejected")).toEqual([]);
    const values = results.map(
      (result) => (result as PromiseFulfilledResult<Awaited<ReturnType<typeof getPlanProgress>>>).value,
    );
    expect(new Set(values).size).toBe(1);
    expect(indicatorOf(values[0]).achieved).toBe(13);
    expect(compute).toHaveBeenCalledTimes(1);
    await b.client.reportValue.update({ where: { id: lichengValueId }, data: { value: 7 } });
  });

  it("keeps the version and the cached numbers when a transaction in instance B rolls back", async () => {
    const before = (await progressA()).result!;
    await expect(
      b.client.$transaction(async (tx) => {
        await tx.reportValue.update({ where: { id: lichengValueId }, data: { value: 1000 } });
        throw new Error("核对失败,撤销");
      }),
    ).rejects.toThrow("核对失败,撤销");
    const after = await progressA();
    expect(after.result).toBe(before);
    expect(after.statements).toHaveLength(1);
    expect(indicatorOf(after.result).achieved).not.toBe(1000);
  });
});
