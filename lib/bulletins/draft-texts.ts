// The 通报's text as the portal drafts it from the figures, in plain official Chinese. The
// supervisor edits it; what is not edited follows the figures of the day until it is issued.
import { formatPercent, STATUS_LABELS } from "@/lib/dashboard/status-labels";
import { formatPeriod } from "@/lib/time/format";
import { pickPraisedNames, listNames } from "./name-lists";
import { rulesText } from "./bulletin-rules";
import { tableNumbers } from "./document-blocks";
import type { BulletinFigures } from "./figures-types";
import type { BulletinTexts } from "./text-parts";

const ADDRESSEE = "各县(区)民政局,北岸经济开发区、湄洲岛国家旅游度假区管委会社会事务局,局机关各科室、直属各单位:";

export function draftTexts(figures: BulletinFigures): BulletinTexts {
  const month = formatPeriod(figures.period);
  const rules = rulesText(figures.rules);
  return {
    addressee: ADDRESSEE,
    opening:
      `为推动《${figures.planTitle}》各项任务落地见效,市局对各单位${month}工作要点推进情况进行了汇总分析。` +
      "现将有关情况通报如下:",
    overview: overviewText(figures),
    behind: behindText(figures),
    supervision: supervisionText(figures),
    praise:
      figures.praised.length > 0
        ? `根据${rules.praise}的规则,对${pickPraisedNames(figures.praised)}予以通报表扬。希望受表扬的单位再接再厉,保持良好势头。`
        : `根据${rules.praise}的规则,本月没有符合表扬条件的县区。`,
    criticism:
      figures.criticised.length > 0
        ? `根据${rules.criticism}的规则,对以下单位予以通报批评:${figures.criticised
            .map((unit) => `${unit.name}(${unit.reasons.join(";")})`)
            .join(";")}。请被通报单位认真查找原因,限期整改,并将整改情况报市局办公室。`
        : `根据${rules.criticism}的规则,本月没有被通报批评的单位。`,
    corrections: figures.corrections
      .map(
        (correction) =>
          `${formatPeriod(correction.period)}通报(${correction.number})印发后,有关数据经审核更正:${correction.items.join(";")}。特此更正。`,
      )
      .join("\n"),
    requirements: [
      "各单位要对照年度目标和序时进度,逐项梳理滞后任务,明确整改措施和完成时限,确保按期完成全年目标任务。",
      "要严格落实月报制度,于每月5日前如实报送上月进展,做到数据准确、佐证齐全,不得迟报、漏报。",
      "对收到督查单的单位,要在规定时限内反馈整改情况;逾期未反馈或整改不力的,市局将升级督办。",
    ].join("\n"),
  };
}

function overviewText(figures: BulletinFigures): string {
  const month = formatPeriod(figures.period);
  const { plan, statusCounts } = figures;
  const measured = statusCounts.AHEAD + statusCounts.ON_TRACK + statusCounts.BEHIND + statusCounts.SERIOUSLY_BEHIND;
  const standing = plan.status === null ? "" : `,总体${STATUS_LABELS[plan.status]}`;
  const ranked = figures.counties.filter((county) => county.rank !== null);
  const first = ranked.filter((county) => county.rank === 1).map((county) => county.name);
  return (
    `截至${month}底,全市工作要点总体完成率为${formatPercent(plan.completion)},序时进度为${formatPercent(plan.expected)}${standing}。` +
    `已有审核数据的${measured}项指标中,超前${statusCounts.AHEAD}项、正常${statusCounts.ON_TRACK}项、` +
    `滞后${statusCounts.BEHIND}项、严重滞后${statusCounts.SERIOUSLY_BEHIND}项` +
    (statusCounts.NONE > 0 ? `,另有${statusCounts.NONE}项尚无审核数据。` : "。") +
    (first.length > 0 ? `各县区中,${listNames(first)}完成率居首。各县区排名见表1。` : "")
  );
}

function behindText(figures: BulletinFigures): string {
  if (figures.behind.length === 0) return "本月没有滞后于序时进度的指标。";
  const worst = figures.behind[0];
  return (
    `全市有${figures.statusCounts.BEHIND + figures.statusCounts.SERIOUSLY_BEHIND}项指标滞后于序时进度,` +
    `其中落后最多的是“${worst.name}”(牵头单位:${worst.leadUnit}),完成率${formatPercent(worst.completion)},` +
    `序时进度${formatPercent(worst.expected)}。落后较多的指标见表${tableNumbers(figures).behind},请牵头单位加强统筹调度,加快推进。`
  );
}

function supervisionText(figures: BulletinFigures): string {
  const { issued, closed, issuedTo } = figures.notices;
  const month = formatPeriod(figures.period);
  if (issued.yellow + issued.red === 0 && closed.yellow + closed.red === 0) return `${month},市局未下发督查单。`;
  const units = issuedTo.map((unit) => unit.name);
  return (
    `${month},市局共下发督查单${issued.yellow + issued.red}份(红色${issued.red}份、黄色${issued.yellow}份)` +
    (units.length > 0 ? `,涉及${listNames(units)}` : "") +
    `;当月整改到位、予以销号的督查单${closed.yellow + closed.red}份(红色${closed.red}份、黄色${closed.yellow}份)。`
  );
}
