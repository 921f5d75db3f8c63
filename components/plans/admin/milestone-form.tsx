"use client";

import { useRef, useState } from "react";
import { FieldError, FormMessage, INPUT_CLASS, SECONDARY_BUTTON_CLASS } from "@/components/admin/form-fields";
import { useAdminAction } from "@/components/admin/use-admin-action";
import { addMilestoneAction } from "@/lib/plans/admin/actions";
import { ReasonField, readReason } from "./reason-field";

/** 添加里程碑: a name and a due day (and the words it comes from), reported done or not by the lead department. */
export function MilestoneForm({ pointId, year, published }: { pointId: number; year: number; published: boolean }) {
  const { pending, message, fieldErrors, run } = useAdminAction();
  const [added, setAdded] = useState<string | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const field = (name: string, label: string, input: React.InputHTMLAttributes<HTMLInputElement>) => (
    <label className="block space-y-1">
      <span className="text-sm font-medium">{label}</span>
      <input
        name={name}
        aria-describedby={`milestone-${name}-error`}
        aria-invalid={fieldErrors[name] ? true : undefined}
        className={INPUT_CLASS}
        {...input}
      />
      <FieldError id={`milestone-${name}-error`} errors={fieldErrors[name]} />
    </label>
  );
  return (
    <form
      noValidate
      ref={formRef}
      aria-label="添加里程碑"
      className="space-y-3 rounded-lg border border-slate-200 bg-white p-4"
      onSubmit={(event) => {
        event.preventDefault();
        const form = new FormData(event.currentTarget);
        const name = String(form.get("name") ?? "");
        setAdded(null);
        run(
          () =>
            addMilestoneAction({
              pointId,
              name,
              dueOn: String(form.get("dueOn") ?? ""),
              sourceText: String(form.get("sourceText") ?? ""),
              reason: readReason(form),
            }),
          () => {
            setAdded(`已添加里程碑「${name}」。`);
            formRef.current?.reset();
          },
        );
      }}
    >
      <h3 className="font-medium">添加里程碑</h3>
      <div className="grid gap-3 sm:grid-cols-[2fr_1fr]">
        {field("name", "里程碑", { required: true, maxLength: 60, placeholder: "如:出台实施办法" })}
        {field("dueOn", "完成时限", { type: "date", required: true, min: `${year}-01-01`, max: `${year}-12-31` })}
      </div>
      {field("sourceText", "原文依据(可选)", { maxLength: 200 })}
      <ReasonField published={published} errors={fieldErrors.reason} idPrefix="milestone" />
      <FormMessage message={message} />
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" disabled={pending} className={SECONDARY_BUTTON_CLASS}>
          {pending ? "添加中…" : "添加里程碑"}
        </button>
        <span aria-live="polite" className="text-sm text-green-700">
          {added}
        </span>
      </div>
    </form>
  );
}
