import type { Metadata } from "next";
import { ApiTokenTable } from "@/components/account/api-token-table";
import { CreateApiTokenForm } from "@/components/account/create-api-token-form";
import { listApiTokens, MAX_ACTIVE_TOKENS } from "@/lib/account/tokens";
import { requireViewer } from "@/lib/auth/viewer";
import { getPrisma } from "@/lib/db";

export const metadata: Metadata = { title: "API 令牌" };

export default async function ApiTokensPage() {
  const viewer = await requireViewer("account.own");
  const tokens = await listApiTokens(getPrisma(), viewer.userId);
  const active = tokens.filter((token) => !token.revokedAt).length;
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">API 令牌</h1>
      <p className="text-sm text-slate-600">
        API 令牌供其他系统以您的身份、按您当前的角色和单位只读调用 /api/v1 数据接口,请求时在请求头中加入{" "}
        <code className="font-mono">Authorization: Bearer 令牌</code>。 每个账号最多保留 {MAX_ACTIVE_TOKENS}{" "}
        个有效令牌;不再使用的令牌请及时撤销。
      </p>
      <section className="space-y-2 rounded-lg border border-slate-200 bg-white p-4">
        <h2 className="font-medium">创建令牌</h2>
        {viewer.mustChangePassword || viewer.mustEnrolTotp ? (
          <p className="text-sm text-amber-900">
            请先{viewer.mustChangePassword ? "修改密码" : "开启两步验证"},再创建 API 令牌。
          </p>
        ) : active >= MAX_ACTIVE_TOKENS ? (
          <p className="text-sm text-amber-900">已有 {active} 个有效令牌,达到上限。请先撤销不再使用的令牌。</p>
        ) : (
          <CreateApiTokenForm />
        )}
      </section>
      <ApiTokenTable tokens={tokens} />
    </div>
  );
}
