// Which automatic reminders are due on a day (Beijing calendar days), as pure functions. A job that
// runs again, or on several instances, asks the same question and gets the same answer; the
// database's unique record of each reminder (ReminderSent) makes sure it is sent once.
import type { ReminderTrigger } from "@/lib/generated/prisma/enums";
import { addDays, daysBetween } from "@/lib/time/days";

export type ReminderRuleRow = { id: number; trigger: ReminderTrigger; days: number; enabled: boolean };

/** A duty still to be sent to the city: the unit, the month, the point and the unit's due day (extension included). */
export type OpenDuty = { unitId: number; period: string; pointId: number; dueDay: string };

/** A report in a reviewer's queue since a day. */
export type WaitingReport = { unitId: number; period: string; reportId: number; waitingSince: string };

export type DueReminder = { rule: ReminderRuleRow; unitId: number; period: string; subject: string };

/**
 * A portal that was down on a rule's day still sends it within this many days; later it is stale
 * (the next rule, or the overdue list, speaks for it).
 */
export const CATCH_UP_DAYS = 2;

const DUTY_TRIGGERS: ReminderTrigger[] = ["BEFORE_DUE", "ON_DUE", "OVERDUE"];

/** The day a duty rule fires for a due day. */
export function fireDayOf(rule: Pick<ReminderRuleRow, "trigger" | "days">, dueDay: string): string {
  if (rule.trigger === "BEFORE_DUE") return addDays(dueDay, -rule.days);
  if (rule.trigger === "OVERDUE") return addDays(dueDay, rule.days);
  return dueDay;
}

/**
 * For each open duty, the most urgent rule whose day has come (within the catch-up window): one
 * reminder per duty and day, never a "3 days before" after the due day has passed.
 */
export function pickDutyReminders(today: string, rules: ReminderRuleRow[], duties: OpenDuty[]): DueReminder[] {
  const dutyRules = rules.filter((rule) => rule.enabled && DUTY_TRIGGERS.includes(rule.trigger));
  const picked: DueReminder[] = [];
  for (const duty of duties) {
    const candidates = dutyRules
      .map((rule) => ({ rule, fireDay: fireDayOf(rule, duty.dueDay) }))
      .filter(({ rule, fireDay }) => {
        const late = daysBetween(fireDay, today);
        if (late < 0 || late > CATCH_UP_DAYS) return false;
        return rule.trigger !== "BEFORE_DUE" || today < duty.dueDay;
      })
      .sort((a, b) => b.fireDay.localeCompare(a.fireDay));
    if (candidates.length === 0) continue;
    picked.push({
      rule: candidates[0].rule,
      unitId: duty.unitId,
      period: duty.period,
      subject: `point:${duty.pointId}`,
    });
  }
  return picked;
}

/** For each waiting report, the longest waiting rule it has reached (7 days after 3 days is a second reminder). */
export function pickReviewReminders(today: string, rules: ReminderRuleRow[], reports: WaitingReport[]): DueReminder[] {
  const reviewRules = rules
    .filter((rule) => rule.enabled && rule.trigger === "REVIEW_WAITING")
    .sort((a, b) => b.days - a.days);
  const picked: DueReminder[] = [];
  for (const report of reports) {
    const waited = daysBetween(report.waitingSince, today);
    const rule = reviewRules.find((candidate) => waited >= candidate.days);
    if (rule) picked.push({ rule, unitId: report.unitId, period: report.period, subject: `report:${report.reportId}` });
  }
  return picked;
}

/** The rule in words, as the supervisor set it and as a reminded unit reads why. */
export function ruleText(rule: Pick<ReminderRuleRow, "trigger" | "days">): string {
  if (rule.trigger === "BEFORE_DUE") return `报送截止前 ${rule.days} 天`;
  if (rule.trigger === "ON_DUE") return "报送截止当天";
  if (rule.trigger === "OVERDUE") return `逾期 ${rule.days} 天`;
  return `报告等待审核满 ${rule.days} 天`;
}
