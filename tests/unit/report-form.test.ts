import { describe, expect, it } from "vitest";
import { checkReportForm, fieldErrorsByName, readReportForm } from "@/components/reports/form-payload";
import { rateText, valueText } from "@/components/reports/value-text";
import { NO_PROGRESS_REASON_MISSING, PROGRESS_MISSING } from "@/lib/reports/required-values";
import type { IndicatorRow } from "@/lib/reports/value-rows";

const indicator = (id: number, kind: IndicatorRow["kind"], unit = "个"): IndicatorRow => ({
  id,
  name: `指标${id}`,
  unit,
  kind,
  target: 10,
  wholeNumbers: kind === "SUM",
  dueOn: kind === "MILESTONE" ? "2022-06-30" : null,
  current: null,
  lastApproved: null,
});
const INDICATORS = [indicator(7, "SUM"), indicator(8, "RATE", "%"), indicator(9, "MILESTONE")];

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
}

describe("the report form", () => {
  it("shows a rate from its parts, and a ratio in the indicator's unit", () => {
    expect(rateText("RATE", "%", 9, 20)).toBe("45%");
    expect(rateText("RATIO", "人/万人", 398, 27.3)).toBe("14.58人/万人");
    expect(rateText("RATE", "%", 3, 0)).toBe("");
    expect(
      valueText(
        { kind: "RATE", unit: "%" },
        { value: null, numerator: 1, denominator: 3, done: null, doneOn: null, explanation: "", implausible: false },
      ),
    ).toBe("1/3(33.33%)");
    expect(
      valueText(
        { kind: "MILESTONE", unit: "" },
        {
          value: null,
          numerator: null,
          denominator: null,
          done: true,
          doneOn: "2022-10-15",
          explanation: "",
          implausible: false,
        },
      ),
    ).toBe("已完成(2022-10-15)");
  });

  it("sends each kind of indicator only its own parts", () => {
    const input = readReportForm(
      form({
        "7.value": "１２",
        "8.numerator": "5",
        "8.denominator": "20",
        "9.done": "true",
        "9.doneOn": "2022-10-15",
        progress: "进展",
      }),
      INDICATORS,
      { pointId: 1, period: "2022-10", expectedVersion: 3 },
    );
    expect(input.values).toEqual([
      { indicatorId: 7, value: "１２", explanation: "" },
      { indicatorId: 8, numerator: "5", denominator: "20", explanation: "" },
      { indicatorId: 9, done: true, doneOn: "2022-10-15", explanation: "" },
    ]);
    expect(input.expectedVersion).toBe(3);
    expect(checkReportForm(input, INDICATORS, "2022-11-03")).toEqual({});
  });

  it("puts each error beside its field, in Chinese, and requires 进展情况", () => {
    const input = readReportForm(form({ "7.value": "-1", "8.numerator": "abc", "8.denominator": "2" }), INDICATORS, {
      pointId: 1,
      period: "2022-10",
      expectedVersion: null,
    });
    expect(checkReportForm(input, INDICATORS, "2022-11-03")).toEqual({
      "7.value": ["不能为负数"],
      "8.numerator": ["“abc”不是有效数字"],
      progress: [PROGRESS_MISSING],
    });
    expect(fieldErrorsByName({ "values.2.doneOn": ["完成日期格式应为 2022-10-15"] }, INDICATORS)).toEqual({
      "9.doneOn": ["完成日期格式应为 2022-10-15"],
    });
  });

  it("refuses beside the field a fraction of a counted thing, a value beyond belief without 说明, a milestone without its date", () => {
    const read = (fields: Record<string, string>) =>
      readReportForm(form({ progress: "进展", ...fields }), INDICATORS, {
        pointId: 1,
        period: "2022-06",
        expectedVersion: null,
      });
    expect(checkReportForm(read({ "7.value": "2.5" }), INDICATORS, "2022-07-03")).toEqual({
      "7.value": ["「指标7」统计的是整数(个)，不能填 2.5"],
    });
    expect(checkReportForm(read({ "7.value": "31" }), INDICATORS, "2022-07-03")).toEqual({
      "7.explanation": ["超过本单位目标的3倍，请说明"],
    });
    expect(
      checkReportForm(read({ "7.value": "31", "7.explanation": "含上年结转项目" }), INDICATORS, "2022-07-03"),
    ).toEqual({});
    expect(checkReportForm(read({ "9.done": "true" }), INDICATORS, "2022-07-03")).toEqual({
      "9.doneOn": ["已完成的请填写完成日期"],
    });
    expect(checkReportForm(read({ "9.done": "true", "9.doneOn": "2022-07-01" }), INDICATORS, "2022-07-03")).toEqual({
      "9.doneOn": ["完成日期 2022-07-01 不能晚于所填报的2022年6月"],
    });
    // 未完成 sends no date, whatever was typed before switching back.
    expect(read({ "9.done": "false", "9.doneOn": "2022-07-01" }).values[2]).toEqual({
      indicatorId: 9,
      done: false,
      doneOn: "",
      explanation: "",
    });
  });

  it("sends nothing with a blank figure: each blank is named beside its field; a draft may still be saved", () => {
    const read = (fields: Record<string, string>) =>
      readReportForm(form({ progress: "进展", ...fields }), INDICATORS, {
        pointId: 1,
        period: "2022-10",
        expectedVersion: 4,
      });
    const blank = read({ "7.value": "" });
    expect(checkReportForm(blank, INDICATORS, "2022-11-03")).toEqual({});
    expect(checkReportForm(blank, INDICATORS, "2022-11-03", true)).toEqual({
      "7.value": ["请填写本月累计值(没有新进展的,填上月累计值)"],
      "8.numerator": ["请填写分子"],
      "8.denominator": ["请填写分母"],
      "9.done": ["请选择已完成或未完成"],
    });
    const full = read({ "7.value": "3", "8.numerator": "5", "8.denominator": "20", "9.done": "false" });
    expect(checkReportForm(full, INDICATORS, "2022-11-03", true)).toEqual({});
  });

  it("takes 本月无新进展 in place of 进展情况, never without its reason", () => {
    const read = (fields: Record<string, string>) =>
      readReportForm(
        form({ "7.value": "3", "8.numerator": "5", "8.denominator": "20", "9.done": "false", ...fields }),
        INDICATORS,
        {
          pointId: 1,
          period: "2022-10",
          expectedVersion: 4,
        },
      );
    expect(checkReportForm(read({ noProgress: "on" }), INDICATORS, "2022-11-03", true)).toEqual({
      noProgressReason: [NO_PROGRESS_REASON_MISSING],
    });
    const said = read({ noProgress: "on", noProgressReason: "项目尚在审批" });
    expect(said).toMatchObject({ noProgress: true, noProgressReason: "项目尚在审批" });
    expect(checkReportForm(said, INDICATORS, "2022-11-03", true)).toEqual({});
    // A reason left in the box after unticking is not sent.
    expect(read({ noProgressReason: "旧原因", progress: "已开工" })).toMatchObject({
      noProgress: false,
      noProgressReason: "",
    });
  });
});
