import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { PlanData } from "@/lib/plans/plan-data";
import { planDataSchema, planDocumentSchema } from "@/lib/plans/schemas";

function validPlan(): PlanData {
  return {
    year: 2022,
    title: "2022年全市民政工作要点",
    docNumber: "莆民〔2022〕11号",
    issuer: "莆田市民政局",
    issuedAt: "2022-02-15",
    sections: [
      {
        no: 3,
        title: "聚焦短板弱项提升养老服务供给",
        points: [
          {
            no: 11,
            title: "新建长者之家",
            text: "新建长者之家30个、长者食堂25个。",
            leadUnitCode: "yanglao",
            supportingUnitCodes: [],
            kind: "QUANTITATIVE",
            indicators: [
              {
                name: "新建长者之家",
                unit: "个",
                target: 30,
                direction: "AT_LEAST",
                kind: "SUM",
                sourceText: "新建长者之家30个",
                wholeNumbers: true,
                quotaMode: "SPLIT",
                rule: "LINEAR",
                dueOn: null,
                baselines: [],
                quotas: [{ unitCode: "licheng", target: 6, isDemo: true }],
              },
            ],
          },
        ],
      },
    ],
  };
}

/** The messages the schema gives for a plan, keyed by where they point. */
function messagesFor(plan: unknown): Record<string, string[]> {
  const result = planDataSchema.safeParse(plan);
  if (result.success) return {};
  const messages: Record<string, string[]> = {};
  for (const issue of result.error.issues) (messages[issue.path.join(".")] ??= []).push(issue.message);
  return messages;
}

const targetPath = "sections.0.points.0.indicators.0.target";

describe("planDataSchema", () => {
  it("accepts a complete plan", () => {
    const result = planDataSchema.safeParse(validPlan());
    expect(result.success).toBe(true);
    expect(result.data).toEqual(validPlan());
  });

  it("refuses a negative target", () => {
    const plan = validPlan();
    plan.sections[0].points[0].indicators[0].target = -5;
    expect(messagesFor(plan)).toEqual({ [targetPath]: ["目标值不能为负数"] });
  });

  it("refuses an infinite target as not a number", () => {
    const plan = validPlan();
    plan.sections[0].points[0].indicators[0].target = Infinity;
    expect(messagesFor(plan)).toEqual({ [targetPath]: ["目标值须为数字"] });
  });

  it("refuses a target given as text", () => {
    const plan = validPlan() as unknown as { sections: { points: { indicators: { target: unknown }[] }[] }[] };
    plan.sections[0].points[0].indicators[0].target = "30";
    expect(messagesFor(plan)).toEqual({ [targetPath]: ["目标值须为数字"] });
  });

  it("refuses a plan without sections", () => {
    expect(messagesFor({ ...validPlan(), sections: [] })).toEqual({ sections: ["至少需要一个部分"] });
  });

  it("refuses a date that does not exist", () => {
    expect(messagesFor({ ...validPlan(), issuedAt: "2022-13-40" })).toEqual({
      issuedAt: ["印发日期格式应为 2022-02-15"],
    });
    expect(messagesFor({ ...validPlan(), issuedAt: "2022年2月15日" })).toEqual({
      issuedAt: ["印发日期格式应为 2022-02-15"],
    });
  });

  it("refuses an empty or blank title", () => {
    expect(messagesFor({ ...validPlan(), title: "" })).toEqual({ title: ["文件标题不能为空"] });
    expect(messagesFor({ ...validPlan(), title: "   " })).toEqual({ title: ["文件标题不能为空"] });
  });

  it("refuses a year outside 2000–2100", () => {
    expect(messagesFor({ ...validPlan(), year: 1999 })).toEqual({ year: ["年度须在2000至2100之间"] });
  });
});

describe("planDocumentSchema", () => {
  it("accepts the text of a work-plan document", () => {
    const seed = readFileSync(new URL("../../prisma/seed/plan-2022.txt", import.meta.url), "utf8");
    expect(planDocumentSchema.safeParse({ sourceText: seed }).success).toBe(true);
  });

  it("asks for the full text when given a few words or blanks", () => {
    for (const sourceText of ["", "   \n  ", "2022年民政工作要点"]) {
      const result = planDocumentSchema.safeParse({ sourceText });
      expect(result.success).toBe(false);
      expect(result.error?.issues.map((i) => i.message)).toEqual(["请粘贴或上传工作要点全文"]);
    }
  });
});
