// The shapes a simulated indicator takes through the year, as the share of the way from its 年初值 to its quota
// (growing indicators), the level it holds (LEVEL), or the institutions it has brought in (a minimum per county).
import type { Random } from "./demo-random";
import type { Pace } from "./demo-history-pace";

/**
 * Completion (0–1) at the end of each month 1..months: pace × 序时进度 with a little noise, never
 * above 1 and never below the month before.
 */
export function completionSeries(random: Random, pace: Pace, months: number): number[] {
  const speed = random.between(pace.low, pace.high);
  const series: number[] = [];
  for (let month = 1; month <= months; month++) {
    const raw = Math.min(1, speed * (month / 12) * random.between(0.95, 1.05));
    series.push(Math.max(raw, series.at(-1) ?? 0));
  }
  return series;
}

// Where a level is held, as a share of the target: the counties ahead at or above it, the laggards short of it.
const HOLD: Record<Pace["side"], [number, number]> = { ahead: [1, 1.15], middle: [0.96, 1.1], behind: [0.9, 0.97] };
// Months to get from the 年初值 to that level: a level is the work of the first weeks, not of the year.
const RAMP: Record<Pace["side"], [number, number]> = { ahead: [1, 3], middle: [1, 2], behind: [2, 5] };

/**
 * The level held each month, in the indicator's unit: from the 年初值 to the county's level within a few
 * months, then hovering there (a rate never above `ceiling`, 100%).
 */
export function levelSeries(
  random: Random,
  pace: Pace,
  start: number,
  target: number,
  ceiling: number,
  months: number,
): number[] {
  const cap = ceiling / target;
  const [low, high] = HOLD[pace.side].map((share) => Math.min(share, cap));
  const ramp = random.integer(...RAMP[pace.side]);
  let hold = random.between(low, high);
  const series: number[] = [];
  for (let month = 1; month <= months; month++) {
    if (month > 1 && random.chance(0.5))
      hold = Math.min(high, Math.max(low, hold + random.between(-0.5, 0.5) * (high - low)));
    series.push(start + (hold * target - start) * Math.min(1, month / ramp));
  }
  return series;
}

/**
 * Institutions brought in by the end of each month, towards a minimum: the counties ahead aim one past it,
 * and each county brings its first in the months of its pace's firstArrival, the rest at its speed after.
 */
export function arrivalSeries(random: Random, pace: Pace, minimum: number, months: number): number[] {
  const goal = minimum > 0 && pace.side === "ahead" ? minimum + 1 : minimum;
  const speed = random.between(pace.low, pace.high);
  const first = random.integer(...pace.firstArrival);
  const arrivals = Array.from({ length: goal }, (_, index) => first + Math.round((index * 12) / (goal * speed)));
  return Array.from({ length: months }, (_, index) => arrivals.filter((month) => month <= index + 1).length);
}

/** A count held from the 年初值; a laggard loses one in a summer month (a site closed after a typhoon). */
export function heldSeries(random: Random, pace: Pace, start: number, months: number): number[] {
  const lost = pace.side === "behind" && start >= 1 ? random.integer(4, 8) : months + 1;
  return Array.from({ length: months }, (_, index) => (index + 1 >= lost ? start - 1 : start));
}
