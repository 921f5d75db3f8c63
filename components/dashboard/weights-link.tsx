"use client";

import Link from "next/link";
import { useHeaderData } from "../layout/header-shell";

/** For the supervisor only: the dashboard is the same page for every viewer, the link is not. */
export function WeightsLink({ year }: { year: number }) {
  if (!useHeaderData()?.canSetWeights) return null;
  return (
    <p className="text-sm print:hidden">
      <Link href={`/plans/${year}/weights`} className="text-brand-700 hover:underline">
        调整完成率权重
      </Link>
    </p>
  );
}
