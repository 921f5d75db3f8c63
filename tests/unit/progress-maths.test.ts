import { describe, expect, it } from "vitest";
import type { Sums } from "@/lib/dashboard/progress-types";
import { readEnv } from "@/lib/env";
import {
  DEFAULT_THRESHOLDS,
  achievedOf,
  addSums,
  completionOf,
  emptySums,
  forecastOf,
  neededPerMonthOf,
  onTimeRateOf,
  rankByCompletion,
  rollUp,
  statusCountsOf,
  statusOf,
  thresholdsOf,
  timeProgressOf,
} from "@/lib/dashboard/progress-maths";
import {
  COLOUR_LABELS,
  STATUS_COLOUR,
  STATUS_LABELS,
  formatPercent,
  thresholdText,
} from "@/lib/dashboard/status-labels";

const sums = (s: Partial<Sums>): Sums => ({ ...emptySums(), reported: 1, ...s });
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
    expect(neededPerMonthOf("SUM", 2000, 1500, "2022-10")).toBe(250); // (2000 − 1500) / 2
    expect(neededPerMonthOf("SUM", 1200, 100, "2022-01")).toBe(100); // (1200 − 100) / 11
    expect(neededPerMonthOf("SUM", 2000, 2100, "2022-10")).toBe(0);
    expect(neededPerMonthOf("SUM", 2000, 1500, "2022-12")).toBeNull();
    expect(neededPerMonthOf("RATE", 45, 30, "2022-10")).toBeNull();
    expect(neededPerMonthOf("SUM", 2000, null, "2022-10")).toBeNull();
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
