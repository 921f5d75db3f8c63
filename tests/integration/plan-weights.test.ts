// Weights move the roll-up from indicators to points, sections and the plan (issue #5: "weights
// configurable"); bad input changes nothing. Plan 2045 is this file's own.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { getPrisma } from "@/lib/db";
import { viewerOfUser } from "@/lib/auth/viewer-of-user";
import { getPlanProgress } from "@/lib/dashboard/plan-progress";
import { planWeightsSchema, savePlanWeights } from "@/lib/plans/weights";
import { createPlan, unitIdsByCode, writeApprovedReports } from "./helpers/progress-plans";

const YEAR = 2045;
const NOW = new Date("2045-07-03T09:00:00+08:00");
const context = () => ({ clientAddress: "127.0.0.1", requestId: randomUUID() });
const supervisor = async () =>
  viewerOfUser(
    await getPrisma().user.findUniqueOrThrow({ where: { username: "supervisor" }, include: { unit: true } }),
  );
const planCompletion = async () => (await getPlanProgress(getPrisma(), YEAR, `${YEAR}-06`, NOW))!.plan.completion;
let indicatorIds: number[] = [];

beforeAll(async () => {
  // Section 1 at 40% (4 of 10), section 2 at 80% (8 of 10), both counties' quotas of 5 each.
  const plan = await createPlan(getPrisma(), YEAR, [
    [
      {
        leadUnit: "yanglao",
        indicators: [{ name: "甲", kind: "SUM", target: 10, quotas: { licheng: 5, xianyou: 5 } }],
      },
    ],
    [{ leadUnit: "ertong", indicators: [{ name: "乙", kind: "SUM", target: 10, quotas: { licheng: 5, xianyou: 5 } }] }],
  ]);
  indicatorIds = plan.points.map((point) => point.indicators[0].id);
  const units = await unitIdsByCode(getPrisma());
  await writeApprovedReports(
    getPrisma(),
    plan.points.flatMap((point, index) =>
      ["licheng", "xianyou"].map((code) => ({
        unitId: units.get(code)!,
        pointId: point.id,
        period: `${YEAR}-06`,
        values: [{ indicatorId: point.indicators[0].id, value: index === 0 ? 2 : 4 }],
      })),
    ),
  );
});

const input = (first: number | string, second: number | string) =>
  planWeightsSchema.safeParse({
    year: YEAR,
    sections: [
      { no: 1, weight: first },
      { no: 2, weight: second },
    ],
    points: [
      { no: 1, weight: 1 },
      { no: 2, weight: 1 },
    ],
    indicators: indicatorIds.map((id) => ({ id, weight: 1 })),
  });

describe("completion weights", () => {
  it("weigh the sections into the plan's completion, on every dashboard at once, with an audit row", async () => {
    expect(await planCompletion()).toBeCloseTo(0.6, 9); // (0.4 + 0.8) / 2
    const parsed = input("３", 1);
    expect(parsed.success).toBe(true);
    expect(await savePlanWeights(getPrisma(), await supervisor(), context(), parsed.data!)).toEqual({ changed: 1 });
    expect(await planCompletion()).toBeCloseTo(0.5, 9); // (3 × 0.4 + 1 × 0.8) / 4
    const audit = await getPrisma().auditEvent.findFirstOrThrow({
      where: { action: "plan.weights", objectId: String(YEAR) },
      orderBy: { id: "desc" },
    });
    expect(audit).toMatchObject({ username: "supervisor", before: { 第1部分: 1 }, after: { 第1部分: 3 } });
    expect(await savePlanWeights(getPrisma(), await supervisor(), context(), parsed.data!)).toEqual({ changed: 0 });
  });

  it("refuses bad weights with a Chinese message and changes nothing", async () => {
    const before = await getPrisma().section.findMany({
      where: { plan: { year: YEAR } },
      orderBy: { no: "asc" },
      select: { weight: true },
    });
    for (const [first, second, message] of [
      ["-1", 1, "不能为负数"],
      ["abc", 1, "“abc”不是有效数字"],
      ["", 1, "请填写权重"],
      [120, 1, "权重不能超过 100"],
      [0, 0, "各部分的权重不能全部为 0"],
    ] as const) {
      const parsed = input(first, second);
      expect(parsed.success, String(first)).toBe(false);
      expect(parsed.error!.issues[0].message).toBe(message);
    }
    await expect(
      savePlanWeights(getPrisma(), await supervisor(), context(), {
        year: YEAR,
        sections: [
          { no: 1, weight: 2 },
          { no: 9, weight: 1 },
        ],
        points: [],
        indicators: [],
      }),
    ).rejects.toThrow("第9部分不存在。");
    expect(
      await getPrisma().section.findMany({
        where: { plan: { year: YEAR } },
        orderBy: { no: "asc" },
        select: { weight: true },
      }),
    ).toEqual(before);
  });
});
