"use client";

import { revokeUserApiTokenAction } from "@/lib/admin/actions";
import { FormMessage, SECONDARY_BUTTON_CLASS } from "./form-fields";
import { useAdminAction } from "./use-admin-action";

type Props = { userId: number; token: { id: number; name: string } };

export function RevokeTokenButton({ userId, token }: Props) {
  const { pending, message, run } = useAdminAction();
  return (
    <div className="space-y-1">
      <button
        type="button"
        disabled={pending}
        className={`${SECONDARY_BUTTON_CLASS} text-red-700`}
        onClick={() =>
          confirm(`撤销令牌「${token.name}」?使用它的程序将立即无法访问。`) &&
          run(() => revokeUserApiTokenAction({ userId, tokenId: token.id }))
        }
      >
        {pending ? "撤销中…" : "撤销"}
      </button>
      <FormMessage message={message} />
    </div>
  );
}
