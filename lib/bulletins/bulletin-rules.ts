// Who is praised and who criticised, and which indicators are most behind: rules stated in the
// 通报's own words, so a unit can see why it was named. Pure: unit tests cover them.
import type { PointProgress } from "@/lib/dashboard/progress-types";
import { formatPercent } from "@/lib/dashboard/status-labels";
import type { BulletinBehind, BulletinCounty, BulletinDepartment, BulletinRules, JudgedUnit } from "./figures-types";

export const BEHIND_LIMIT = 5;

/**
 * 通报批评: a county or department whose on-time rate is below the setting, or a county 严重滞后.
 * A unit with nothing due yet has no rate and is not judged on it.
 */
export function pickCriticised(
  counties: BulletinCounty[],
  departments: BulletinDepartment[],
  rules: BulletinRules,
): JudgedUnit[] {
  const lateReason = (rate: number | null) =>
    rate !== null && rate < rules.criticiseOnTimeBelow
      ? [`按时报送率 ${formatPercent(rate)},低于 ${formatPercent(rules.criticiseOnTimeBelow)}`]
      : [];
  const judged: JudgedUnit[] = [
    ...counties.map((county) => ({
      code: county.code,
      name: county.name,
      reasons: [
        ...(county.status === "SERIOUSLY_BEHIND"
          ? [`完成率 ${formatPercent(county.completion)},严重滞后于序时进度 ${formatPercent(county.expected)}`]
          : []),
        ...lateReason(county.onTimeRate),
      ],
    })),
    ...departments.map((department) => ({
      code: department.code,
      name: department.name,
      reasons: lateReason(department.onTimeRate),
    })),
  ];
  return judged.filter((unit) => unit.reasons.length > 0);
}

/**
 * 表扬: the top `praiseTopCount` counties by completion among those that sent every due report on
 * time (100%); a county criticised on any count is never praised.
 */
export function pickPraised(counties: BulletinCounty[], rules: BulletinRules, criticised: JudgedUnit[]): JudgedUnit[] {
  const named = new Set(criticised.map((unit) => unit.code));
  return counties
    .filter((county) => county.completion !== null && county.onTimeRate === 1 && !named.has(county.code))
    .sort((a, b) => (b.completion as number) - (a.completion as number))
    .slice(0, Math.max(0, rules.praiseTopCount))
    .map((county) => ({
      code: county.code,
      name: county.name,
      reasons: [`完成率 ${formatPercent(county.completion)},按时报送率 100%`],
    }));
}

/** The indicators furthest behind their own 序时进度 (滞后 or 严重滞后), with their lead units. */
export function pickMostBehind(points: PointProgress[], limit = BEHIND_LIMIT): BulletinBehind[] {
  return points
    .flatMap((point) =>
      point.indicators
        .filter(
          (indicator) =>
            indicator.completion !== null && (indicator.status === "BEHIND" || indicator.status === "SERIOUSLY_BEHIND"),
        )
        .map((indicator) => ({
          name: indicator.name,
          unit: indicator.unit,
          pointNo: point.no,
          pointTitle: point.title,
          leadUnit: point.leadUnit,
          completion: indicator.completion as number,
          expected: indicator.expected,
          status: indicator.status as BulletinBehind["status"],
        })),
    )
    .sort((a, b) => a.completion - a.expected - (b.completion - b.expected) || a.pointNo - b.pointNo)
    .slice(0, limit);
}

/** The rules as the 通报 states them. */
export function rulesText(rules: BulletinRules): { praise: string; criticism: string } {
  return {
    praise: `按时报送率100%的县区中,完成率居前${rules.praiseTopCount}位的予以通报表扬`,
    criticism: `按时报送率低于${formatPercent(rules.criticiseOnTimeBelow)}的单位,或完成率严重滞后于序时进度的县区,予以通报批评`,
  };
}
