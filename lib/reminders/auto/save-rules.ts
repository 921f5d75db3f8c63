// 提醒规则: the supervisor changes the days and turns rules on or off (none is deleted: its record
// of reminders sent stays). Checked as a whole, saved in one transaction with one audit row.
import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { recordAudit, type RequestContext } from "@/lib/audit/record-audit";
import { auditActorOf } from "@/lib/audit/actor";
import type { Viewer } from "@/lib/auth/viewer-type";
import { UserError } from "@/lib/errors";
import { ruleText } from "./pick-reminders";
import type { SaveReminderRulesInput } from "./rule-schemas";

export async function saveReminderRules(
  db: PrismaClient,
  actor: Viewer,
  context: RequestContext,
  input: SaveReminderRulesInput,
): Promise<{ changed: number }> {
  return db.$transaction(async (tx) => {
    const before = await tx.reminderRule.findMany({ orderBy: { id: "asc" } });
    const byId = new Map(before.map((rule) => [rule.id, rule]));
    const after = input.rules.map((change, index) => {
      const rule = byId.get(change.id);
      if (!rule) throw new UserError("规则已不存在,请刷新页面后重试。");
      if (rule.trigger === "ON_DUE" && change.days !== 0)
        throw new UserError("截止当天的提醒没有天数。", { field: `rules.${index}.days` });
      if (rule.trigger !== "ON_DUE" && change.days < 1)
        throw new UserError("天数至少为 1 天。", { field: `rules.${index}.days` });
      return { ...rule, days: change.days, enabled: change.enabled };
    });
    const seen = new Set<string>();
    after.forEach((rule, index) => {
      const key = `${rule.trigger}:${rule.days}`;
      if (seen.has(key)) throw new UserError(`已有一条“${ruleText(rule)}”的规则。`, { field: `rules.${index}.days` });
      seen.add(key);
    });
    const changed = after.filter((rule) => {
      const old = byId.get(rule.id)!;
      return old.days !== rule.days || old.enabled !== rule.enabled;
    });
    if (changed.length === 0) return { changed: 0 };
    // Two rules trading their days would meet the unique key half-way: park the changed ones first.
    for (const rule of changed) await tx.reminderRule.update({ where: { id: rule.id }, data: { days: -rule.id } });
    for (const rule of changed)
      await tx.reminderRule.update({ where: { id: rule.id }, data: { days: rule.days, enabled: rule.enabled } });
    const ruleState = (rule: { trigger: (typeof after)[number]["trigger"]; days: number; enabled: boolean }) =>
      `${ruleText(rule)}${rule.enabled ? "" : "(停用)"}`;
    await recordAudit(tx, {
      actor: auditActorOf(actor),
      action: "reminder.rule",
      result: "SUCCESS",
      objectType: "ReminderRule",
      objectId: changed.map((rule) => rule.id).join(","),
      before: changed.map((rule) => ruleState(byId.get(rule.id)!)),
      after: changed.map(ruleState),
      detail: changed.map((rule) => `${ruleState(byId.get(rule.id)!)} → ${ruleState(rule)}`).join(";"),
      context,
    });
    return { changed: changed.length };
  });
}
