"use client";

import { ActionButton } from "@/components/ui/action-button";
import { removeAttachmentAction } from "@/lib/attachments/actions";
import type { OwnerKind } from "@/lib/attachments/types";

export function RemoveAttachmentButton({ id, fileName, owner }: { id: number; fileName: string; owner: OwnerKind }) {
  return (
    <ActionButton
      run={() => removeAttachmentAction({ id, owner })}
      label="删除"
      pendingLabel="删除中…"
      confirm={`删除附件「${fileName}」?`}
      ariaLabel={`删除附件 ${fileName}`}
      className="rounded-md px-2 py-1 text-red-700 hover:bg-red-50"
    />
  );
}
