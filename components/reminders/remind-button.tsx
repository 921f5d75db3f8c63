"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { sendRemindersAction } from "@/lib/reminders/actions";

type Props = {
  period: string;
  unitIds: number[] | "all-overdue";
  label: string;
  confirmText: string;
  primary?: boolean;
};

export function RemindButton({ period, unitIds, label, confirmText, primary = false }: Props) {
  const router = useRouter();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [pending, startTransition] = useTransition();
  return (
    <span className="inline-flex flex-col items-end gap-1">
      <button
        type="button"
        disabled={pending}
        className={`rounded-md px-3 py-1 text-sm disabled:opacity-50 ${primary ? "bg-brand-600 text-white hover:bg-brand-700" : "border border-brand-700 text-brand-700 hover:bg-brand-50"}`}
        onClick={() => {
          if (!window.confirm(confirmText)) return;
          startTransition(async () => {
            let result = await sendRemindersAction({ period, unitIds });
            // Already reminded today: the server asks for a second, explicit yes before sending again.
            if (!result.ok && result.fieldErrors?.confirmRepeat) {
              if (!window.confirm(result.message)) return setMessage(null);
              result = await sendRemindersAction({ period, unitIds, confirmRepeat: true });
            }
            if (!result.ok) return setMessage({ ok: false, text: result.message });
            const { units, recipients, mail } = result.data;
            const mailText =
              mail.sent + mail.failed > 0
                ? `,邮件发送 ${mail.sent} 封${mail.failed ? `(${mail.failed} 封失败)` : ""}`
                : "";
            setMessage({ ok: true, text: `已催办 ${units} 个单位,通知 ${recipients} 人${mailText}。` });
            router.refresh();
          });
        }}
      >
        {pending ? "发送中…" : label}
      </button>
      <span role="status" aria-live="polite" className={`text-xs ${message?.ok ? "text-green-700" : "text-red-700"}`}>
        {message?.text}
      </span>
    </span>
  );
}
