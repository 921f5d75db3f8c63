import { describe, expect, it } from "vitest";
import { requestExtensionSchema } from "@/lib/extensions/schemas";
import { readEnv } from "@/lib/env";
import { chosenPeriod, recentPeriods } from "@/lib/reminders/queries";
import { endOfDay } from "@/lib/time/days";
import { effectiveDue } from "@/lib/time/due";

const DEMO_NOW = new Date("2022-11-03T01:00:00Z");

describe("the reminders page's month", () => {
  it("opens on the latest month already past its due date, or the one asked for", () => {
    expect(chosenPeriod(undefined, DEMO_NOW)).toBe("2022-09");
    expect(chosenPeriod(undefined, new Date("2022-11-05T16:00:00Z"))).toBe("2022-10");
    expect(chosenPeriod("2022-05", DEMO_NOW)).toBe("2022-05");
    expect(chosenPeriod("2022-13", DEMO_NOW)).toBe("2022-09");
    expect(recentPeriods(DEMO_NOW, "2022-08")).toEqual(["2022-10", "2022-09", "2022-08"]);
    // The month list starts with the plan's first month, not twelve months back (no 2021年11月).
    expect(recentPeriods(DEMO_NOW, "2022-01")).toHaveLength(10);
    expect(recentPeriods(DEMO_NOW, "2022-01").at(-1)).toBe("2022-01");
    expect(recentPeriods(DEMO_NOW, null)).toEqual(["2022-10"]);
  });
});

describe("extension dates", () => {
  it("ends an extended due date at midnight in Shanghai, not UTC", () => {
    expect(endOfDay("2022-06-20").toISOString()).toBe("2022-06-20T15:59:59.999Z");
    expect(effectiveDue("2022-05", null).toISOString()).toBe("2022-06-05T15:59:59.999Z");
    expect(effectiveDue("2022-05", "2022-06-20")).toEqual(endOfDay("2022-06-20"));
  });

  it("accepts a day after the due day and up to 60 days later, across the year end", () => {
    const check = (period: string, requestedDue: string) =>
      requestExtensionSchema.safeParse({ period, requestedDue, reason: "理由" }).success;
    expect(check("2022-05", "2022-06-06")).toBe(true);
    expect(check("2022-05", "2022-08-04")).toBe(true);
    expect(check("2022-05", "2022-08-05")).toBe(false);
    expect(check("2022-12", "2023-01-05")).toBe(false);
    expect(check("2022-12", "2023-03-06")).toBe(true);
    expect(check("2022-12", "2023-03-07")).toBe(false);
  });
});

describe("unit mailboxes for reminder email", () => {
  it("reads code=address pairs and a code repeated for a second address", () => {
    const addresses = readEnv({ UNIT_EMAILS: "licheng=a@lc.cn, hanjiang=b@hj.cn;licheng=c@lc.cn" }).UNIT_EMAILS;
    expect(Object.fromEntries(addresses)).toEqual({ licheng: ["a@lc.cn", "c@lc.cn"], hanjiang: ["b@hj.cn"] });
    expect(readEnv({}).UNIT_EMAILS.size).toBe(0);
  });

  it.each(["licheng=a@lc.cn nonsense", "meizhou=nomail", "=a@lc.cn"])(
    "refuses to start on a malformed entry (%s) rather than mail nobody",
    (value) => {
      expect(() => readEnv({ UNIT_EMAILS: value })).toThrow(`UNIT_EMAILS 须为以逗号分隔的 单位代码=邮箱地址`);
    },
  );
});
