import type { Metadata } from "next";
import Link from "next/link";
import { ReminderRulesForm } from "@/components/reminders/reminder-rules-form";
import { requireViewer } from "@/lib/auth/viewer";
import { getPrisma } from "@/lib/db";
import { listReminderRules } from "@/lib/reminders/auto/rule-queries";

export const metadata: Metadata = { title: "提醒规则" };
export const dynamic = "force-dynamic";

export default async function ReminderRulesPage() {
  await requireViewer("reminder.rules");
  const rules = await listReminderRules(getPrisma());
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-baseline justify-between gap-3">
        <h1 className="text-2xl font-semibold">自动提醒规则</h1>
        <Link href="/reminders" className="text-brand-700 underline">
          返回催办
        </Link>
      </div>
      <p className="text-sm text-slate-700">
        平台每小时检查一次(北京时间),按下列规则向尚未报送的单位和积压报告的审核人发送站内通知(配置了邮件的单位同时发邮件)。
        同一规则对同一单位、同一月份、同一事项只提醒一次;通知中写明是哪条规则发出的。修改会记入审计日志。
      </p>
      <ReminderRulesForm rules={rules} />
    </div>
  );
}
