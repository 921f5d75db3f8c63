import type { Metadata } from "next";
import { CreateUserForm } from "@/components/admin/create-user-form";
import { UserFilter } from "@/components/admin/user-filter";
import { UserTable } from "@/components/admin/user-table";
import { listUsers } from "@/lib/admin/queries";
import { userFilterSchema } from "@/lib/admin/schemas";
import { requireViewer } from "@/lib/auth/viewer";
import { listUnitOptions } from "@/lib/org/queries";
import { portalNow } from "@/lib/time/clock";

export const metadata: Metadata = { title: "用户管理" };
export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export default async function AdminUsersPage({ searchParams }: Props) {
  const viewer = await requireViewer("account.admin");
  const params = await searchParams;
  const filter = userFilterSchema.parse({ unit: first(params.unit), role: first(params.role) });
  const [units, users] = await Promise.all([listUnitOptions(), listUsers(viewer, filter)]);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">用户管理</h1>
      <section aria-labelledby="new-user" className="space-y-2">
        <h2 id="new-user" className="text-lg font-medium">
          新建用户
        </h2>
        <p className="text-sm text-slate-600">
          系统生成临时密码,只显示一次;新用户首次登录时须修改密码。角色须与所属单位相符。
        </p>
        <CreateUserForm units={units} />
      </section>
      <section aria-labelledby="user-list" className="space-y-2">
        <h2 id="user-list" className="text-lg font-medium">
          用户列表 <span className="text-sm font-normal text-slate-500">共 {users.length} 个</span>
        </h2>
        <UserFilter units={units} filter={filter} />
        <UserTable users={users} now={portalNow()} />
      </section>
    </div>
  );
}
