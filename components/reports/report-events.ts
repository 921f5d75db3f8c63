"use client";

// A successful save or step on a report, told to the page's other parts (the attachment picker,
// the step buttons) so a message about an earlier refusal does not outlive the next success.
import { useEffect, useRef } from "react";

const EVENT = "report-action-succeeded";

export function announceReportSucceeded(): void {
  window.dispatchEvent(new Event(EVENT));
}

export function useOnReportSucceeded(callback: () => void): void {
  const current = useRef(callback);
  current.current = callback;
  useEffect(() => {
    const listener = () => current.current();
    window.addEventListener(EVENT, listener);
    return () => window.removeEventListener(EVENT, listener);
  }, []);
}
