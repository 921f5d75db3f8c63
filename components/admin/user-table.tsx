import Link from "next/link";
import type { UserListRow } from "@/lib/admin/queries";
import { userStateLabel } from "@/lib/admin/labels";
import { ROLE_LABELS } from "@/lib/policy";
import { formatDateTime } from "@/lib/time/format";

export function UserTable({ users, now }: { users: UserListRow[]; now: Date }) {
  if (users.length === 0)
    return <p className="rounded-lg border border-slate-200 bg-white p-4 text-slate-600">没有符合条件的用户。</p>;
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full text-sm">
        <thead className="bg-slate-50 text-left text-slate-600">
          <tr>
            {["用户名", "姓名", "单位", "角色", "状态", "最近登录"].map((label) => (
              <th key={label} scope="col" className="px-3 py-2 font-medium">
                {label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {users.map((user) => {
            const state = userStateLabel(user, now);
            return (
              <tr key={user.id}>
                <th scope="row" className="px-3 py-2 text-left font-normal">
                  <Link href={`/admin/users/${user.id}`} className="font-mono text-brand-700 hover:underline">
                    {user.username}
                  </Link>
                </th>
                <td className="px-3 py-2">{user.displayName}</td>
                <td className="px-3 py-2">{user.unit.name}</td>
                <td className="px-3 py-2">{ROLE_LABELS[user.role]}</td>
                <td className={`px-3 py-2 ${state === "正常" ? "" : "text-red-700"}`}>
                  {state}
                  {user.mustChangePassword && <span className="block text-xs text-slate-500">待修改初始密码</span>}
                </td>
                <td className="px-3 py-2 tabular-nums text-slate-600">
                  {user.lastSignInAt ? formatDateTime(user.lastSignInAt) : "从未登录"}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
