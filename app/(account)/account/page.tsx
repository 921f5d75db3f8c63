import type { Metadata } from "next";
import Link from "next/link";
import { getAccountOverview } from "@/lib/account/overview";
import { readAuthSettings } from "@/lib/auth/settings";
import { requireViewer } from "@/lib/auth/viewer";
import { getPrisma } from "@/lib/db";
import { ROLE_LABELS } from "@/lib/policy";
import { portalNow } from "@/lib/time/clock";
import { formatDateTime } from "@/lib/time/format";

export const metadata: Metadata = { title: "账号与安全" };

export default async function AccountPage() {
  const viewer = await requireViewer("session.read");
  const account = await getAccountOverview(getPrisma(), viewer.userId, readAuthSettings());
  const expired = account.passwordExpiresAt !== null && account.passwordExpiresAt < portalNow();
  const cards = [
    {
      href: "/account/password",
      title: "修改密码",
      state: expired ? "已过期" : "有效",
      detail: `上次修改:${formatDateTime(account.passwordChangedAt)}。${account.passwordExpiresAt ? `${expired ? "已于" : "将于"} ${formatDateTime(account.passwordExpiresAt)} 到期。` : "演示账号密码不过期。"}`,
      warn: expired,
    },
    {
      href: "/account/security",
      title: "两步验证",
      state: account.totpEnabledAt ? "已开启" : "未开启",
      detail: account.totpEnabledAt
        ? `开启于 ${formatDateTime(account.totpEnabledAt)}。`
        : account.totpRequired
          ? "您的角色要求开启两步验证。"
          : "开启后登录时需输入身份验证器中的动态口令。",
      warn: !account.totpEnabledAt && account.totpRequired,
    },
    {
      href: "/account/tokens",
      title: "API 令牌",
      state: `${account.activeTokens} 个有效`,
      detail: "供其他系统以您的身份只读调用数据接口。",
      warn: false,
    },
  ];
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">账号与安全</h1>
      <dl className="grid grid-cols-[auto_1fr] gap-x-6 gap-y-2 rounded-lg border border-slate-200 bg-white p-4 text-sm">
        <dt className="text-slate-500">姓名</dt>
        <dd>{account.displayName}</dd>
        <dt className="text-slate-500">用户名</dt>
        <dd>
          {account.username}
          {account.isDemo && <span className="ml-2 text-slate-500">(演示账号)</span>}
        </dd>
        <dt className="text-slate-500">单位</dt>
        <dd>{account.unitName}</dd>
        <dt className="text-slate-500">角色</dt>
        <dd>{ROLE_LABELS[account.role]}</dd>
      </dl>
      <ul className="grid gap-3 sm:grid-cols-3">
        {cards.map((card) => (
          <li key={card.href}>
            <Link
              href={card.href}
              className="block h-full space-y-1 rounded-lg border border-slate-200 bg-white p-4 hover:border-brand-600"
            >
              <span className="flex items-baseline justify-between gap-2">
                <span className="font-medium text-brand-900">{card.title}</span>
                <span className={card.warn ? "text-sm text-red-700" : "text-sm text-slate-600"}>{card.state}</span>
              </span>
              <span className="block text-sm text-slate-600">{card.detail}</span>
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
