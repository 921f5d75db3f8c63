// How an indicator is measured, proposed from the words that set it; the supervisor confirms or
// changes it at import and on the indicator's page. "确保…达100%" is a level to hold all year,
// "管护好…28个已完成修缮的" a level reached before the year began, "6月底前" a date, "每个县区…
// 不少于2家" a minimum for every county; everything else grows linearly through the year, and a
// counted thing being built (新建, 新增…) grows even in a sentence that says 持续.
import { lastDayOfMonth } from "@/lib/time/days";
import type { AggregationKind, ProgressRule, QuotaMode } from "./plan-data";

export type Measurement = {
  wholeNumbers: boolean;
  quotaMode: QuotaMode;
  rule: ProgressRule;
  dueOn: string | null;
  /** The target was already reached when the year began ("已完成修缮的28个"): the baseline is the target. */
  baselineIsTarget: boolean;
};

/** Units that count whole things. 人/万人 is a ratio and 万元 an amount, not counts. */
const COUNT_UNITS = new Set([
  "个",
  "张",
  "户",
  "家",
  "人",
  "名",
  "所",
  "座",
  "处",
  "项",
  "条",
  "次",
  "场",
  "间",
  "台",
  "辆",
  "套",
  "件",
  "册",
  "本",
  "支",
  "只",
  "位",
  "床",
  "人次",
  "户次",
]);

export const isCountUnit = (unit: string) => COUNT_UNITS.has(unit.trim());

/** Reached before the year began, and to be kept: a level whose baseline is the target. */
const ALREADY_DONE = /已完成|已建成|管护/;
/** Counted things being built or added grow through the year, whatever else the sentence says ("持续推进…新建"). */
const GROWTH_WORDS = /新建|新增|建成|建设|改造|培育|引进|解决|销售/;
/** A rate or share to reach and hold all year: "确保…达100%", "按照不低于3%的比例". */
const HOLD_WORDS = /确保|保持|稳定在|持续|维持/;
const SHARE_WORDS = /按照?[^，,。；;]*比例/;
const EVERY_COUNTY = /(每个|各)(县区|县\(区|县（区)/;
const CHINESE_MONTHS = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"];
const BY_MONTH = /(\d{1,2}|十[一二]?|[一二三四五六七八九])月(?:底|末)?(?:之)?前/;

function monthOf(text: string): number | null {
  const match = BY_MONTH.exec(text);
  if (!match) return null;
  const month = /\d/.test(match[1]) ? Number(match[1]) : CHINESE_MONTHS.indexOf(match[1]) + 1;
  return month >= 1 && month <= 12 ? month : null;
}

function ruleOf(words: string, kind: AggregationKind, dueMonth: number | null): ProgressRule {
  if (kind === "MILESTONE" || dueMonth !== null) return "BY_DATE";
  if (ALREADY_DONE.test(words)) return "LEVEL";
  if (kind === "SUM" && GROWTH_WORDS.test(words)) return "LINEAR";
  return HOLD_WORDS.test(words) || SHARE_WORDS.test(words) ? "LEVEL" : "LINEAR";
}

export function proposeMeasurement(words: string, unit: string, kind: AggregationKind, year: number): Measurement {
  const dueMonth = monthOf(words);
  const rule = ruleOf(words, kind, dueMonth);
  const wholeNumbers = kind === "SUM" && isCountUnit(unit);
  const quotaMode: QuotaMode =
    EVERY_COUNTY.test(words) && /不少于|不低于|至少/.test(words) ? "MINIMUM" : kind === "SUM" ? "SPLIT" : "NONE";
  return {
    wholeNumbers,
    quotaMode,
    rule,
    dueOn: rule === "BY_DATE" ? lastDayOfMonth(year, dueMonth ?? 12) : null,
    baselineIsTarget: rule === "LEVEL" && ALREADY_DONE.test(words),
  };
}
