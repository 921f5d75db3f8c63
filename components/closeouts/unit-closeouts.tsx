import Link from "next/link";
import type { CloseoutSubject } from "@/lib/closeouts/subjects";
import { CloseoutStateBadge } from "./closeout-state";

const applyHref = (subject: CloseoutSubject) =>
  `/closeouts/new?point=${subject.pointId}${subject.indicatorId ? `&indicator=${subject.indicatorId}` : ""}`;

/** A unit's items (its indicators, each point as a whole) with their close-out state and 申请办结 where allowed. */
export function UnitCloseouts({ subjects, year }: { subjects: CloseoutSubject[]; year: number }) {
  if (subjects.length === 0) return null;
  return (
    <section className="space-y-2" aria-labelledby="unit-closeouts-heading">
      <h2 id="unit-closeouts-heading" className="font-semibold">
        办结销号({year}年)
      </h2>
      <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white text-sm">
        {subjects.map((subject) => (
          <li
            key={`${subject.pointId}-${subject.indicatorId ?? "point"}`}
            className="flex flex-wrap items-center justify-between gap-2 px-4 py-2"
            data-testid="closeout-subject"
          >
            <span>
              第{subject.pointNo}条 {subject.pointTitle}
              <span className="text-slate-600">
                {subject.indicatorName ? ` · ${subject.indicatorName}` : " · 整条要点"}
              </span>
            </span>
            <span className="flex items-center gap-2">
              {subject.closeout && (
                <Link href={`/closeouts/${subject.closeout.id}`}>
                  <CloseoutStateBadge state={subject.closeout.state} closedAt={subject.closeout.closedAt} />
                </Link>
              )}
              {subject.canApply && (
                <Link
                  href={applyHref(subject)}
                  className="rounded-md border border-brand-600 px-3 py-1 text-brand-700 hover:bg-brand-50"
                >
                  申请办结
                </Link>
              )}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
