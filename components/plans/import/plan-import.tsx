"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { confirmPlanImportAction, proposePlanImportAction } from "@/lib/plans/actions";
import type { UnitOption } from "@/lib/org/queries";
import type { PlanData } from "@/lib/plans/plan-data";
import { DocumentStep } from "./document-step";
import { ReviewStep } from "./review-step";

type Draft = { plan: PlanData; warnings: string[]; sourceText: string };

export function PlanImport({ leadUnits, existingYears }: { leadUnits: UnitOption[]; existingYears: number[] }) {
  const router = useRouter();
  const [draft, setDraft] = useState<Draft | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]>>({});
  const [pending, startTransition] = useTransition();

  const propose = (sourceText: string) =>
    startTransition(async () => {
      const result = await proposePlanImportAction({ sourceText });
      setError(result.ok ? null : result.message);
      if (result.ok) setDraft({ ...result.data, sourceText });
    });

  const confirm = (plan: PlanData) =>
    startTransition(async () => {
      const result = await confirmPlanImportAction({ plan, sourceText: draft!.sourceText });
      setError(result.ok ? null : result.message);
      setFieldErrors(result.ok ? {} : (result.fieldErrors ?? {}));
      if (result.ok) router.push(`/plans/${result.data.year}`);
    });

  return (
    <div className="space-y-4">
      {error && (
        <div
          role="alert"
          className="whitespace-pre-line rounded-md border border-red-200 bg-red-50 px-4 py-3 text-sm text-red-800"
        >
          {error}
        </div>
      )}
      {draft ? (
        <ReviewStep
          plan={draft.plan}
          warnings={draft.warnings}
          existingYears={existingYears}
          leadUnits={leadUnits}
          pending={pending}
          fieldErrors={fieldErrors}
          onChange={(plan) => setDraft({ ...draft, plan })}
          onBack={() => setDraft(null)}
          onConfirm={confirm}
        />
      ) : (
        <DocumentStep pending={pending} onSubmit={propose} />
      )}
    </div>
  );
}
