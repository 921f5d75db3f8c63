// What a correction approved after a 通报 was issued changed: the issued figures stay as they were,
// and the next month's draft says what the approved data now shows. Compared as printed (to 0.1%),
// so rounding noise is never a correction. Pure.
import { formatPercent } from "@/lib/dashboard/status-labels";
import { bulletinNumberText } from "./text-parts";
import type { BulletinCorrection, BulletinFigures } from "./figures-types";

type Issued = { period: string; year: number; number: number | null };

export function noteCorrections(
  bulletin: Issued,
  frozen: BulletinFigures,
  today: BulletinFigures,
): BulletinCorrection | null {
  const items: string[] = [];
  const change = (label: string, before: number | null, after: number | null) => {
    const [was, now] = [formatPercent(before), formatPercent(after)];
    if (was !== now) items.push(`${label}由${was}更正为${now}`);
  };
  change("全市总体完成率", frozen.plan.completion, today.plan.completion);
  for (const county of frozen.counties) {
    const current = today.counties.find((row) => row.code === county.code);
    if (current) change(`${county.name}完成率`, county.completion, current.completion);
  }
  if (items.length === 0) return null;
  return {
    period: bulletin.period,
    number: bulletin.number === null ? "" : bulletinNumberText(bulletin.year, bulletin.number),
    items,
  };
}
