"use client";

import { useRouter } from "next/navigation";
import { FormMessage, SECONDARY_BUTTON_CLASS } from "@/components/admin/form-fields";
import { useAdminAction } from "@/components/admin/use-admin-action";
import { deleteIndicatorAction } from "@/lib/plans/admin/actions";

/** Only offered in a draft for an indicator nobody reported on; asks once more before deleting. */
export function DeleteIndicatorButton({ indicatorId, doneHref }: { indicatorId: number; doneHref: string }) {
  const router = useRouter();
  const { pending, message, run } = useAdminAction();
  return (
    <div className="space-y-2">
      <button
        type="button"
        disabled={pending}
        className={`${SECONDARY_BUTTON_CLASS} text-red-700`}
        onClick={() => {
          if (!window.confirm("删除后不可恢复,确定删除该指标?")) return;
          run(
            () => deleteIndicatorAction({ indicatorId }),
            () => router.push(doneHref),
          );
        }}
      >
        {pending ? "删除中…" : "删除该指标"}
      </button>
      <FormMessage message={message} />
    </div>
  );
}
