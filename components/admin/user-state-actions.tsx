"use client";

import { useState } from "react";
import { disableUserAction, enableUserAction, resetUserPasswordAction, unlockUserAction } from "@/lib/admin/actions";
import { FormMessage, SECONDARY_BUTTON_CLASS } from "./form-fields";
import { TemporaryPasswordNotice } from "./temporary-password-notice";
import { useAdminAction } from "./use-admin-action";

type Props = { user: { id: number; username: string; disabled: boolean; locked: boolean }; isSelf: boolean };

/** Disable or re-enable, unlock and reset the password. The viewer's own account offers none of them. */
export function UserStateActions({ user, isSelf }: Props) {
  const { pending, message, run } = useAdminAction();
  const [reset, setReset] = useState<{ username: string; temporaryPassword: string } | null>(null);
  const input = { userId: user.id };

  if (isSelf)
    return <p className="text-sm text-slate-600">这是您自己的账号:不能在此停用或重置密码;修改密码请到“我的账号”。</p>;

  return (
    <div className="space-y-3">
      {reset && (
        <TemporaryPasswordNotice
          username={reset.username}
          password={reset.temporaryPassword}
          onClose={() => setReset(null)}
        />
      )}
      <div className="flex flex-wrap gap-2">
        {user.disabled ? (
          <button
            type="button"
            disabled={pending}
            className={SECONDARY_BUTTON_CLASS}
            onClick={() => run(() => enableUserAction(input))}
          >
            重新启用
          </button>
        ) : (
          <button
            type="button"
            disabled={pending}
            className={`${SECONDARY_BUTTON_CLASS} text-red-700`}
            onClick={() =>
              confirm(`停用账号 ${user.username}?其所有登录会话将立即结束。`) && run(() => disableUserAction(input))
            }
          >
            停用账号
          </button>
        )}
        {user.locked && (
          <button
            type="button"
            disabled={pending}
            className={SECONDARY_BUTTON_CLASS}
            onClick={() => run(() => unlockUserAction(input))}
          >
            解除锁定
          </button>
        )}
        <button
          type="button"
          disabled={pending}
          className={SECONDARY_BUTTON_CLASS}
          onClick={() =>
            confirm(`重置账号 ${user.username} 的密码?其所有登录会话将立即结束,下次登录须修改密码。`) &&
            run(() => resetUserPasswordAction(input), setReset)
          }
        >
          重置密码
        </button>
      </div>
      <FormMessage message={message} />
    </div>
  );
}
