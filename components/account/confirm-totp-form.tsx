"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { confirmTotpAction } from "@/lib/account/security-actions";

export function ConfirmTotpForm() {
  const router = useRouter();
  const [message, setMessage] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  return (
    <form
      noValidate
      className="space-y-3"
      action={(form) =>
        startTransition(async () => {
          const result = await confirmTotpAction({ code: String(form.get("code") ?? "") });
          setMessage(result.ok ? null : result.message);
          if (result.ok) router.refresh();
        })
      }
    >
      <label className="block space-y-1">
        <span className="text-sm font-medium">验证器显示的 6 位动态口令</span>
        <input
          name="code"
          inputMode="numeric"
          autoComplete="one-time-code"
          pattern="\d{6}"
          maxLength={6}
          required
          aria-describedby="confirm-totp-error"
          className="w-40 rounded-md border border-slate-300 px-3 py-2 tracking-widest"
        />
      </label>
      <p id="confirm-totp-error" role="alert" aria-live="polite" className="min-h-5 text-sm text-red-700">
        {message}
      </p>
      <button
        type="submit"
        disabled={pending}
        className="rounded-md bg-brand-600 px-4 py-2 text-white disabled:opacity-50"
      >
        {pending ? "验证中…" : "验证并开启"}
      </button>
    </form>
  );
}
