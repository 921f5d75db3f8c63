import type { ApiTokenRow } from "@/lib/account/tokens";
import { formatDateTime } from "@/lib/time/format";
import { RevokeApiTokenButton } from "./revoke-api-token-button";

export function ApiTokenTable({ tokens }: { tokens: ApiTokenRow[] }) {
  if (tokens.length === 0) return <p className="text-sm text-slate-600">您还没有 API 令牌。</p>;
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full text-sm">
        <thead className="bg-slate-50 text-left text-slate-600">
          <tr>
            <th className="px-3 py-2 font-medium">名称</th>
            <th className="px-3 py-2 font-medium">前缀</th>
            <th className="px-3 py-2 font-medium">创建时间</th>
            <th className="px-3 py-2 font-medium">最近使用</th>
            <th className="px-3 py-2 font-medium">状态</th>
            <th className="px-3 py-2">
              <span className="sr-only">操作</span>
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {tokens.map((token) => (
            <tr key={token.id} className={token.revokedAt ? "text-slate-500" : undefined}>
              <td className="px-3 py-2">{token.name}</td>
              <td className="px-3 py-2 font-mono">{token.prefix}…</td>
              <td className="px-3 py-2">{formatDateTime(token.createdAt)}</td>
              <td className="px-3 py-2">{token.lastUsedAt ? formatDateTime(token.lastUsedAt) : "从未使用"}</td>
              <td className="px-3 py-2">
                {token.revokedAt ? (
                  `已撤销(${formatDateTime(token.revokedAt)})`
                ) : (
                  <span className="text-green-700">有效</span>
                )}
              </td>
              <td className="px-3 py-2 text-right">
                {!token.revokedAt && <RevokeApiTokenButton id={token.id} name={token.name} />}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
