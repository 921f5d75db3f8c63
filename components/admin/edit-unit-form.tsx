"use client";

import { useState } from "react";
import { updateUnitAction } from "@/lib/admin/actions";
import { FieldError, FormMessage, INPUT_CLASS, SECONDARY_BUTTON_CLASS } from "./form-fields";
import { useAdminAction } from "./use-admin-action";

type Props = { unit: { code: string; name: string; shortName: string } };

/** One row's name and short name, edited in place; the code is permanent. */
export function EditUnitForm({ unit }: Props) {
  const { pending, message, fieldErrors, run } = useAdminAction();
  const [saved, setSaved] = useState<string | null>(null);
  const id = (field: string) => `unit-${unit.code}-${field}`;

  return (
    <form
      noValidate
      className="flex flex-wrap items-start gap-2"
      onSubmit={(event) => {
        event.preventDefault();
        const form = new FormData(event.currentTarget);
        setSaved(null);
        run(
          () =>
            updateUnitAction({
              code: unit.code,
              name: String(form.get("name") ?? ""),
              shortName: String(form.get("shortName") ?? ""),
            }),
          (data) => setSaved(data.changed ? "已保存" : "未改动"),
        );
      }}
    >
      <label className="min-w-56 flex-1 space-y-1">
        <input
          name="name"
          required
          maxLength={50}
          defaultValue={unit.name}
          aria-label={`${unit.code} 单位名称`}
          aria-describedby={id("name-error")}
          className={INPUT_CLASS}
        />
        <FieldError id={id("name-error")} errors={fieldErrors.name} />
      </label>
      <label className="w-36 space-y-1">
        <input
          name="shortName"
          required
          maxLength={20}
          defaultValue={unit.shortName}
          aria-label={`${unit.code} 简称`}
          aria-describedby={id("shortName-error")}
          className={INPUT_CLASS}
        />
        <FieldError id={id("shortName-error")} errors={fieldErrors.shortName} />
      </label>
      <button type="submit" disabled={pending} className={`${SECONDARY_BUTTON_CLASS} mt-1`}>
        {pending ? "保存中…" : "保存"}
      </button>
      <span aria-live="polite" className="mt-2 text-sm text-green-700">
        {saved}
      </span>
      <div className="basis-full">
        <FormMessage message={message} />
      </div>
    </form>
  );
}
