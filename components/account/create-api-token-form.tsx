"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { createApiTokenAction } from "@/lib/account/security-actions";

export function CreateApiTokenForm() {
  const router = useRouter();
  const [message, setMessage] = useState<string | null>(null);
  const [created, setCreated] = useState<{ name: string; token: string } | null>(null);
  const [copied, setCopied] = useState(false);
  const [pending, startTransition] = useTransition();

  return (
    <div className="space-y-3">
      <form
        noValidate
        className="flex flex-wrap items-end gap-3"
        action={(form) =>
          startTransition(async () => {
            const result = await createApiTokenAction({ name: String(form.get("name") ?? "") });
            setCopied(false);
            if (!result.ok) {
              setMessage(result.message);
              return;
            }
            setMessage(null);
            setCreated(result.data);
            router.refresh();
          })
        }
      >
        <label className="block space-y-1">
          <span className="text-sm font-medium">令牌名称</span>
          <input
            name="name"
            required
            maxLength={40}
            placeholder="如:数据大屏"
            aria-describedby="token-name-error"
            className="w-64 rounded-md border border-slate-300 px-3 py-2"
          />
        </label>
        <button
          type="submit"
          disabled={pending}
          className="rounded-md bg-brand-600 px-4 py-2 text-white disabled:opacity-50"
        >
          {pending ? "创建中…" : "创建令牌"}
        </button>
      </form>
      <p id="token-name-error" role="alert" aria-live="polite" className="min-h-5 text-sm text-red-700">
        {message}
      </p>
      {created && (
        <div
          role="status"
          className="space-y-2 rounded-md border border-amber-200 bg-amber-50 px-4 py-3 text-sm text-amber-900"
        >
          <p>
            令牌「{created.name}」已创建。<strong>只显示这一次</strong>
            ,请立即复制并妥善保存;离开本页后无法再次查看,遗失只能撤销后重新创建。
          </p>
          <div className="flex flex-wrap items-center gap-2">
            <code className="break-all rounded bg-white px-2 py-1 font-mono text-slate-900" data-testid="new-api-token">
              {created.token}
            </code>
            <button
              type="button"
              className="rounded-md border border-amber-300 bg-white px-3 py-1 hover:bg-amber-100"
              onClick={async () => {
                await navigator.clipboard.writeText(created.token);
                setCopied(true);
              }}
            >
              {copied ? "已复制" : "复制"}
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
