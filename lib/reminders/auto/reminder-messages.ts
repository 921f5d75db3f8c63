// The words of automatic reminders: what is due, counted from the day it is sent (a portal that was
// down sends late, and says so truly), and which rule sent it (a unit can see why it was reminded).
import { daysBetween, shanghaiDay } from "@/lib/time/days";
import { formatDateTime, formatPeriod } from "@/lib/time/format";
import { type ReminderRuleRow, ruleText } from "./pick-reminders";

export type Message = { title: string; body: string };

export function dutyMessage(
  rule: ReminderRuleRow,
  today: string,
  period: string,
  due: Date,
  points: string[],
): Message {
  const month = `${formatPeriod(period)}工作进展`;
  const days = daysBetween(today, shanghaiDay(due));
  const title =
    days > 0
      ? `提醒:${month}还有 ${days} 天截止报送`
      : days === 0
        ? `提醒:今天是${month}报送截止日`
        : `逾期提醒:${month}已逾期 ${-days} 天`;
  return {
    title,
    body: `报送截止时间 ${formatDateTime(due)}。本单位尚未报送:${points.join("、")}。(自动提醒,提醒规则:${ruleText(rule)})`,
  };
}

export function reviewMessage(rule: ReminderRuleRow, reports: string[]): Message {
  return {
    title: `待审核提醒:${reports.length} 份报告已等待审核满 ${rule.days} 天`,
    body: `请尽快审核:${reports.join("、")}。(自动提醒,提醒规则:${ruleText(rule)})`,
  };
}
