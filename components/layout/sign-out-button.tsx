"use client";

import { signOut } from "next-auth/react";
import { signOutAction } from "@/lib/auth/actions";

export function SignOutButton() {
  return (
    <button
      type="button"
      className="rounded-md px-2 py-1 text-slate-600 hover:bg-slate-100"
      onClick={async () => {
        await signOutAction();
        await signOut({ redirect: false });
        window.location.assign("/login");
      }}
    >
      退出
    </button>
  );
}
