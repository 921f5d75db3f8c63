import { describe, expect, it } from "vitest";
import {
  currentPeriod,
  dueDate,
  formatPeriod,
  isOverdue,
  isPeriod,
  portalNow,
  previousPeriod,
} from "@/lib/reports/periods";

describe("periods and due dates in Asia/Shanghai", () => {
  it("runs the demo on its clock and production on the real date", () => {
    expect(currentPeriod(portalNow({ NODE_ENV: "test", PORTAL_MODE: "demo" }))).toBe("2022-10");
    expect(currentPeriod(portalNow({ NODE_ENV: "test", PORTAL_MODE: "demo", PORTAL_DEMO_DATE: "2022-07-20" }))).toBe(
      "2022-06",
    );
    const real = portalNow({ NODE_ENV: "test", PORTAL_MODE: "production" });
    expect(Math.abs(real.getTime() - Date.now())).toBeLessThan(1000);
  });

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

  it("names and checks periods", () => {
    expect(formatPeriod("2022-03")).toBe("2022年3月");
    expect(previousPeriod("2022-01")).toBe("2021-12");
    expect(isPeriod("2022-13")).toBe(false);
    expect(isPeriod("2022-1")).toBe(false);
    expect(isPeriod("2022-06")).toBe(true);
  });
});
