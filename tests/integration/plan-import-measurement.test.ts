// The import's review step: what the supervisor changed of the proposed measurements is what the
// draft plan keeps. Through the confirm action, as the browser calls it, for the test's own year.
import { readFileSync } from "node:fs";
import { describe, expect, it, vi } from "vitest";
import { getPrisma } from "@/lib/db";
import { confirmPlanImportAction, proposePlanImportAction } from "@/lib/plans/actions";
import type { PlanData } from "@/lib/plans/plan-data";
import { signInAs } from "./helpers/attachment-requests";

vi.mock("next/headers", async () => (await import("./helpers/fake-next-headers")).fakeNextHeaders);

const DOCUMENT = readFileSync(new URL("../e2e/fixtures/plan-2023.txt", import.meta.url), "utf8").replaceAll(
  "2023",
  "2061",
);

describe("importing a plan whose measurements were changed in review", () => {
  it("saves the rules, due date, whole numbers, quota modes and point kinds as reviewed, as a draft", async () => {
    await signInAs("supervisor");
    const proposed = await proposePlanImportAction({ sourceText: DOCUMENT });
    if (!proposed.ok) throw new Error(proposed.message);
    const plan: PlanData = structuredClone(proposed.data.plan);
    const [point1, point2, point3] = plan.sections.flatMap((section) => section.points);
    // As proposed from the words: counted things growing through the year, split across the counties.
    expect(point1.indicators[0]).toMatchObject({
      name: "新建长者食堂",
      rule: "LINEAR",
      wholeNumbers: true,
      quotaMode: "SPLIT",
    });
    expect(point3.kind).toBe("QUALITATIVE");

    Object.assign(point1.indicators[0], { rule: "BY_DATE", dueOn: "2061-09-30", quotaMode: "MINIMUM" });
    Object.assign(point2.indicators[0], { rule: "LEVEL", wholeNumbers: false, quotaMode: "NONE" });
    point1.indicators = [point1.indicators[0]];
    point2.kind = "QUALITATIVE";
    const confirmed = await confirmPlanImportAction({ plan, sourceText: DOCUMENT });
    expect(confirmed).toEqual({ ok: true, data: { year: 2061 } });

    const saved = await getPrisma().plan.findUniqueOrThrow({
      where: { year: 2061 },
      select: {
        status: true,
        points: {
          orderBy: { no: "asc" },
          select: {
            no: true,
            kind: true,
            indicators: {
              select: {
                rule: true,
                dueOn: true,
                wholeNumbers: true,
                quotaMode: true,
                _count: { select: { quotas: true } },
              },
            },
          },
        },
      },
    });
    expect(saved.status).toBe("DRAFT");
    expect(saved.points.map((point) => point.kind)).toEqual(["QUANTITATIVE", "QUALITATIVE", "QUALITATIVE"]);
    expect(saved.points[0].indicators).toEqual([
      // 各县区不少于: every county's quota is the target, written at import.
      {
        rule: "BY_DATE",
        dueOn: new Date("2061-09-30T00:00:00Z"),
        wholeNumbers: true,
        quotaMode: "MINIMUM",
        _count: { quotas: 7 },
      },
    ]);
    expect(saved.points[1].indicators).toEqual([
      { rule: "LEVEL", dueOn: null, wholeNumbers: false, quotaMode: "NONE", _count: { quotas: 0 } },
    ]);
  });

  it("warns in the proposal that the year already has a plan, and refuses a due date outside the year", async () => {
    await signInAs("supervisor");
    const proposed = await proposePlanImportAction({ sourceText: DOCUMENT });
    if (!proposed.ok) throw new Error(proposed.message);
    expect(proposed.data.warnings).toContain("2061年的工作要点已在平台中,确认导入将被拒绝;请核对年度。");
    const plan: PlanData = structuredClone(proposed.data.plan);
    plan.year = 2062;
    Object.assign(plan.sections[0].points[0].indicators[0], { rule: "BY_DATE", dueOn: "2061-09-30" });
    const refused = await confirmPlanImportAction({ plan, sourceText: DOCUMENT });
    expect(refused).toMatchObject({
      ok: false,
      message: expect.stringContaining("的完成时限 2061-09-30 不在2062年内"),
    });
    expect(await getPrisma().plan.count({ where: { year: 2062 } })).toBe(0);
  });
});
