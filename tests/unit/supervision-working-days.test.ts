// 整改反馈 deadlines in working days, on the state council's 2022 calendar.
import { describe, expect, it } from "vitest";
import { addWorkingDays, isWorkingDay } from "@/lib/supervision/working-days";

describe("working days for 整改反馈 deadlines", () => {
  it("skip weekends: issued on a Thursday, 5 working days is the next Thursday", () => {
    expect(addWorkingDays("2022-11-03", 5)).toBe("2022-11-10");
    expect(addWorkingDays("2022-11-04", 1)).toBe("2022-11-07");
  });

  it("skip National Day and count the 调休 weekend of 2022-10-08/09", () => {
    expect(isWorkingDay("2022-10-03")).toBe(false);
    expect(isWorkingDay("2022-10-08")).toBe(true);
    expect(isWorkingDay("2022-10-09")).toBe(true);
    // Issued on 2022-09-29 (Thu): 9-30, then 10-08, 10-09, 10-10, 10-11.
    expect(addWorkingDays("2022-09-29", 5)).toBe("2022-10-11");
  });

  it("run across a month end", () => {
    // 2022-11-28 (Mon): 29, 30, 12-01, 12-02, 12-05.
    expect(addWorkingDays("2022-11-28", 5)).toBe("2022-12-05");
  });

  it("never count the issue day itself", () => {
    expect(addWorkingDays("2022-11-07", 1)).toBe("2022-11-08");
  });
});
