"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import type { ActionResult } from "@/lib/actions/action-result";

type Props = {
  run: () => Promise<ActionResult<unknown>>;
  label: string;
  pendingLabel: string;
  /** Asked before running; the action runs only when the person agrees. */
  confirm?: string;
  ariaLabel?: string;
  className: string;
};

/** A button that runs one server action, shows its refusal beside it, and refreshes the page on success. */
export function ActionButton({ run, label, pendingLabel, confirm, ariaLabel, className }: Props) {
  const router = useRouter();
  const [message, setMessage] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  return (
    <span className="inline-flex flex-col items-end">
      <button
        type="button"
        disabled={pending}
        aria-label={ariaLabel}
        className={`${className} disabled:opacity-50`}
        onClick={() => {
          if (confirm && !window.confirm(confirm)) return;
          startTransition(async () => {
            const result = await run();
            setMessage(result.ok ? null : result.message);
            if (result.ok) router.refresh();
          });
        }}
      >
        {pending ? pendingLabel : label}
      </button>
      <span role="alert" aria-live="polite" className="text-xs text-red-700">
        {message}
      </span>
    </span>
  );
}
