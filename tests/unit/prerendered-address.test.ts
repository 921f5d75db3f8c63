import { describe, expect, it } from "vitest";
import { isDashboardAddress, isPrerenderedAddress, planDashboardAddress } from "@/lib/prerendered/dashboard-address";

describe("the pre-rendered dashboard's address", () => {
  it("names the period, the day and the data version", () => {
    expect(planDashboardAddress({ period: "2022-10", day: "2022-11-03", version: "42" })).toBe(
      "/prerendered/dashboard/2022-10/2022-11-03/42",
    );
    expect(isDashboardAddress({ period: "2022-10", day: "2022-11-03", version: "42" })).toBe(true);
    expect(isDashboardAddress({ period: "2022-13", day: "2022-11-03", version: "42" })).toBe(false);
    expect(isDashboardAddress({ period: "2022-10", day: "yesterday", version: "42" })).toBe(false);
    expect(isDashboardAddress({ period: "2022-10", day: "2022-11-03", version: "-1" })).toBe(false);
  });

  it("is recognised however a request spells it, so it can be refused from outside", () => {
    for (const url of [
      "/prerendered/dashboard/2022-10/2022-11-03/42",
      "/prerendered/dashboard/2022-10/2022-11-03/42?period=2022-10",
      "/%70rerendered/dashboard/2022-10/2022-11-03/42",
      "/%2Fprerendered/x",
      "//prerendered/x",
      "/x/../prerendered/x",
      "\\\\prerendered\\\\x",
      "/Prerendered/x",
      "/%5Cprerendered%5Cx",
      "/%E0%A4%A/prerendered", // cannot be decoded
      "/prerendered",
    ]) {
      expect(isPrerenderedAddress(url), url).toBe(true);
    }
  });

  it("leaves every other address alone", () => {
    for (const url of [
      "/dashboard",
      "/dashboard?period=2022-10&view=prerendered",
      "/reports/prerendered-notes",
      "/",
      undefined,
    ]) {
      expect(isPrerenderedAddress(url), String(url)).toBe(false);
    }
  });
});
