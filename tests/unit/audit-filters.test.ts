import { describe, expect, it } from "vitest";
import { auditQueryString, parseAuditSearchParams } from "@/lib/audit/schemas";
import { buildAuditWhere } from "@/lib/audit/where";
import { startOfDay } from "@/lib/time/days";
import { formatTimestamp } from "@/lib/time/format";

describe("the auditor's filters in the URL", () => {
  it("keeps every valid filter", () => {
    const parsed = parseAuditSearchParams({
      user: " auditor ",
      unit: "licheng",
      action: "auth.sign-in",
      from: "2022-11-01",
      to: "2022-11-03",
      result: "DENIED",
    });
    expect(parsed).toEqual({
      filters: {
        user: "auditor",
        unit: "licheng",
        action: "auth.sign-in",
        from: "2022-11-01",
        to: "2022-11-03",
        result: "DENIED",
      },
      cursor: null,
      notes: [],
    });
  });

  it("treats empty form fields as no filter, without a note", () => {
    expect(parseAuditSearchParams({ user: "", unit: "", action: "  ", from: "", to: "", result: "" })).toEqual({
      filters: {},
      cursor: null,
      notes: [],
    });
  });

  it("drops an invalid value with a Chinese note and keeps the rest", () => {
    const parsed = parseAuditSearchParams({ user: "leader", from: "2022-02-30", result: "MAYBE", unit: "<script>" });
    expect(parsed.filters).toEqual({ user: "leader" });
    expect(parsed.notes).toEqual([
      "单位“<script>”无效,已忽略。",
      "开始日期“2022-02-30”无效,已忽略。",
      "结果“MAYBE”无效,已忽略。",
    ]);
  });

  it("ignores a date range whose start is after its end, and says so", () => {
    const parsed = parseAuditSearchParams({ from: "2022-11-05", to: "2022-11-01", action: "plan.import" });
    expect(parsed.filters).toEqual({ action: "plan.import" });
    expect(parsed.notes).toEqual(["开始日期 2022-11-05 晚于结束日期 2022-11-01,已忽略日期范围。"]);
  });

  it("takes the first of repeated parameters and shortens a long bad value in the note", () => {
    expect(parseAuditSearchParams({ result: ["FAILURE", "SUCCESS"] }).filters).toEqual({ result: "FAILURE" });
    const note = parseAuditSearchParams({ to: "x".repeat(500) }).notes[0];
    expect(note).toBe(`结束日期“${"x".repeat(30)}…”无效,已忽略。`);
  });

  it("reads a page cursor as a bigint and refuses malformed or conflicting ones", () => {
    expect(parseAuditSearchParams({ before: "9007199254740993" }).cursor).toEqual({
      before: BigInt("9007199254740993"),
    });
    expect(parseAuditSearchParams({ after: "12" }).cursor).toEqual({ after: BigInt(12) });
    expect(parseAuditSearchParams({ before: "-1" })).toEqual({
      filters: {},
      cursor: null,
      notes: ["翻页位置“-1”无效,已忽略。"],
    });
    expect(parseAuditSearchParams({ before: "5", after: "3" }).cursor).toBeNull();
  });

  it("writes the filters back to a query string that parses to the same filters", () => {
    const filters = { user: "张三", unit: "city", from: "2022-11-01", result: "SUCCESS" as const };
    const query = auditQueryString(filters, { before: BigInt(120) });
    expect(query).toBe("?user=%E5%BC%A0%E4%B8%89&unit=city&from=2022-11-01&result=SUCCESS&before=120");
    const parsed = parseAuditSearchParams(Object.fromEntries(new URLSearchParams(query)));
    expect(parsed.filters).toEqual(filters);
    expect(auditQueryString({})).toBe("");
  });
});

describe("the filters as a database query", () => {
  it("matches everything when nothing is filtered", () => {
    expect(buildAuditWhere({})).toEqual({});
  });

  it("filters user, unit, action and result by exact value", () => {
    expect(buildAuditWhere({ user: "auditor", unit: "city", action: "audit.export", result: "SUCCESS" })).toEqual({
      username: "auditor",
      unitCode: "city",
      action: "audit.export",
      result: "SUCCESS",
    });
  });

  it("turns Beijing calendar days into a half-open UTC range covering the whole of the last day", () => {
    expect(buildAuditWhere({ from: "2022-11-01", to: "2022-11-03" })).toEqual({
      at: { gte: new Date("2022-10-31T16:00:00.000Z"), lt: new Date("2022-11-03T16:00:00.000Z") },
    });
  });

  it("allows an open start or end", () => {
    expect(buildAuditWhere({ from: "2022-01-01" })).toEqual({ at: { gte: new Date("2021-12-31T16:00:00.000Z") } });
    expect(buildAuditWhere({ to: "2022-12-31" })).toEqual({ at: { lt: new Date("2022-12-31T16:00:00.000Z") } });
  });

  it("puts an event just before Beijing midnight on that day, and one at midnight on the next", () => {
    const { at } = buildAuditWhere({ from: "2022-11-03", to: "2022-11-03" }) as { at: { gte: Date; lt: Date } };
    const lastSecond = new Date("2022-11-03T15:59:59.999Z");
    const midnight = new Date("2022-11-03T16:00:00.000Z");
    expect(lastSecond >= at.gte && lastSecond < at.lt).toBe(true);
    expect(midnight < at.lt).toBe(false);
    expect(formatTimestamp(lastSecond)).toBe("2022-11-03 23:59:59");
    expect(formatTimestamp(midnight)).toBe("2022-11-04 00:00:00");
    expect(startOfDay("2022-11-03").toISOString()).toBe("2022-11-02T16:00:00.000Z");
  });
});
