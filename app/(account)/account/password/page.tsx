import type { Metadata } from "next";
import { ChangePasswordForm } from "@/components/account/change-password-form";
import { requireViewer } from "@/lib/auth/viewer";

export const metadata: Metadata = { title: "修改密码" };

export default async function ChangePasswordPage() {
  const viewer = await requireViewer("account.password");
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">修改密码</h1>
      {viewer.mustChangePassword && (
        <p role="status" className="rounded-md border border-amber-200 bg-amber-50 px-4 py-3 text-sm text-amber-900">
          首次登录、密码被重置或密码已过期,请先设置新密码再继续使用。
        </p>
      )}
      <p className="text-sm text-slate-600">
        新密码至少 8 位,包含大写字母、小写字母、数字、符号中的至少三类,不能包含用户名,不能是常见密码。修改后需重新登录。
      </p>
      <ChangePasswordForm />
    </div>
  );
}
