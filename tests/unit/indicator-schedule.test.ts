import { describe, expect, it } from "vitest";
import { indicatorScheduleSchema, schedulePercentages } from "@/lib/plans/schedules";

const BACK_LOADED = [0, 0, 5, 5, 10, 20, 30, 40, 50, 60, 80, 100];
const parse = (months: unknown) => indicatorScheduleSchema.safeParse({ indicatorId: 7, months });
const firstMessage = (months: unknown) => parse(months).error?.issues[0].message;

describe("an indicator's own 序时进度", () => {
  it("takes 12 cumulative percentages as typed, or null for month ÷ 12", () => {
    expect(parse(BACK_LOADED.map(String)).data?.months).toEqual(BACK_LOADED);
    expect(parse(["０", ...BACK_LOADED.slice(1)]).data?.months?.[0]).toBe(0);
    expect(parse(null).data?.months).toBeNull();
  });

  it("refuses a month falling below the one before, a year not ending at 100%, and values that are not percentages", () => {
    expect(firstMessage([0, 10, 5, ...BACK_LOADED.slice(3)])).toBe("3月的序时进度 (5%) 低于2月 (10%):累计进度不能回落");
    expect(firstMessage([...BACK_LOADED.slice(0, 11), 90])).toBe("12月的序时进度应为 100%(全年任务)");
    expect(firstMessage([...BACK_LOADED.slice(0, 11), 120])).toBe("12月的序时进度不能超过 100%");
    expect(firstMessage(["-5", ...BACK_LOADED.slice(1)])).toBe("不能为负数");
    expect(firstMessage(["", ...BACK_LOADED.slice(1)])).toBe("请填写1月的序时进度");
    expect(firstMessage(["abc", ...BACK_LOADED.slice(1)])).toBe("“abc”不是有效数字");
    expect(firstMessage(BACK_LOADED.slice(1))).toBe("须填写 1–12 月共 12 个月的序时进度");
  });

  it("shows a stored schedule in percent, and month ÷ 12 when there is none", () => {
    expect(schedulePercentages(BACK_LOADED.map((share) => share / 100))).toEqual(BACK_LOADED);
    expect(schedulePercentages([])).toEqual([8.3, 16.7, 25, 33.3, 41.7, 50, 58.3, 66.7, 75, 83.3, 91.7, 100]);
  });
});

describe("the month a schedule's error belongs to", () => {
  it("is in the error's path, so the form marks that month's field", () => {
    expect(parse([0, 10, 5, ...BACK_LOADED.slice(3)]).error?.issues[0].path).toEqual(["months", 2]);
    expect(parse([...BACK_LOADED.slice(0, 11), 90]).error?.issues[0].path).toEqual(["months", 11]);
  });
});
