import { describe, expect, it } from "vitest";
import { addDays, daysBetween, endOfDay, noonOf, shanghaiDay, shanghaiYear, startOfDay } from "@/lib/time/days";
import { dueDate, isOverdue } from "@/lib/time/due";
import { formatDate, formatDateTime, formatDay, formatPeriod, formatTimestamp } from "@/lib/time/format";
import { currentPeriod, dueDateOn, isPeriod, periodYear, previousPeriod } from "@/lib/time/periods";

describe("periods and due dates in Asia/Shanghai", () => {
  it("files the previous month, counting the month in Shanghai, not UTC", () => {
    expect(currentPeriod(new Date("2022-10-31T17:00:00Z"))).toBe("2022-10"); // 1 November, 01:00 in Shanghai
    expect(currentPeriod(new Date("2022-10-31T15:00:00Z"))).toBe("2022-09"); // 31 October, 23:00 in Shanghai
    expect(currentPeriod(new Date("2023-01-02T00:00:00Z"))).toBe("2022-12");
  });

  it("is due at the end of the 5th of the next month, Shanghai time, and overdue after", () => {
    expect(dueDate("2022-10").toISOString()).toBe("2022-11-05T15:59:59.999Z");
    expect(dueDate("2022-12").toISOString()).toBe("2023-01-05T15:59:59.999Z");
    expect(isOverdue("2022-10", new Date("2022-11-05T15:59:59Z"))).toBe(false);
    expect(isOverdue("2022-10", new Date("2022-11-05T16:00:01Z"))).toBe(true);
  });

  it("moves the due date with the configured day, across a year end too", () => {
    expect(dueDateOn("2022-12", 28).toISOString()).toBe("2023-01-28T15:59:59.999Z");
    expect(dueDateOn("2022-01", 1).toISOString()).toBe("2022-02-01T15:59:59.999Z");
  });

  it("names and checks periods", () => {
    expect(formatPeriod("2022-03")).toBe("2022年3月");
    expect(previousPeriod("2022-01")).toBe("2021-12");
    expect(periodYear("2022-06")).toBe(2022);
    expect(isPeriod("2022-13")).toBe(false);
    expect(isPeriod("2022-1")).toBe(false);
    expect(isPeriod("2022-06")).toBe(true);
  });
});

describe("days in Beijing time", () => {
  it("puts an instant on the day and year it falls on in Putian", () => {
    expect(shanghaiDay(new Date("2022-12-31T16:30:00Z"))).toBe("2023-01-01");
    expect(shanghaiYear(new Date("2022-12-31T16:30:00Z"))).toBe(2023);
    expect(shanghaiDay(new Date("2022-12-31T15:59:59Z"))).toBe("2022-12-31");
  });

  it("begins, turns noon and ends a day in Beijing time", () => {
    expect(startOfDay("2022-11-03").toISOString()).toBe("2022-11-02T16:00:00.000Z");
    expect(noonOf("2022-11-03").toISOString()).toBe("2022-11-03T04:00:00.000Z");
    expect(endOfDay("2022-11-03").toISOString()).toBe("2022-11-03T15:59:59.999Z");
  });

  it("counts and adds whole days, across months and leap days", () => {
    expect(daysBetween("2022-09-05", "2022-11-04")).toBe(60);
    expect(addDays("2024-02-28", 1)).toBe("2024-02-29");
    expect(addDays("2022-12-31", 1)).toBe("2023-01-01");
  });
});

describe("display formats", () => {
  const lateEvening = new Date("2022-03-05T14:30:09Z"); // 22:30 in Putian

  it("writes months, days and times as people in Putian read them, whatever the server's zone", () => {
    expect(formatDay("2022-03-05")).toBe("2022年3月5日");
    expect(formatDate(lateEvening)).toBe("2022年3月5日");
    expect(formatDate(new Date("2022-03-05T16:00:00Z"))).toBe("2022年3月6日");
    expect(formatDateTime(lateEvening)).toBe("2022年3月5日 22:30");
    expect(formatDateTime(new Date("2022-03-05T01:05:00Z"))).toBe("2022年3月5日 09:05");
    expect(formatTimestamp(lateEvening)).toBe("2022-03-05 22:30:09");
  });

  it("shows a date column (UTC midnight) as its own day", () => {
    expect(formatDate(new Date("2022-02-15T00:00:00Z"))).toBe("2022年2月15日");
  });
});
