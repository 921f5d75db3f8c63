"use client";

import { ActionButton } from "@/components/ui/action-button";
import { issueBulletinAction } from "@/lib/bulletins/actions";
import { useBulletinVersion } from "./bulletin-version";

export function IssueBulletinButton({ id }: { id: number }) {
  const { version } = useBulletinVersion();
  return (
    <ActionButton
      run={() => issueBulletinAction({ id, expectedVersion: version })}
      label="印发"
      pendingLabel="正在印发…"
      confirm="印发后将编号、定稿并通知各单位,不能再修改。确定印发?"
      className="rounded-md bg-red-700 px-4 py-2 text-white hover:bg-red-800"
    />
  );
}
