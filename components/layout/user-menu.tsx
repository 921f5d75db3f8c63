"use client";

import Link from "next/link";
import { useEffect, useId, useRef, useState } from "react";
import { useEscapeKey } from "./use-escape-key";

/**
 * Who is signed in, and the way to their account: on a wide screen a small menu behind their name,
 * so the header stays on one line; inside the phone menu shown as it is.
 */
export function UserMenu({ who, displayName }: { who: string; displayName: string }) {
  const [open, setOpen] = useState(false);
  const id = useId();
  const button = useRef<HTMLButtonElement>(null);
  const box = useRef<HTMLDivElement>(null);
  useEscapeKey(open, () => {
    setOpen(false);
    button.current?.focus();
  });
  useEffect(() => {
    if (!open) return;
    const closeOutside = (event: PointerEvent) => {
      if (!box.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener("pointerdown", closeOutside);
    return () => document.removeEventListener("pointerdown", closeOutside);
  }, [open]);
  return (
    <div ref={box} className="relative">
      <button
        ref={button}
        type="button"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen(!open)}
        className="hidden max-w-[9rem] items-center gap-1 rounded-md px-2 py-1 text-slate-700 hover:bg-slate-100 lg:inline-flex"
      >
        <span className="truncate">{displayName}</span>
        <span aria-hidden="true" className="text-xs text-slate-500">
          ▾
        </span>
      </button>
      <div
        id={id}
        className={`${open ? "lg:block" : "lg:hidden"} space-y-1 px-2 py-2 lg:absolute lg:right-0 lg:top-full lg:z-20 lg:mt-1 lg:w-max lg:max-w-xs lg:rounded-md lg:border lg:border-slate-200 lg:bg-white lg:p-3 lg:shadow-lg`}
      >
        <p className="text-slate-700" data-testid="current-user">
          {who}
        </p>
        <Link
          href="/account"
          onClick={() => setOpen(false)}
          className="inline-block text-brand-700 underline underline-offset-2"
        >
          账户与安全
        </Link>
      </div>
    </div>
  );
}
