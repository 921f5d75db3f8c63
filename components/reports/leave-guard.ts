"use client";

// Asks before unsaved form content is left behind: a reload or closed tab (the browser's own
// question), a link inside the portal (a Chinese confirm), and 退出.
import { useEffect, useRef } from "react";

export const LEAVE_QUESTION = "填报内容有未保存的修改,离开后这些修改将丢失。确定离开吗?";

let unsavedForms = 0;
/** Once the person agreed (退出), the browser's own question would be asked twice. */
let agreedToLeave = false;

/** For 退出 and the like: true when nothing is unsaved or the person agrees to leave it. */
export function confirmLeaving(): boolean {
  if (unsavedForms === 0) return true;
  agreedToLeave = window.confirm(LEAVE_QUESTION);
  return agreedToLeave;
}

function leavesPage(anchor: HTMLAnchorElement): boolean {
  if (anchor.target === "_blank" || anchor.hasAttribute("download")) return false;
  const url = new URL(anchor.href, window.location.href);
  // Downloads (attachments, exports) and a jump within the page leave the form where it is.
  if (url.origin !== window.location.origin) return true;
  if (url.pathname.startsWith("/api/")) return false;
  return url.pathname !== window.location.pathname || url.search !== window.location.search;
}

/** While `dirty`, leaving asks first; `onLeave` runs when the person agrees to go. */
export function useLeaveGuard(dirty: boolean, onLeave: () => void): void {
  const leave = useRef(onLeave);
  leave.current = onLeave;
  useEffect(() => {
    if (!dirty) return;
    unsavedForms += 1;
    const beforeUnload = (event: BeforeUnloadEvent) => {
      if (agreedToLeave) return;
      event.preventDefault();
      event.returnValue = "";
    };
    // Capture on window runs before Next's <Link> handler, so a refusal stops the client navigation too.
    const click = (event: MouseEvent) => {
      if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
      const anchor = (event.target as Element | null)?.closest?.("a[href]");
      if (!(anchor instanceof HTMLAnchorElement) || !leavesPage(anchor)) return;
      if (window.confirm(LEAVE_QUESTION)) {
        leave.current();
        return;
      }
      event.preventDefault();
      event.stopPropagation();
    };
    window.addEventListener("beforeunload", beforeUnload);
    window.addEventListener("click", click, true);
    return () => {
      unsavedForms -= 1;
      window.removeEventListener("beforeunload", beforeUnload);
      window.removeEventListener("click", click, true);
    };
  }, [dirty]);
}
