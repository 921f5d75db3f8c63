"use client";

import { signOut } from "next-auth/react";
import { confirmLeaving } from "@/components/reports/leave-guard";
import { clearDraftsOf } from "@/components/reports/report-draft";
import { signOutAction } from "@/lib/auth/actions";

/** 退出 asks before unsaved form content is lost, and clears the person's browser drafts (shared office computers). */
export function SignOutButton({ userId }: { userId: number }) {
  return (
    <button
      type="button"
      className="rounded-md px-2 py-1 text-slate-600 hover:bg-slate-100"
      onClick={async () => {
        if (!confirmLeaving()) return;
        clearDraftsOf(userId);
        await signOutAction();
        await signOut({ redirect: false });
        window.location.assign("/login");
      }}
    >
      退出
    </button>
  );
}
