import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ApiTokenTable } from "@/components/admin/api-token-table";
import { EditUserForm } from "@/components/admin/edit-user-form";
import { UserFacts } from "@/components/admin/user-facts";
import { UserStateActions } from "@/components/admin/user-state-actions";
import { parseUserId } from "@/lib/admin/params";
import { getUserDetail } from "@/lib/admin/queries";
import { requireViewer } from "@/lib/auth/viewer";
import { listUnitOptions } from "@/lib/org/queries";
import { portalNow } from "@/lib/time/clock";

export const metadata: Metadata = { title: "用户详情" };
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }> };

export default async function AdminUserPage({ params }: Props) {
  const viewer = await requireViewer("account.admin");
  const userId = parseUserId((await params).id);
  const [user, units] = await Promise.all([userId === null ? null : getUserDetail(viewer, userId), listUnitOptions()]);
  if (!user) notFound();
  const isSelf = user.id === viewer.userId;
  // Account times come on the portal's clock (lib/admin/queries.ts), so "now" does too.
  const now = portalNow();
  return (
    <div className="space-y-6">
      <div>
        <Link href="/admin/users" className="text-sm text-brand-700 hover:underline">
          ← 用户管理
        </Link>
        <h1 className="mt-1 text-2xl font-semibold">
          {user.displayName} <span className="font-mono text-lg text-slate-500">{user.username}</span>
        </h1>
      </div>
      <UserFacts user={user} now={now} />
      <section aria-labelledby="edit-user" className="space-y-2">
        <h2 id="edit-user" className="text-lg font-medium">
          修改资料
        </h2>
        <EditUserForm
          user={{ id: user.id, displayName: user.displayName, role: user.role, unitCode: user.unit.code }}
          units={units}
          isSelf={isSelf}
        />
      </section>
      <section aria-labelledby="account-state" className="space-y-2">
        <h2 id="account-state" className="text-lg font-medium">
          账号状态与密码
        </h2>
        <UserStateActions
          user={{
            id: user.id,
            username: user.username,
            disabled: user.disabledAt !== null,
            locked: user.lockedUntil !== null && user.lockedUntil > now,
          }}
          isSelf={isSelf}
        />
      </section>
      <section aria-labelledby="api-tokens" className="space-y-2">
        <h2 id="api-tokens" className="text-lg font-medium">
          API 令牌
        </h2>
        <ApiTokenTable userId={user.id} tokens={user.apiTokens} />
      </section>
    </div>
  );
}
