import { describe, expect, it } from "vitest";
import { planPagePeriod } from "@/lib/dashboard/page-params";

const DEMO_NOW = new Date("2022-11-03T09:00:00+08:00");

describe("planPagePeriod: the month whose figures a plan page shows", () => {
  it("is the dashboard's month: the one asked for, else the month being filed", () => {
    expect(planPagePeriod(2022, "2022-06", DEMO_NOW)).toBe("2022-06");
    expect(planPagePeriod(2022, undefined, DEMO_NOW)).toBe("2022-10");
    expect(planPagePeriod(2022, "2022-13", DEMO_NOW)).toBe("2022-10");
  });

  it("is December for a past year, and none for a year not begun or a month of another year", () => {
    expect(planPagePeriod(2021, undefined, DEMO_NOW)).toBe("2021-12");
    expect(planPagePeriod(2023, undefined, DEMO_NOW)).toBeNull();
    expect(planPagePeriod(2023, "2022-06", DEMO_NOW)).toBeNull();
  });
});
