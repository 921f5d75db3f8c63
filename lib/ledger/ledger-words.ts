// How the ledger words its filters, targets and figures: each row keeps its indicator's own unit.
import type { IndicatorProgress, PlanProgress, UnitProgress } from "@/lib/dashboard/progress-types";
import { STATUS_LABELS } from "@/lib/dashboard/status-labels";
import { formatNumber } from "@/lib/format";
import { formatPeriod } from "@/lib/time/format";
import type { LedgerQuery, LedgerStatus } from "./ledger-query";
import { ledgerUnits } from "./ledger-rows";

export const LEDGER_STATUS_LABELS: Record<LedgerStatus, string> = { ...STATUS_LABELS, NONE: "暂无已审核数据" };

/** 分项 三、… · 单位 荔城区 · 状态 滞后, or 全部 when nothing is filtered. */
export function describeLedgerFilters(progress: PlanProgress, query: LedgerQuery): string {
  const parts: string[] = [];
  if (query.section !== null) {
    const section = progress.sections.find((candidate) => candidate.no === query.section);
    parts.push(`分项 ${section ? `${section.no}. ${section.title}` : query.section}`);
  }
  if (query.unit !== null)
    parts.push(`单位 ${ledgerUnits(progress).find((unit) => unit.code === query.unit)?.name ?? query.unit}`);
  if (query.status !== null) parts.push(`状态 ${LEDGER_STATUS_LABELS[query.status]}`);
  return parts.length ? parts.join(" · ") : "全部";
}

export const ledgerTitle = (progress: PlanProgress, query: LedgerQuery) =>
  `${progress.year}年全市民政工作要点督办台账 · ${formatPeriod(progress.period)} · 筛选:${describeLedgerFilters(progress, query)}`;

// Quoted for an Excel number format: the unit's words are literal text after the number.
const literal = (unit: string) => (unit ? `"${unit.replaceAll('"', "")}"` : "");

/** The number format that shows a value in the indicator's unit: 1,234个, 2.50亿元, 45.3%. */
export function valueFormat(indicator: IndicatorProgress, value: number): string {
  if (indicator.kind === "RATE") return `0.0${literal("%")}`;
  const digits = indicator.wholeNumbers || Number.isInteger(value) ? "#,##0" : "#,##0.00";
  return `${digits}${literal(indicator.unit)}`;
}

/** 新建长者之家:不少于 6个 (this unit's quota); a milestone is due by its date. */
export function targetWords(indicator: IndicatorProgress, unit: UnitProgress): string {
  if (indicator.kind === "MILESTONE")
    return `${indicator.name}:按期完成${indicator.dueOn ? `(${indicator.dueOn} 前)` : ""}`;
  const amount = `${formatNumber(unit.quota)}${indicator.kind === "RATE" ? "%" : indicator.unit}`;
  const words = indicator.quotaMode === "MINIMUM" ? "不少于" : indicator.direction === "AT_MOST" ? "不超过" : "";
  return `${indicator.name}:${words}${words ? " " : ""}${amount}`;
}

/** A milestone is done or not; every other value is a number in its unit. */
export const milestoneWords = (achieved: number) => (achieved >= 1 ? "已完成" : "未完成");
