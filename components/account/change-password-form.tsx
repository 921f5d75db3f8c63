"use client";

import { signOut } from "next-auth/react";
import { useState, useTransition } from "react";
import { changePasswordAction } from "@/lib/account/actions";

const FIELDS = [
  { name: "currentPassword", label: "当前密码", autoComplete: "current-password" },
  { name: "newPassword", label: "新密码", autoComplete: "new-password" },
  { name: "confirmPassword", label: "再次输入新密码", autoComplete: "new-password" },
] as const;

export function ChangePasswordForm() {
  const [message, setMessage] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]>>({});
  const [pending, startTransition] = useTransition();

  return (
    <form
      noValidate
      className="space-y-4 rounded-lg border border-slate-200 bg-white p-4"
      action={(form) =>
        startTransition(async () => {
          const result = await changePasswordAction(
            Object.fromEntries(FIELDS.map((field) => [field.name, String(form.get(field.name) ?? "")])),
          );
          if (result.ok) {
            await signOut({ redirect: false });
            window.location.assign("/login?changed=1");
            return;
          }
          setMessage(result.message);
          setFieldErrors(result.fieldErrors ?? {});
        })
      }
    >
      {FIELDS.map((field) => (
        <label key={field.name} className="block space-y-1">
          <span className="text-sm font-medium">{field.label}</span>
          <input
            name={field.name}
            type="password"
            required
            autoComplete={field.autoComplete}
            aria-describedby={`${field.name}-error`}
            className="w-full rounded-md border border-slate-300 px-3 py-2"
          />
          <span id={`${field.name}-error`} className="text-sm text-red-700">
            {fieldErrors[field.name]?.join(" ")}
          </span>
        </label>
      ))}
      <p role="alert" aria-live="polite" className="text-sm text-red-700">
        {message}
      </p>
      <button
        type="submit"
        disabled={pending}
        className="rounded-md bg-brand-600 px-4 py-2 text-white disabled:opacity-50"
      >
        {pending ? "保存中…" : "修改密码"}
      </button>
    </form>
  );
}
