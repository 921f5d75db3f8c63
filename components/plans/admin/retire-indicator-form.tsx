"use client";

import { useRouter } from "next/navigation";
import { FieldError, FormMessage, INPUT_CLASS, SECONDARY_BUTTON_CLASS } from "@/components/admin/form-fields";
import { useAdminAction } from "@/components/admin/use-admin-action";
import { retireIndicatorAction } from "@/lib/plans/admin/actions";

/** Retire with a reason (always asked: the point page shows it beside the greyed indicator). */
export function RetireIndicatorForm({ indicatorId, doneHref }: { indicatorId: number; doneHref: string }) {
  const router = useRouter();
  const { pending, message, fieldErrors, run } = useAdminAction();
  return (
    <form
      noValidate
      className="space-y-2"
      onSubmit={(event) => {
        event.preventDefault();
        const reason = String(new FormData(event.currentTarget).get("retireReason") ?? "");
        run(
          () => retireIndicatorAction({ indicatorId, reason }),
          () => router.push(doneHref),
        );
      }}
    >
      <label className="block space-y-1">
        <span className="text-sm font-medium">停用原因(必填)</span>
        <input
          name="retireReason"
          required
          maxLength={200}
          aria-describedby="retire-reason-error"
          aria-invalid={fieldErrors.reason ? true : undefined}
          className={INPUT_CLASS}
        />
        <FieldError id="retire-reason-error" errors={fieldErrors.reason} />
      </label>
      <FormMessage message={message} />
      <button type="submit" disabled={pending} className={SECONDARY_BUTTON_CLASS}>
        {pending ? "停用中…" : "停用该指标"}
      </button>
    </form>
  );
}
