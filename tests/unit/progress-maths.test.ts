import { describe, expect, it } from "vitest";
import type { Sums } from "@/lib/dashboard/progress-types";
import { readEnv } from "@/lib/env";
import {
  DEFAULT_THRESHOLDS,
  achievedOf,
  addSums,
  completionOf,
  emptySums,
  baselineOf,
  cityBaselineOf,
  dueMonthOf,
  expectedOf,
  forecastOf,
  minimumCompletionOf,
  minimumExpectedOf,
  monthsLeftOf,
  neededPerMonthOf,
  onTimeRateOf,
  rankByCompletion,
  rollUp,
  rollUpExpected,
  shareOf,
  statusCountsOf,
  statusOf,
  thresholdsOf,
  timeProgressOf,
  unitsMetOf,
} from "@/lib/dashboard/progress-maths";
import {
  COLOUR_LABELS,
  STATUS_COLOUR,
  STATUS_LABELS,
  formatPercent,
  thresholdText,
} from "@/lib/dashboard/status-labels";

const sums = (s: Partial<Sums>): Sums => ({ ...emptySums(), reported: 1, ...s });
const left = (period: string) => monthsLeftOf({ rule: "LINEAR", kind: "SUM" }, period);
const T = DEFAULT_THRESHOLDS;
const SCHEDULE = [0.05, 0.1, 0.2, 0.3, 0.4, 0.5, 0.55, 0.6, 0.7, 0.8, 0.9, 1];

describe("thresholdsOf", () => {
  it("defaults to 10 / 10 / 30 points and reads percentage points as fractions", () => {
    expect(thresholdsOf(readEnv({}))).toEqual({ ahead: 0.1, behind: 0.1, seriouslyBehind: 0.3 });
    expect(thresholdsOf(readEnv({ PROGRESS_AHEAD: "", PROGRESS_BEHIND: " " }))).toEqual(DEFAULT_THRESHOLDS);
    const env = readEnv({ PROGRESS_AHEAD: "15", PROGRESS_BEHIND: " 12.5 ", PROGRESS_SERIOUSLY_BEHIND: "25" });
    expect(thresholdsOf(env)).toEqual({ ahead: 0.15, behind: 0.125, seriouslyBehind: 0.25 });
  });
  it.each([
    ["PROGRESS_AHEAD", "abc"],
    ["PROGRESS_AHEAD", "10%"],
    ["PROGRESS_BEHIND", "0"],
    ["PROGRESS_BEHIND", "-5"],
    ["PROGRESS_SERIOUSLY_BEHIND", "100"],
    ["PROGRESS_SERIOUSLY_BEHIND", "Infinity"],
  ])("refuses %s=%s, naming the variable", (name, value) => {
    expect(() => readEnv({ [name]: value })).toThrow(`${name} 须为 0 到 100 之间的百分点数(如 10),现为 "${value}"`);
  });
  it("refuses a 滞后 threshold beyond the 严重滞后 one (40 > default 30)", () => {
    expect(() => readEnv({ PROGRESS_BEHIND: "40" })).toThrow(/PROGRESS_BEHIND.*不能大于 PROGRESS_SERIOUSLY_BEHIND/);
  });
});

describe("sums and achieved values", () => {
  it("adds every field of two units' sums", () => {
    const a = { value: 1, numerator: 2, denominator: 3, done: 4, due: 5, reported: 1 };
    const b = { value: 10, numerator: 20, denominator: 30, done: 40, due: 50, reported: 2 };
    expect(addSums(a, b)).toEqual({ value: 11, numerator: 22, denominator: 33, done: 44, due: 55, reported: 3 });
    expect(addSums(emptySums(), a)).toEqual(a);
  });
  it("SUM: Σ value; a reported 0 is 0, nothing reported is unknown", () => {
    expect(achievedOf("SUM", sums({ value: 1234.5 }))).toBe(1234.5);
    expect(achievedOf("SUM", sums({ value: 0, reported: 2 }))).toBe(0);
    expect(achievedOf("SUM", emptySums())).toBeNull();
  });
  it("RATE: Σ numerator / Σ denominator × 100, never the mean of the counties' percentages", () => {
    // county A 9/10 = 90%, county B 10/100 = 10%: mean of percentages 50%, correct 19/110 × 100 = 17.2727%
    const city = addSums(sums({ numerator: 9, denominator: 10 }), sums({ numerator: 10, denominator: 100 }));
    const achieved = achievedOf("RATE", city);
    expect(achieved).toBeCloseTo(17.272727, 6);
    expect(achieved).not.toBeCloseTo(50, 0);
    // against a 45% target in October: 17.2727 / 45 = 0.383838; 0.383838 − 10/12 = −0.4495 → 严重滞后 (50% would be 超前)
    const completion = completionOf("RATE", "AT_LEAST", 45, achieved);
    expect(completion).toBeCloseTo(0.383838, 6);
    expect(statusOf(completion, timeProgressOf("2022-10"), T)).toBe("SERIOUSLY_BEHIND");
    expect(achievedOf("RATE", sums({ numerator: 3, denominator: 0 }))).toBeNull();
  });
  it("RATIO: Σ numerator / Σ denominator, e.g. beds per 万人", () => {
    // A 320 beds / 8 万人 = 40, B 90 / 2 = 45: mean 42.5, correct 410 / 10 = 41
    const city = addSums(sums({ numerator: 320, denominator: 8 }), sums({ numerator: 90, denominator: 2 }));
    expect(achievedOf("RATIO", city)).toBe(41);
    expect(achievedOf("RATIO", sums({ numerator: 5 }))).toBeNull();
  });
  it("MILESTONE: units done / units due", () => {
    expect(achievedOf("MILESTONE", sums({ done: 5, due: 7 }))).toBeCloseTo(0.714286, 6); // 5 / 7
    expect(achievedOf("MILESTONE", sums({ done: 0, due: 4 }))).toBe(0);
    expect(achievedOf("MILESTONE", sums({ done: 0, due: 0 }))).toBeNull();
  });
});

describe("completionOf", () => {
  it.each([
    ["SUM", 2000, 1500, 0.75], // 1500 / 2000
    ["SUM", 100, 120, 1.2], // 120 / 100, not capped
    ["SUM", 300, 0, 0],
    ["RATE", 45, 54, 1.2], // 54% / 45%
    ["RATIO", 40, 41, 1.025], // 41 / 40
    ["MILESTONE", 1, 0.6, 0.6], // the fraction done is the completion
  ] as const)("%s AT_LEAST target %d achieved %d → %d", (kind, target, achieved, expected) => {
    expect(completionOf(kind, "AT_LEAST", target, achieved)).toBeCloseTo(expected, 12);
  });
  it("AT_MOST: 1 within the limit, target / achieved above it", () => {
    expect(completionOf("RATE", "AT_MOST", 5, 4)).toBe(1);
    expect(completionOf("RATE", "AT_MOST", 5, 5)).toBe(1);
    expect(completionOf("RATE", "AT_MOST", 5, 8)).toBe(0.625); // 5 / 8
  });
  it("is unknown without an achieved value or a positive target", () => {
    expect(completionOf("SUM", "AT_LEAST", 100, null)).toBeNull();
    expect(completionOf("SUM", "AT_LEAST", 0, 50)).toBeNull();
    expect(completionOf("SUM", "AT_MOST", -3, 50)).toBeNull();
  });
});

describe("timeProgressOf", () => {
  it("is month / 12 by default", () => {
    expect(timeProgressOf("2022-01")).toBeCloseTo(0.083333, 6); // 1 / 12
    expect(timeProgressOf("2022-06")).toBe(0.5); // 6 / 12
    expect(timeProgressOf("2022-10", null)).toBeCloseTo(0.833333, 6); // 10 / 12
    expect(timeProgressOf("2022-12")).toBe(1);
  });
  it("reads an indicator's own cumulative schedule", () => {
    expect(timeProgressOf("2022-10", SCHEDULE)).toBe(0.8);
    expect(timeProgressOf("2022-01", SCHEDULE)).toBe(0.05);
  });
  it.each([
    ["11 months", SCHEDULE.slice(1)],
    ["a decrease", [...SCHEDULE.slice(0, 11), 0.85]],
    ["above 1", [...SCHEDULE.slice(0, 11), 1.1]],
    ["below 0", [-0.1, ...SCHEDULE.slice(1)]],
    ["NaN", [Number.NaN, ...SCHEDULE.slice(1)]],
  ])("refuses a schedule with %s", (_, schedule) => {
    expect(() => timeProgressOf("2022-10", schedule)).toThrow(/序时进度/);
  });
  it("refuses a malformed period", () => {
    expect(() => timeProgressOf("2022-13")).toThrow(/YYYY-MM/);
    expect(() => timeProgressOf("2022/10")).toThrow(/YYYY-MM/);
  });
});

describe("statusOf", () => {
  it.each([
    [0.601, "AHEAD"], // 0.601 − 0.5 = +0.101
    [0.6, "ON_TRACK"], // exactly +0.10 (0.6 − 0.5 is 0.09999999999999998 in floating point)
    [0.5, "ON_TRACK"],
    [0.4, "ON_TRACK"], // exactly −0.10
    [0.399, "BEHIND"], // −0.101
    [0.2, "BEHIND"], // exactly −0.30
    [0.199, "SERIOUSLY_BEHIND"], // −0.301
    [0, "SERIOUSLY_BEHIND"],
    [1.2, "AHEAD"], // 120% in June
  ] as const)("in June (序时进度 0.5) completion %d is %s", (completion, status) => {
    expect(statusOf(completion, 0.5, T)).toBe(status);
  });
  it("counts floating-point differences as the exact boundary", () => {
    expect(statusOf(0.7, 0.8, T)).toBe("ON_TRACK"); // 0.7 − 0.8 = −0.10000000000000009 → −0.10
    expect(statusOf(0.5, 0.8, T)).toBe("BEHIND"); // 0.5 − 0.8 = −0.30000000000000004 → −0.30
    expect(statusOf(0.75, 10 / 12, T)).toBe("ON_TRACK"); // 0.75 − 0.8333 = −0.0833
  });
  it("measures AT_MOST indicators against the whole limit, not the calendar", () => {
    expect(statusOf(1, 0.25, T, "AT_MOST")).toBe("ON_TRACK"); // 1 − 1 = 0 (against 0.25 it would be 超前)
    expect(statusOf(0.9, 0.25, T, "AT_MOST")).toBe("ON_TRACK"); // 0.9 − 1 = −0.10
    expect(statusOf(0.8, 0.9, T, "AT_MOST")).toBe("BEHIND"); // −0.20
    expect(statusOf(0.625, 0.9, T, "AT_MOST")).toBe("SERIOUSLY_BEHIND"); // −0.375
  });
  it("uses configured thresholds and is null without a completion", () => {
    const tight = { ahead: 0.05, behind: 0.05, seriouslyBehind: 0.2 };
    expect(statusOf(0.56, 0.5, tight)).toBe("AHEAD"); // +0.06
    expect(statusOf(0.44, 0.5, tight)).toBe("BEHIND"); // −0.06
    expect(statusOf(0.29, 0.5, tight)).toBe("SERIOUSLY_BEHIND"); // −0.21
    expect(statusOf(null, 0.5, T)).toBeNull();
  });
});

describe("forecast and needed pace", () => {
  it("projects the year end at the current pace", () => {
    expect(forecastOf("SUM", 1500, 10 / 12)).toBeCloseTo(1800, 9); // 1500 × 12 / 10
    expect(forecastOf("RATIO", 41, 10 / 12)).toBeCloseTo(49.2, 9); // 41 × 12 / 10
    expect(forecastOf("RATE", 45, 0.5)).toBe(90); // 45 / 0.5
    expect(forecastOf("RATE", 60, 0.5)).toBe(100); // 120 capped: a rate cannot exceed 100%
    expect(forecastOf("MILESTONE", 0.5, 0.5)).toBeNull();
    expect(forecastOf("SUM", null, 0.5)).toBeNull();
    expect(forecastOf("SUM", 10, 0)).toBeNull();
  });
  it("spreads what a SUM still lacks over the months left", () => {
    expect(neededPerMonthOf("SUM", 2000, 1500, left("2022-10"))).toBe(250); // (2000 − 1500) / 2
    expect(neededPerMonthOf("SUM", 1200, 100, left("2022-01"))).toBe(100); // (1200 − 100) / 11
    expect(neededPerMonthOf("SUM", 2000, 2100, left("2022-10"))).toBe(0);
    expect(neededPerMonthOf("SUM", 2000, 1500, left("2022-12"))).toBeNull();
    expect(neededPerMonthOf("RATE", 45, 30, left("2022-10"))).toBeNull();
    expect(neededPerMonthOf("SUM", 2000, null, left("2022-10"))).toBeNull();
  });
});

describe("rollUp, ranking and counts", () => {
  it("takes the weighted mean of the completions that exist", () => {
    expect(
      rollUp([
        { completion: 0.8, weight: 1 },
        { completion: 0.6, weight: 1 },
      ]),
    ).toBeCloseTo(0.7, 12);
    const weighted = [
      { completion: 0.9, weight: 3 },
      { completion: null, weight: 5 },
      { completion: 0.5, weight: 1 },
    ];
    expect(rollUp(weighted)).toBeCloseTo(0.8, 12); // (0.9×3 + 0.5×1) / 4; null as zero would give 0.3556
    expect(
      rollUp([
        { completion: 1.2, weight: 1 },
        { completion: 0.9, weight: 1 },
      ]),
    ).toBeCloseTo(1.05, 12);
    expect(
      rollUp([
        { completion: 0.9, weight: 1 },
        { completion: 0.1, weight: 0 },
      ]),
    ).toBe(0.9);
    expect(rollUp([{ completion: null, weight: 1 }])).toBeNull();
    expect(rollUp([{ completion: 0.5, weight: 0 }])).toBeNull();
    expect(rollUp([])).toBeNull();
    expect(() => rollUp([{ completion: 0.5, weight: -1 }])).toThrow(/权重/);
  });
  it("ranks best first, ties sharing a rank (1, 2, 2, 4), in input order", () => {
    const rows = [
      { code: "a", completion: 0.8 },
      { code: "b", completion: 0.9 },
      { code: "c", completion: 0.8 },
      { code: "d", completion: null },
      { code: "e", completion: 0.7 },
      { code: "f", completion: 0.1 + 0.2 },
      { code: "g", completion: 0.3 },
    ];
    expect(rankByCompletion(rows).map((r) => [r.code, r.rank])).toEqual([
      ["a", 2],
      ["b", 1],
      ["c", 2],
      ["d", null],
      ["e", 4],
      ["f", 5],
      ["g", 5],
    ]);
    expect(rankByCompletion([])).toEqual([]);
  });
  it("counts statuses, null as NONE", () => {
    expect(statusCountsOf(["AHEAD", null, "BEHIND", "BEHIND", "ON_TRACK", null])).toEqual({
      AHEAD: 1,
      ON_TRACK: 1,
      BEHIND: 2,
      SERIOUSLY_BEHIND: 0,
      NONE: 2,
    });
    expect(statusCountsOf([])).toEqual({ AHEAD: 0, ON_TRACK: 0, BEHIND: 0, SERIOUSLY_BEHIND: 0, NONE: 0 });
  });
  it("gives the on-time rate, unknown when nothing was due", () => {
    expect(onTimeRateOf(9, 12)).toBe(0.75);
    expect(onTimeRateOf(0, 4)).toBe(0);
    expect(onTimeRateOf(0, 0)).toBeNull();
  });
});

describe("status labels", () => {
  it("names each status and shows 超前/正常 green, 滞后 yellow, 严重滞后 red", () => {
    const shown = (["AHEAD", "ON_TRACK", "BEHIND", "SERIOUSLY_BEHIND"] as const).map(
      (s) => `${STATUS_LABELS[s]}${COLOUR_LABELS[STATUS_COLOUR[s]]}`,
    );
    expect(shown).toEqual(["超前绿", "正常绿", "滞后黄", "严重滞后红"]);
  });
  it("formats fractions as percentages with one decimal, uncapped", () => {
    expect(formatPercent(0.8333)).toBe("83.3%");
    expect(formatPercent(1.2)).toBe("120.0%");
    expect(formatPercent(19 / 110)).toBe("17.3%"); // 0.172727
    expect(formatPercent(0)).toBe("0.0%");
    expect(formatPercent(-0.0001)).toBe("0.0%");
    expect(formatPercent(null)).toBe("—");
  });
  it("states the thresholds in a sentence", () => {
    expect(thresholdText(DEFAULT_THRESHOLDS)).toBe(
      "完成率比序时进度高 10 个百分点以上为超前，前后 10 个百分点以内为正常，落后 10–30 个百分点为滞后，落后 30 个百分点以上为严重滞后",
    );
    const text = thresholdText({ ahead: 0.05, behind: 0.07, seriouslyBehind: 0.2 });
    expect(text).toContain("高 5 个百分点以上为超前");
    expect(text).toContain("落后不超过 7 个百分点、超前不超过 5 个百分点为正常");
    expect(text).toContain("落后 7–20 个百分点为滞后");
  });
});

describe("expected-progress rules: f(m), the share of the way from baseline to target", () => {
  const months = (spec: Parameters<typeof shareOf>[0]) =>
    Array.from({ length: 12 }, (_, i) => shareOf(spec, `2022-${String(i + 1).padStart(2, "0")}`));

  it("LINEAR grows by a twelfth a month", () => {
    expect(months({ rule: "LINEAR", kind: "SUM" })).toEqual(Array.from({ length: 12 }, (_, i) => (i + 1) / 12));
  });
  it("CURVE reads the indicator's own schedule (month ÷ 12 without one)", () => {
    expect(months({ rule: "CURVE", kind: "SUM", schedule: SCHEDULE })).toEqual(SCHEDULE);
    expect(shareOf({ rule: "CURVE", kind: "SUM", schedule: [] }, "2022-03")).toBe(0.25);
  });
  it("LEVEL is reached and held: the whole way in every month, January included", () => {
    expect(months({ rule: "LEVEL", kind: "RATE" })).toEqual(Array(12).fill(1));
  });
  it("BY_DATE milestone: nothing expected before its due month, done from that month on", () => {
    // 6月底前出台实施办法
    expect(months({ rule: "BY_DATE", kind: "MILESTONE", dueOn: "2022-06-30" })).toEqual([
      0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1,
    ]);
  });
  it("BY_DATE number: grows linearly to its due month, then holds", () => {
    const shares = months({ rule: "BY_DATE", kind: "SUM", dueOn: "2022-04-30" });
    expect(shares.slice(0, 4)).toEqual([0.25, 0.5, 0.75, 1]); // m ÷ 4
    expect(shares.slice(4)).toEqual(Array(8).fill(1));
    // A date of an earlier year is past: the whole way; of a later year, still on its way.
    expect(shareOf({ rule: "BY_DATE", kind: "SUM", dueOn: "2021-12-31" }, "2022-01")).toBe(1);
    expect(shareOf({ rule: "BY_DATE", kind: "SUM", dueOn: "2023-06-30" }, "2022-09")).toBe(9 / 18);
    expect(shareOf({ rule: "BY_DATE", kind: "MILESTONE", dueOn: null }, "2022-11")).toBe(0); // year end
    expect(dueMonthOf("2022-03", "2022-06-30")).toBe(6);
  });
  it("counts the months left to the due month for a BY_DATE indicator, to December otherwise", () => {
    expect(monthsLeftOf({ rule: "BY_DATE", kind: "SUM", dueOn: "2022-06-30" }, "2022-04")).toBe(2);
    expect(monthsLeftOf({ rule: "BY_DATE", kind: "SUM", dueOn: "2022-06-30" }, "2022-08")).toBe(0);
    expect(monthsLeftOf({ rule: "LEVEL", kind: "SUM" }, "2022-04")).toBe(8);
  });
});

describe("baselines (年初值): expected progress and forecast start from where the year started", () => {
  it("expected e = (b + (t − b)·f) ÷ t; completion stays a ÷ t", () => {
    // 管护已修缮革命遗址: 28 held from a baseline of 28: 100% expected in January (LEVEL or not)
    expect(expectedOf(28, 28, 1 / 12)).toBe(1);
    // 每万人社区工作者 16, baseline 12, linear, June: (12 + 4 × 0.5) ÷ 16 = 0.875
    expect(expectedOf(12, 16, 0.5)).toBe(0.875);
    expect(expectedOf(0, 30, 0.5)).toBe(0.5); // no baseline: the calendar's share
    expect(expectedOf(3, 5, 0.2, "AT_MOST")).toBe(1); // a limit is held against the whole of it
    // 14.5 achieved in June against 16: completion 0.90625, 正常 against 0.875 (严重滞后 would be wrong
    // only with a baseline of 0: 0.906 against 0.5 is 超前)
    const completion = completionOf("RATIO", "AT_LEAST", 16, 14.5)!;
    expect(completion).toBe(0.90625);
    expect(statusOf(completion, expectedOf(12, 16, 0.5), T)).toBe("ON_TRACK");
    expect(statusOf(completion, expectedOf(0, 16, 0.5), T)).toBe("AHEAD");
  });
  it("forecast = b + (a − b) ÷ f: only the growth since the baseline is extrapolated", () => {
    expect(forecastOf("RATIO", 14, 0.5, 12)).toBe(16); // 12 + 2 ÷ 0.5
    expect(forecastOf("RATIO", 14, 0.5)).toBe(28); // without a baseline the whole value doubles
    expect(forecastOf("SUM", 28, 1, 28)).toBe(28); // reach and hold: what stands is where the year ends
    expect(forecastOf("RATE", 96, 0.5, 90)).toBe(100); // 102, capped
    expect(forecastOf("SUM", 5, 0, 2)).toBeNull(); // nothing expected yet (a due month ahead)
    expect(forecastOf("SUM", null, 0.5, 2)).toBeNull();
  });
  it("SUM: a unit's baseline is its value, the city's the sum over the units that report; none is 0", () => {
    const parts = (value: number) => ({ value, numerator: null, denominator: null });
    expect(baselineOf("SUM", parts(7))).toBe(7);
    expect(baselineOf("SUM", null)).toBe(0);
    expect(cityBaselineOf("SUM", [parts(7), null, parts(3.5)])).toBe(10.5);
  });
  it("RATE and RATIO: a unit's baseline is its own numerator ÷ denominator; the city's Σ num ÷ Σ den", () => {
    const rate = (numerator: number, denominator: number) => ({ value: null, numerator, denominator });
    expect(baselineOf("RATE", rate(9, 10))).toBe(90);
    expect(baselineOf("RATIO", rate(150, 10))).toBe(15);
    expect(baselineOf("RATE", rate(3, 0))).toBe(0);
    // 9/10 and 10/100: 19/110 = 17.27%, never the mean 50%
    expect(cityBaselineOf("RATE", [rate(9, 10), rate(10, 100), null])).toBeCloseTo((19 / 110) * 100, 9);
    expect(cityBaselineOf("RATIO", [rate(150, 10), rate(90, 5)])).toBe(16); // 240 ÷ 15
    expect(cityBaselineOf("RATE", [null, null])).toBe(0);
    expect(cityBaselineOf("MILESTONE", [rate(1, 1)])).toBe(0);
  });
});

describe("expected progress rolls up with the same weights as completion", () => {
  it("a LEVEL rate at 100% in January is 正常 at its point, not 超前 against 1 ÷ 12", () => {
    const level = { completion: 1, expected: expectedOf(0, 100, shareOf({ rule: "LEVEL", kind: "RATE" }, "2022-01")) };
    const linear = { completion: 0.1, expected: expectedOf(0, 30, 1 / 12) };
    const items = [
      { ...level, weight: 1 },
      { ...linear, weight: 3 },
      { completion: null, expected: 0.5, weight: 5 }, // nothing approved: in neither mean
    ];
    const completion = rollUp(items)!; // (1 + 0.3) ÷ 4 = 0.325
    const expected = rollUpExpected(items)!; // (1 + 3 × 1/12) ÷ 4 = 0.3125
    expect(completion).toBeCloseTo(0.325, 12);
    expect(expected).toBeCloseTo(0.3125, 12);
    expect(statusOf(completion, expected, T)).toBe("ON_TRACK");
    expect(statusOf(completion, 1 / 12, T)).toBe("AHEAD"); // what month ÷ 12 said before
  });
  it("rolls points into a section, sections into the plan and a county's quotas alike", () => {
    const points = [
      { completion: 0.5, expected: 0.5, weight: 2 },
      { completion: 0.9, expected: 1, weight: 1 },
    ];
    const section = { completion: rollUp(points), expected: rollUpExpected(points), weight: 1 };
    expect(section.expected).toBeCloseTo(2 / 3, 12); // (0.5 × 2 + 1) ÷ 3
    const plan = rollUpExpected([section, { completion: 0.4, expected: 0.25, weight: 3 }]);
    expect(plan).toBeCloseTo((2 / 3 + 0.75) / 4, 12);
    expect(rollUpExpected([{ completion: null, expected: 0.5, weight: 1 }])).toBeNull();
  });
});

describe("a minimum for every county (每个县区不少于2家)", () => {
  // Seven counties with a minimum of 2: one at 5, one at 0, the rest at 2, 1, 2, 3 and nothing approved.
  const units = [5, 0, 2, 1, 2, 3, null].map((achieved) => ({
    achieved,
    quota: 2,
    completion: completionOf("SUM", "AT_LEAST", 2, achieved),
  }));

  it("caps each county at its minimum: a surplus never hides another county's zero", () => {
    // Σ min(a, 2) = 2 + 0 + 2 + 1 + 2 + 2 + 0 = 9 of 14; the plain sum 13 of 14 would say 92.9%
    expect(minimumCompletionOf(units)).toBeCloseTo(9 / 14, 12);
    expect(units.map((unit) => unit.completion)).toEqual([2.5, 0, 1, 0.5, 1, 1.5, null]); // each its own
    expect(minimumCompletionOf(units.map((unit) => ({ ...unit, achieved: null })))).toBeNull();
  });
  it("counts the counties that meet their minimum: 4/7 个县区达标", () => {
    expect(`${unitsMetOf(units)}/${units.length} 个县区达标`).toBe("4/7 个县区达标");
    expect(unitsMetOf([{ completion: 0.1 * 3 + 0.7 }])).toBe(1); // 0.30000000000000004 + 0.7 is 100%
  });
  it("expects Σ min(m, b + (m − b)·f) ÷ Σ m", () => {
    const start = [3, 0, 1, 0, 0, 0, 0].map((baseline) => ({ baseline, quota: 2 }));
    // June: min(2, 3) + 1 + min(2, 1.5) + 4 × 1 = 2 + 1 + 1.5 + 4 = 8.5 of 14
    expect(minimumExpectedOf(start, 0.5)).toBeCloseTo(8.5 / 14, 12);
    expect(minimumExpectedOf(start, 1)).toBe(1);
  });
  it("rounds whole things' forecasts down and their monthly need up", () => {
    expect(forecastOf("SUM", 112, 10 / 12, 0, true)).toBe(134); // 134.4 个 is 134 个
    expect(forecastOf("SUM", 112, 10 / 12)).toBeCloseTo(134.4, 9);
    expect(forecastOf("SUM", 22.5, 1 / 6, 0, true)).toBe(135); // 134.99999999999997 is 135
    expect(neededPerMonthOf("SUM", 30, 20, 3, true)).toBe(4); // 3.33 a month is 4 whole ones
    expect(neededPerMonthOf("SUM", 30, 24, 3, true)).toBe(2); // exactly 2
    expect(neededPerMonthOf("SUM", 30, 20, 3)).toBeCloseTo(10 / 3, 12);
  });
});
