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
        { value: null, numerator: 1, denominator: 3, done: null, doneOn: null, explanation: "" },
      ),
    ).toBe("1/3(33.33%)");
    expect(
      valueText(
        { kind: "MILESTONE", unit: "" },
        { value: null, numerator: null, denominator: null, done: true, doneOn: "2022-10-15", explanation: "" },
      ),
    ).toBe("已完成(2022-10-15)");
  });

  it("sends each kind of indicator only its own parts", () => {
    const input = readReportForm(
      form({
        "7.value": "１２",
        "8.numerator": "9",
        "8.denominator": "20",
        "9.done": "on",
        "9.doneOn": "2022-10-15",
        progress: "进展",
      }),
      INDICATORS,
      { pointId: 1, period: "2022-10", expectedVersion: 3 },
    );
    expect(input.values).toEqual([
      { indicatorId: 7, value: "１２", explanation: "" },
      { indicatorId: 8, numerator: "9", denominator: "20", explanation: "" },
      { indicatorId: 9, done: true, doneOn: "2022-10-15", explanation: "" },
    ]);
    expect(input.expectedVersion).toBe(3);
    expect(checkReportForm(input, INDICATORS)).toEqual({});
  });

  it("puts each error beside its field, in Chinese, and requires 进展情况", () => {
    const input = readReportForm(form({ "7.value": "-1", "8.numerator": "abc", "8.denominator": "2" }), INDICATORS, {
      pointId: 1,
      period: "2022-10",
      expectedVersion: null,
    });
    expect(checkReportForm(input, INDICATORS)).toEqual({
      "7.value": ["不能为负数"],
      "8.numerator": ["“abc”不是有效数字"],
      progress: ["请填写进展情况"],
    });
    expect(fieldErrorsByName({ "values.2.doneOn": ["完成日期格式应为 2022-10-15"] }, INDICATORS)).toEqual({
      "9.doneOn": ["完成日期格式应为 2022-10-15"],
    });
  });
});
