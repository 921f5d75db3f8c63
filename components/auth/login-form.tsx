"use client";

import { signIn } from "next-auth/react";
import { useRouter, useSearchParams } from "next/navigation";
import { useState } from "react";

const MESSAGES: Record<string, string> = {
  INVALID: "用户名或密码错误。",
  LOCKED: "账号因多次登录失败已被锁定,请稍后再试或联系管理员解锁。",
  ADDRESS_LIMITED: "本机登录失败次数过多,请稍后再试。",
  DISABLED: "账号已停用,请联系管理员。",
  TOTP_REQUIRED: "请输入身份验证器中的 6 位动态口令。",
  TOTP_INVALID: "动态口令错误,请重新输入。",
};

const BLANK_MESSAGES: Record<string, string> = {
  username: "请输入用户名。",
  password: "请输入密码。",
  totp: "请输入 6 位动态口令。",
};

const input = "w-full rounded-md border border-slate-300 px-3 py-2";

export function LoginForm() {
  const router = useRouter();
  const callbackUrl = useSearchParams().get("callbackUrl");
  const [error, setError] = useState<string | null>(null);
  const [blank, setBlank] = useState<Record<string, string>>({});
  const [askTotp, setAskTotp] = useState(false);
  const [pending, setPending] = useState(false);

  // onSubmit rather than a form action: React clears a form after its action, and a refused sign-in
  // should keep the username that was typed.
  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    // The browser's own bubbles are off (noValidate): an empty field is named in Chinese beside it.
    const missing = Object.fromEntries(
      Object.entries(BLANK_MESSAGES).filter(
        ([name]) => (name !== "totp" || askTotp) && !String(form.get(name) ?? "").trim(),
      ),
    );
    setBlank(missing);
    if (Object.keys(missing).length > 0) {
      setError(null);
      return;
    }
    setPending(true);
    const result = await signIn("credentials", {
      redirect: false,
      username: String(form.get("username") ?? ""),
      password: String(form.get("password") ?? ""),
      totp: String(form.get("totp") ?? ""),
    });
    setPending(false);
    if (result?.ok && !result.error) {
      // Only paths on this site: an absolute URL in callbackUrl is not followed.
      router.replace(callbackUrl?.startsWith("/") && !callbackUrl.startsWith("//") ? callbackUrl : "/");
      router.refresh();
      return;
    }
    const code = result?.error ?? "";
    if (code === "TOTP_REQUIRED" || code === "TOTP_INVALID") setAskTotp(true);
    setError(MESSAGES[code] ?? "登录失败,请稍后重试。");
  }

  return (
    <form noValidate onSubmit={submit} className="space-y-4 rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
      <label className="block space-y-1">
        <span className="text-sm font-medium">用户名</span>
        <input
          name="username"
          autoComplete="username"
          required
          aria-invalid={blank.username ? true : undefined}
          aria-describedby="username-error"
          className={input}
        />
        <BlankError id="username-error" message={blank.username} />
      </label>
      <label className="block space-y-1">
        <span className="text-sm font-medium">密码</span>
        <input
          name="password"
          type="password"
          autoComplete="current-password"
          required
          aria-invalid={blank.password ? true : undefined}
          aria-describedby="password-error"
          className={input}
        />
        <BlankError id="password-error" message={blank.password} />
      </label>
      {askTotp && (
        <label className="block space-y-1">
          <span className="text-sm font-medium">动态口令</span>
          <input
            name="totp"
            inputMode="numeric"
            autoComplete="one-time-code"
            pattern="\d{6}"
            required
            autoFocus
            aria-invalid={blank.totp ? true : undefined}
            aria-describedby="totp-error"
            className={input}
          />
          <BlankError id="totp-error" message={blank.totp} />
        </label>
      )}
      <p role="alert" aria-live="polite" className="min-h-5 text-sm text-red-700">
        {error}
      </p>
      <button
        type="submit"
        disabled={pending}
        className="w-full rounded-md bg-brand-600 py-2 font-medium text-white disabled:opacity-50"
      >
        {pending ? "登录中…" : "登录"}
      </button>
    </form>
  );
}

function BlankError({ id, message }: { id: string; message?: string }) {
  return (
    <span id={id} className="block text-sm text-red-700">
      {message}
    </span>
  );
}
