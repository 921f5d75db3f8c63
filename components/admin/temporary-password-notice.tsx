"use client";

import { useState } from "react";
import { SECONDARY_BUTTON_CLASS } from "./form-fields";

type Props = { username: string; password: string; onClose: () => void };

/** The only time the temporary password is shown: it is not stored anywhere it could be read again. */
export function TemporaryPasswordNotice({ username, password, onClose }: Props) {
  const [copied, setCopied] = useState(false);
  return (
    <div role="status" className="space-y-2 rounded-lg border border-amber-300 bg-amber-50 p-4">
      <p className="font-medium">账号 {username} 的临时密码(只显示这一次):</p>
      <p>
        <code className="rounded bg-white px-2 py-1 font-mono text-lg tracking-wider" data-testid="temporary-password">
          {password}
        </code>
      </p>
      <p className="text-sm text-slate-700">请通过安全渠道交给本人。该账号首次登录时须修改密码。</p>
      <div className="flex gap-2">
        <button
          type="button"
          className={SECONDARY_BUTTON_CLASS}
          onClick={() =>
            navigator.clipboard.writeText(password).then(
              () => setCopied(true),
              () => setCopied(false),
            )
          }
        >
          {copied ? "已复制" : "复制密码"}
        </button>
        <button type="button" className={SECONDARY_BUTTON_CLASS} onClick={onClose}>
          我已记下,关闭
        </button>
      </div>
    </div>
  );
}
