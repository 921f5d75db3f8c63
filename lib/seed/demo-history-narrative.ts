// The words of the simulated demo reports: short, in the style the county bureaus write in.
import type { ProgressRule } from "@/lib/generated/prisma/enums";
import type { DutyIndicator } from "@/lib/reports/duties";
import type { Random } from "./demo-random";
import type { DemoValue } from "./demo-history-pace";

/** The rule decides the words: a level held is "管护…5个", a count growing through the year "累计完成…". */
type NarratedIndicator = DutyIndicator & { rule?: ProgressRule };

export type Narrative = { progress: string; problems: string; nextSteps: string };

const ACTIVITIES: ((random: Random) => string)[] = [
  (random) => `召开专题推进会${random.integer(1, 3)}次`,
  (random) => `开展督导检查${random.integer(2, 6)}次`,
  (random) => `走访服务对象${random.integer(20, 120)}户`,
  (random) => `组织业务培训${random.integer(1, 4)}场`,
  () => "印发工作方案并分解任务",
  (random) => {
    const found = random.integer(3, 9);
    return `梳理问题清单${found}项、已整改${random.integer(1, found)}项`;
  },
];

const PROBLEMS_BEHIND = [
  "部分项目用地和资金尚未落实,进度滞后于序时。",
  "基层经办力量不足,项目推进较慢。",
  "个别项目选址调整,开工时间推迟。",
];
const PROBLEMS_ANY = ["台账资料有待进一步规范。", "部分乡镇报送信息不够及时。", "资金拨付进度偏慢。"];
const NEXT_STEPS = [
  "加快在建项目进度,确保按期完成年度任务。",
  "加强督导调度,每周通报进展。",
  "完善台账资料,做好迎检准备。",
  "协调落实资金,推动项目尽快投入使用。",
];
const NEXT_STEPS_WITHOUT_TARGETS = [
  "持续抓好落实,按计划完成年度各项工作。",
  "加强统筹协调,及时总结推广经验做法。",
  "对照年度要点查漏补缺,确保工作落到实处。",
];

const number = (value: number) => String(Number(value.toFixed(2)));

function describeValue(indicator: NarratedIndicator, value: DemoValue): string | null {
  if (indicator.target <= 0) return null;
  if (indicator.kind === "SUM")
    return `${indicator.name}${indicator.rule === "LEVEL" ? "" : "累计完成"}${number(value.value ?? 0)}${indicator.unit}`;
  if (indicator.kind === "MILESTONE") return value.done ? `${indicator.name}已完成` : null;
  if (!value.denominator) return null;
  if (indicator.kind === "RATE")
    return `${indicator.name}达${((value.numerator! / value.denominator) * 100).toFixed(1)}%`;
  const perUnit = indicator.unit.split("/")[0];
  return `${indicator.name}${number(value.numerator! / value.denominator)}${perUnit}`;
}

export function narrativeFor(
  random: Random,
  pointTitle: string,
  indicators: NarratedIndicator[],
  values: DemoValue[],
  month: number,
  behind: boolean,
): Narrative {
  const parts = indicators
    .map((indicator, index) => describeValue(indicator, values[index]))
    .filter((part): part is string => part !== null);
  const first = random.integer(0, ACTIVITIES.length - 1);
  const second = (first + random.integer(1, ACTIVITIES.length - 1)) % ACTIVITIES.length;
  const progress = parts.length
    ? `截至${month}月底,${parts.join(",")}。`
    : `本月围绕“${pointTitle}”,${ACTIVITIES[first](random)}、${ACTIVITIES[second](random)},各项工作有序推进。`;
  const usual = behind ? random.pick(PROBLEMS_BEHIND) : random.chance(0.25) ? random.pick(PROBLEMS_ANY) : "";
  // A value below last month is explained where the reviewer reads the month's problems, too.
  const problems = [...values.map((value) => value.explanation).filter(Boolean), usual].filter(Boolean).join("");
  return { progress, problems, nextSteps: random.pick(parts.length ? NEXT_STEPS : NEXT_STEPS_WITHOUT_TARGETS) };
}
