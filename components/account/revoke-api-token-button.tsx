"use client";

import { ActionButton } from "@/components/ui/action-button";
import { revokeApiTokenAction } from "@/lib/account/security-actions";

export function RevokeApiTokenButton({ id, name }: { id: number; name: string }) {
  return (
    <ActionButton
      run={() => revokeApiTokenAction({ id })}
      label="撤销"
      pendingLabel="撤销中…"
      confirm={`撤销令牌「${name}」?使用它的系统将立即无法访问。`}
      className="rounded-md px-2 py-1 text-red-700 hover:bg-red-50"
    />
  );
}
