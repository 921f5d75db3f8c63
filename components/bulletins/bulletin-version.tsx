"use client";

import { createContext, type ReactNode, useContext, useEffect, useState } from "react";

// The draft's version as this page last learnt it, shared by the text form and the 印发 button: a
// save hands its new version straight to the button, so 印发 right after 保存文字 is not refused as
// stale while the page is still refreshing.
type Shared = { version: number; learn: (version: number) => void };

const BulletinVersion = createContext<Shared | null>(null);

export function BulletinVersionProvider({ version, children }: { version: number; children: ReactNode }) {
  const [known, setKnown] = useState(version);
  // The refreshed page may bring a newer version still (another supervisor's save): keep the newest.
  useEffect(() => setKnown((current) => Math.max(current, version)), [version]);
  const learn = (next: number) => setKnown((current) => Math.max(current, next));
  return <BulletinVersion.Provider value={{ version: known, learn }}>{children}</BulletinVersion.Provider>;
}

export function useBulletinVersion(): Shared {
  const shared = useContext(BulletinVersion);
  if (!shared) throw new Error("useBulletinVersion needs a BulletinVersionProvider");
  return shared;
}
