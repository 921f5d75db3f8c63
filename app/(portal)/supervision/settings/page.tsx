import type { Metadata } from "next";
import Link from "next/link";
import { SupervisionSettingsForm } from "@/components/supervision/settings-form";
import { requireViewer } from "@/lib/auth/viewer";
import { getPrisma } from "@/lib/db";
import { readSupervisionSettings } from "@/lib/supervision/settings";

export const metadata: Metadata = { title: "督查单升级规则" };
export const dynamic = "force-dynamic";

export default async function SupervisionSettingsPage() {
  await requireViewer("notice.settings");
  const settings = await readSupervisionSettings(getPrisma());
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-baseline justify-between gap-3">
        <h1 className="text-2xl font-semibold">督查单升级规则</h1>
        <Link href="/supervision" className="text-brand-700 underline">
          返回督查单列表
        </Link>
      </div>
      <p className="text-sm text-slate-700">
        进度滞后、严重滞后按看板的状态阈值判断。平台每天早上检查一次(北京时间),同一单位同一事项同一颜色只拟发一次;
        黄色督查单逾期未反馈的,拟发红色督查单并将黄色督查单标为“已升级”。修改会记入审计日志。
      </p>
      <SupervisionSettingsForm settings={settings} />
    </div>
  );
}
