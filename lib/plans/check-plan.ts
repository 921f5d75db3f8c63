import { normalizeWidth } from "./plan-text";
import type { IndicatorData, PlanData } from "./plan-data";

/**
 * What must hold before a confirmed plan is saved: it is still the document's plan (every point's
 * text is in the document, every target's words are in its point) and nothing is named twice.
 * Returns the problems in Chinese; empty means it may be saved.
 */
export function findPlanProblems(plan: PlanData, sourceText: string): string[] {
  const problems: string[] = [];
  const source = normalizeWidth(sourceText);
  const seenPoints = new Set<number>();
  const seenSections = new Set<number>();
  for (const section of plan.sections) {
    if (seenSections.has(section.no)) problems.push(`第${section.no}部分重复出现。`);
    seenSections.add(section.no);
    for (const point of section.points) {
      if (seenPoints.has(point.no)) problems.push(`第${point.no}条重复出现。`);
      seenPoints.add(point.no);
      if (!source.includes(normalizeWidth(point.text)))
        problems.push(`第${point.no}条的原文在文件中找不到,要点原文不能修改。`);
      const names = new Set<string>();
      for (const indicator of point.indicators) {
        if (names.has(indicator.name)) problems.push(`第${point.no}条有两个同名指标「${indicator.name}」。`);
        names.add(indicator.name);
        if (!normalizeWidth(point.text).includes(normalizeWidth(indicator.sourceText))) {
          problems.push(
            `第${point.no}条指标「${indicator.name}」的原文依据「${indicator.sourceText}」不在该条原文中。`,
          );
        }
        problems.push(
          ...measurementProblems(indicator, plan.year).map(
            (problem) => `第${point.no}条指标「${indicator.name}」${problem}`,
          ),
        );
      }
    }
  }
  return problems;
}

/** What the review's measurement choices must satisfy, as the plan pages will read them. */
function measurementProblems(indicator: IndicatorData, year: number): string[] {
  const problems: string[] = [];
  if (indicator.rule === "BY_DATE" && !indicator.dueOn) problems.push("选择了限期完成,请填写完成时限。");
  if (indicator.rule === "BY_DATE" && indicator.dueOn && !indicator.dueOn.startsWith(`${year}-`))
    problems.push(`的完成时限 ${indicator.dueOn} 不在${year}年内。`);
  if (indicator.kind === "MILESTONE" && indicator.quotaMode !== "NONE")
    problems.push("是节点,由牵头单位填报,分解方式应为“不分解”。");
  if (indicator.wholeNumbers && indicator.kind === "SUM" && !Number.isInteger(indicator.target))
    problems.push(`统计的是整数,目标值 ${indicator.target} 应为整数。`);
  return problems;
}
