"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { revokeApiTokenAction } from "@/lib/account/security-actions";

export function RevokeApiTokenButton({ id, name }: { id: number; name: string }) {
  const router = useRouter();
  const [message, setMessage] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  return (
    <span className="inline-flex flex-col items-end">
      <button
        type="button"
        disabled={pending}
        className="rounded-md px-2 py-1 text-red-700 hover:bg-red-50 disabled:opacity-50"
        onClick={() => {
          if (!window.confirm(`撤销令牌「${name}」?使用它的系统将立即无法访问。`)) return;
          startTransition(async () => {
            const result = await revokeApiTokenAction({ id });
            setMessage(result.ok ? null : result.message);
            if (result.ok) router.refresh();
          });
        }}
      >
        {pending ? "撤销中…" : "撤销"}
      </button>
      <span role="alert" aria-live="polite" className="text-xs text-red-700">{message}</span>
    </span>
  );
}
