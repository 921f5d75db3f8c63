import type { UserDetail } from "@/lib/admin/queries";
import { userStateLabel } from "@/lib/admin/labels";
import { ROLE_LABELS } from "@/lib/policy";
import { formatDateTime } from "@/lib/time/format";

export function UserFacts({ user, now }: { user: UserDetail; now: Date }) {
  const facts: [string, string][] = [
    ["用户名", user.username],
    ["角色", ROLE_LABELS[user.role]],
    ["所属单位", user.unit.name],
    ["状态", userStateLabel(user, now)],
    ["密码", `${formatDateTime(user.passwordChangedAt)} 设置${user.mustChangePassword ? ",下次登录须修改" : ""}`],
    ["动态口令", user.totpEnabledAt ? `已于 ${formatDateTime(user.totpEnabledAt)} 启用` : "未启用"],
    ["最近登录", user.lastSignInAt ? formatDateTime(user.lastSignInAt) : "从未登录"],
    ["未结束的会话", `${user._count.sessions} 个`],
    ["创建时间", formatDateTime(user.createdAt)],
  ];
  return (
    <dl className="grid gap-x-6 gap-y-2 rounded-lg border border-slate-200 bg-white p-4 text-sm sm:grid-cols-[auto_1fr]">
      {facts.map(([label, value]) => (
        <div key={label} className="contents">
          <dt className="text-slate-500">{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
