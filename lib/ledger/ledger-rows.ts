// The 督办台账's rows, pure: per point, per responsible unit, one line per indicator the unit reports
// (a qualitative point: one line, its lead department's). Figures are the dashboard's own
// (PlanProgress, from the approved values); the words are the unit's report of the month.
import type { IndicatorProgress, PlanProgress, PointProgress, UnitProgress } from "@/lib/dashboard/progress-types";
import { hasNoQuota } from "@/lib/dashboard/status-labels";
import { type LedgerNarrative, NOT_REACHED, narrativeKey } from "./narrative-of";
import type { LedgerQuery } from "./ledger-query";

/** One indicator of one unit; both null on a qualitative point's line. */
export type LedgerLine = { indicator: IndicatorProgress | null; unit: UnitProgress | null };
export type LedgerGroup = { unitCode: string; unitName: string; narrative: LedgerNarrative; lines: LedgerLine[] };
export type LedgerPoint = { point: PointProgress; text: string; groups: LedgerGroup[] };

type Sources = { narratives: Map<string, LedgerNarrative>; pointTexts: Map<number, string> };

/** The units that report on the point, in the order its indicators name them, each with its lines. */
function groupsOf(point: PointProgress, { narratives }: Sources): LedgerGroup[] {
  const narrativeFor = (code: string) => narratives.get(narrativeKey(code, point.id)) ?? NOT_REACHED;
  if (point.indicators.length === 0)
    return [
      {
        unitCode: point.leadUnitCode,
        unitName: point.leadUnit,
        narrative: narrativeFor(point.leadUnitCode),
        lines: [{ indicator: null, unit: null }],
      },
    ];
  const groups = new Map<string, LedgerGroup>();
  for (const indicator of point.indicators)
    for (const unit of indicator.units) {
      const group = groups.get(unit.unitCode) ?? {
        unitCode: unit.unitCode,
        unitName: unit.unit,
        narrative: narrativeFor(unit.unitCode),
        lines: [],
      };
      group.lines.push({ indicator, unit });
      groups.set(unit.unitCode, group);
    }
  return [...groups.values()];
}

// A quota of 0 has no status at all: it is in none of them (暂无已审核数据 included).
const matchesStatus = ({ unit }: LedgerLine, status: LedgerQuery["status"]) =>
  status === null || (unit !== null && !hasNoQuota(unit) && (unit.status ?? "NONE") === status);

/**
 * The section's points; of a unit, the points it leads (all their rows) and its own rows elsewhere;
 * of a status, the lines in it (a qualitative point has none). Points left with no line drop out.
 */
export function buildLedger(progress: PlanProgress, query: LedgerQuery, sources: Sources): LedgerPoint[] {
  return progress.points
    .filter((point) => query.section === null || point.sectionNo === query.section)
    .map((point) => {
      const leads = query.unit !== null && point.leadUnitCode === query.unit;
      const groups = groupsOf(point, sources)
        .filter((group) => query.unit === null || leads || group.unitCode === query.unit)
        .map((group) => ({ ...group, lines: group.lines.filter((line) => matchesStatus(line, query.status)) }))
        .filter((group) => group.lines.length > 0);
      return { point, text: sources.pointTexts.get(point.id) ?? point.title, groups };
    })
    .filter((entry) => entry.groups.length > 0);
}

/** The units the ledger can be filtered by: the counties, then the departments leading points. */
export function ledgerUnits(progress: PlanProgress): { code: string; name: string }[] {
  const departments = new Map(progress.points.map((point) => [point.leadUnitCode, point.leadUnit]));
  return [
    ...progress.counties.map((county) => ({ code: county.code, name: county.name })),
    ...[...departments].map(([code, name]) => ({ code, name })),
  ];
}

export const lineCount = (ledger: LedgerPoint[]) =>
  ledger.reduce((total, entry) => total + entry.groups.reduce((sum, group) => sum + group.lines.length, 0), 0);
