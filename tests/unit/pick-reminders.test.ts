// Which unit gets which automatic reminder on which day (Beijing calendar days). October 2022 is due
// on Saturday 5 November; February 2023 on Sunday 5 March, after a month-end on the 28th.
import { describe, expect, it } from "vitest";
import {
  fireDayOf,
  type OpenDuty,
  pickDutyReminders,
  pickReviewReminders,
  type ReminderRuleRow,
  ruleText,
} from "@/lib/reminders/auto/pick-reminders";
import { dutyMessage } from "@/lib/reminders/auto/reminder-messages";
import { dueDateOn } from "@/lib/time/periods";

const RULES: ReminderRuleRow[] = [
  { id: 1, trigger: "BEFORE_DUE", days: 3, enabled: true },
  { id: 2, trigger: "ON_DUE", days: 0, enabled: true },
  { id: 3, trigger: "OVERDUE", days: 1, enabled: true },
  { id: 4, trigger: "OVERDUE", days: 3, enabled: true },
  { id: 5, trigger: "REVIEW_WAITING", days: 3, enabled: true },
];
const october = (unitId: number, dueDay = "2022-11-05"): OpenDuty => ({
  unitId,
  period: "2022-10",
  pointId: 11,
  dueDay,
});
const ruleIdsOn = (day: string, duties: OpenDuty[], rules = RULES) =>
  pickDutyReminders(day, rules, duties).map((reminder) => `${reminder.unitId}:${reminder.rule.id}`);

describe("duty reminders", () => {
  it("sends 3 days before, on the due day and 1 and 3 days after, and nothing between", () => {
    const days = ["2022-11-01", "2022-11-02", "2022-11-05", "2022-11-06", "2022-11-09", "2022-11-12"];
    expect(days.map((day) => ruleIdsOn(day, [october(7)]))).toEqual([[], ["7:1"], ["7:2"], ["7:3"], ["7:4"], []]);
  });

  it("counts calendar days through a weekend: Saturday's due date is reminded on Wednesday, overdue on Sunday", () => {
    expect(fireDayOf(RULES[0], "2022-11-05")).toBe("2022-11-02");
    expect(new Date("2022-11-05T12:00:00+08:00").getDay()).toBe(6);
    expect(ruleIdsOn("2022-11-06", [october(7)])).toEqual(["7:3"]);
  });

  it("crosses a month end: February 2023 (due 5 March) is reminded on 2 March, 3 days before", () => {
    const february: OpenDuty = { unitId: 3, period: "2023-02", pointId: 4, dueDay: "2023-03-05" };
    expect(ruleIdsOn("2023-03-02", [february])).toEqual(["3:1"]);
    expect(ruleIdsOn("2023-02-28", [february])).toEqual([]);
  });

  it("reads the due day in Beijing time: the end of 5 November is 15:59:59.999 UTC", () => {
    expect(dueDateOn("2022-10", 5).toISOString()).toBe("2022-11-05T15:59:59.999Z");
  });

  it("follows a unit's granted extension, so its neighbour is overdue while it is not", () => {
    expect(ruleIdsOn("2022-11-06", [october(7), october(8, "2022-11-10")])).toEqual(["7:3"]);
    expect(ruleIdsOn("2022-11-07", [october(8, "2022-11-10")])).toEqual(["8:1"]);
  });

  it("catches up after a stopped portal with the most urgent rule only, never 'before' after the due day", () => {
    expect(ruleIdsOn("2022-11-03", [october(7)])).toEqual(["7:1"]);
    expect(ruleIdsOn("2022-11-07", [october(7)])).toEqual(["7:3"]);
    expect(
      ruleIdsOn(
        "2022-11-05",
        [october(7)],
        RULES.filter((rule) => rule.id !== 2),
      ),
    ).toEqual([]);
  });

  it("sends nothing for a disabled rule", () => {
    const rules = RULES.map((rule) => (rule.id === 1 ? { ...rule, enabled: false } : rule));
    expect(ruleIdsOn("2022-11-02", [october(7)], rules)).toEqual([]);
  });

  it("says how many days are left from the day it is sent, and which rule sent it", () => {
    const due = dueDateOn("2022-10", 5);
    const late = dutyMessage(RULES[0], "2022-11-03", "2022-10", due, ["第11条 养老服务"]);
    expect(late.title).toBe("提醒:2022年10月工作进展还有 2 天截止报送");
    expect(late.body).toContain("提醒规则:报送截止前 3 天");
    expect(dutyMessage(RULES[3], "2022-11-08", "2022-10", due, []).title).toBe(
      "逾期提醒:2022年10月工作进展已逾期 3 天",
    );
    expect(ruleText(RULES[4])).toBe("报告等待审核满 3 天");
  });
});

describe("review reminders", () => {
  const waiting = (reportId: number, waitingSince: string) => ({
    unitId: 1,
    period: "2022-10",
    reportId,
    waitingSince,
  });

  it("reminds once a report has waited 3 days, and again at a longer rule", () => {
    const rules = [...RULES, { id: 6, trigger: "REVIEW_WAITING" as const, days: 7, enabled: true }];
    const picked = pickReviewReminders("2022-11-10", rules, [
      waiting(1, "2022-11-08"),
      waiting(2, "2022-11-07"),
      waiting(3, "2022-11-01"),
    ]);
    expect(picked.map((reminder) => `${reminder.subject}:${reminder.rule.days}`)).toEqual(["report:2:3", "report:3:7"]);
  });
});
