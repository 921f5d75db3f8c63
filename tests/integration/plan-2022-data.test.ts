import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { getPrisma } from "@/lib/db";
import { ALL_UNITS } from "@/lib/org/units";
import { build2022Plan } from "@/lib/plans/build-2022-plan";
import { exportPlan } from "@/lib/plans/export-plan";
import { seedDatabase, PLAN_2022_SOURCE } from "@/lib/seed/seed-database";

const planData = build2022Plan(readFileSync(PLAN_2022_SOURCE, "utf8"));
const unitName = new Map(ALL_UNITS.map((unit) => [unit.code, unit.name]));

describe("the 2022 plan in the database", () => {
  it("exports exactly what the document and the reviewed decisions say", async () => {
    const exported = await exportPlan(2022);
    expect(exported).toEqual({
      year: 2022,
      title: "2022年全市民政工作要点",
      docNumber: "莆民〔2022〕11号",
      issuedAt: "2022-02-15",
      sections: planData.sections.map((section) => ({
        no: section.no,
        title: section.title,
        points: section.points.map((point) => ({
          no: point.no,
          title: point.title,
          text: point.text,
          leadUnit: unitName.get(point.leadUnitCode),
          indicators: point.indicators.map((indicator) => ({
            name: indicator.name,
            unit: indicator.unit,
            target: indicator.target,
            direction: indicator.direction,
            kind: indicator.kind,
            quotas: indicator.quotas.map((quota) => ({ unit: unitName.get(quota.unitCode), target: quota.target })),
          })),
        })),
      })),
    });
  });

  it("has county quotas adding up to the city target for every split SUM indicator, summed by PostgreSQL", async () => {
    const rows = await getPrisma().$queryRaw<{ name: string; target: string; total: string; counties: bigint }[]>`
      SELECT i.name, i.target::text, sum(q.target)::text AS total, count(*) AS counties
      FROM "Indicator" i JOIN "Quota" q ON q."indicatorId" = i.id
      JOIN "WorkPoint" p ON p.id = i."pointId" JOIN "Plan" plan ON plan.id = p."planId"
      WHERE i."quotaMode" = 'SPLIT' AND plan.year = 2022 GROUP BY i.id ORDER BY i.id`;
    expect(rows).toHaveLength(13);
    for (const row of rows) {
      expect(row.total, row.name).toBe(row.target);
      expect(row.counties).toBe(7n);
    }
  });

  it("seeding again on every start changes nothing", async () => {
    const in2022 = { plan: { year: 2022 } };
    const count = async () => ({
      plans: await getPrisma().plan.count(),
      points: await getPrisma().workPoint.count({ where: in2022 }),
      indicators: await getPrisma().indicator.count({ where: { point: in2022 } }),
      quotas: await getPrisma().quota.count({ where: { indicator: { point: in2022 } } }),
      units: await getPrisma().unit.count(),
    });
    const before = await count();
    await seedDatabase(getPrisma(), "demo");
    expect(await count()).toEqual(before);
    expect(before).toMatchObject({ points: 43, indicators: 20, units: 19 });
  });
});
