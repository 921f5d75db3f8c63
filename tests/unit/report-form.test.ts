import { describe, expect, it } from "vitest";
import { checkReportForm, fieldErrorsByName, readReportForm } from "@/components/reports/form-payload";
import { rateText, valueText } from "@/components/reports/value-text";
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
      progress: ["请填写进展情况"],
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
});
