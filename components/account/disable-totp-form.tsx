"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { disableTotpAction } from "@/lib/account/security-actions";

export function DisableTotpForm() {
  const router = useRouter();
  const [message, setMessage] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]>>({});
  const [pending, startTransition] = useTransition();

  return (
    <form
      noValidate
      className="space-y-3"
      action={(form) =>
        startTransition(async () => {
          const result = await disableTotpAction({
            currentPassword: String(form.get("currentPassword") ?? ""),
            code: String(form.get("code") ?? ""),
          });
          if (result.ok) {
            router.refresh();
            return;
          }
          setMessage(result.message);
          setFieldErrors(result.fieldErrors ?? {});
        })
      }
    >
      <label className="block space-y-1">
        <span className="text-sm font-medium">当前密码</span>
        <input
          name="currentPassword"
          type="password"
          autoComplete="current-password"
          required
          aria-describedby="currentPassword-error"
          className="w-full max-w-xs rounded-md border border-slate-300 px-3 py-2"
        />
        <span id="currentPassword-error" className="block text-sm text-red-700">
          {fieldErrors.currentPassword?.join(" ")}
        </span>
      </label>
      <label className="block space-y-1">
        <span className="text-sm font-medium">动态口令</span>
        <input
          name="code"
          inputMode="numeric"
          autoComplete="one-time-code"
          pattern="\d{6}"
          maxLength={6}
          required
          aria-describedby="code-error"
          className="w-40 rounded-md border border-slate-300 px-3 py-2 tracking-widest"
        />
        <span id="code-error" className="block text-sm text-red-700">
          {fieldErrors.code?.join(" ")}
        </span>
      </label>
      <p role="alert" aria-live="polite" className="min-h-5 text-sm text-red-700">
        {message}
      </p>
      <button
        type="submit"
        disabled={pending}
        className="rounded-md border border-red-300 px-4 py-2 text-red-700 hover:bg-red-50 disabled:opacity-50"
      >
        {pending ? "处理中…" : "关闭两步验证"}
      </button>
    </form>
  );
}
