import type { UserDetail } from "@/lib/admin/queries";
import { formatDateTime } from "@/lib/time/format";
import { RevokeTokenButton } from "./revoke-token-button";

export function ApiTokenTable({ userId, tokens }: { userId: number; tokens: UserDetail["apiTokens"] }) {
  if (tokens.length === 0) return <p className="text-sm text-slate-600">该用户没有 API 令牌。</p>;
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full text-sm">
        <thead className="bg-slate-50 text-left text-slate-600">
          <tr>
            {["名称", "前缀", "创建时间", "最近使用", "状态", "操作"].map((label) => (
              <th key={label} scope="col" className="px-3 py-2 font-medium">
                {label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {tokens.map((token) => (
            <tr key={token.id}>
              <th scope="row" className="px-3 py-2 text-left font-normal">
                {token.name}
              </th>
              <td className="px-3 py-2 font-mono">{token.prefix}…</td>
              <td className="px-3 py-2 tabular-nums">{formatDateTime(token.createdAt)}</td>
              <td className="px-3 py-2 tabular-nums">
                {token.lastUsedAt ? formatDateTime(token.lastUsedAt) : "从未使用"}
              </td>
              <td className="px-3 py-2">{token.revokedAt ? `已于 ${formatDateTime(token.revokedAt)} 撤销` : "有效"}</td>
              <td className="px-3 py-2 text-right">
                {!token.revokedAt && <RevokeTokenButton userId={userId} token={token} />}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
