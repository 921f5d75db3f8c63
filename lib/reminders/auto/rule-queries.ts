import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { ruleText } from "./pick-reminders";

export type RuleView = { id: number; trigger: string; days: number; enabled: boolean; label: string; sent: number };

const ORDER = ["BEFORE_DUE", "ON_DUE", "OVERDUE", "REVIEW_WAITING"];

/** The rules in the order a month runs (before, on, after the due date, then the review queue), with how often each sent. */
export async function listReminderRules(db: PrismaClient): Promise<RuleView[]> {
  const rules = await db.reminderRule.findMany({
    select: { id: true, trigger: true, days: true, enabled: true, _count: { select: { sent: true } } },
  });
  return rules
    .sort((a, b) => ORDER.indexOf(a.trigger) - ORDER.indexOf(b.trigger) || a.days - b.days)
    .map((rule) => ({
      id: rule.id,
      trigger: rule.trigger,
      days: rule.days,
      enabled: rule.enabled,
      label: ruleText(rule),
      sent: rule._count.sent,
    }));
}
