"use client";

import { useState } from "react";
import { createUnitAction } from "@/lib/admin/actions";
import { BUTTON_CLASS, FieldError, FormMessage, INPUT_CLASS, TextField } from "./form-fields";
import { useAdminAction } from "./use-admin-action";

export function CreateUnitForm() {
  const { pending, message, fieldErrors, run } = useAdminAction();
  const [created, setCreated] = useState<string | null>(null);
  const [formKey, setFormKey] = useState(0);

  return (
    <form
      noValidate
      key={formKey}
      className="grid gap-4 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2"
      onSubmit={(event) => {
        event.preventDefault();
        const form = new FormData(event.currentTarget);
        const input = Object.fromEntries(
          ["code", "name", "shortName", "kind"].map((name) => [name, String(form.get(name) ?? "")]),
        );
        setCreated(null);
        run(
          () => createUnitAction(input),
          (data) => {
            setCreated(`已添加单位 ${data.code}。`);
            setFormKey((key) => key + 1);
          },
        );
      }}
    >
      <TextField
        idPrefix="new-unit-"
        name="code"
        label="单位代码"
        required
        maxLength={20}
        autoComplete="off"
        hint="2–20 位小写字母、数字或 -,添加后不能修改"
        errors={fieldErrors.code}
      />
      <label className="block space-y-1">
        <span className="text-sm font-medium">类别</span>
        <select name="kind" required defaultValue="" aria-describedby="new-unit-kind-error" className={INPUT_CLASS}>
          <option value="">请选择类别</option>
          <option value="DEPARTMENT">市局科室</option>
          <option value="COUNTY">县区</option>
        </select>
        <FieldError id="new-unit-kind-error" errors={fieldErrors.kind} />
      </label>
      <TextField
        idPrefix="new-unit-"
        name="name"
        label="单位名称"
        required
        maxLength={50}
        autoComplete="off"
        errors={fieldErrors.name}
      />
      <TextField
        idPrefix="new-unit-"
        name="shortName"
        label="简称"
        required
        maxLength={20}
        autoComplete="off"
        errors={fieldErrors.shortName}
      />
      <div className="space-y-2 sm:col-span-2">
        <FormMessage message={message} />
        <p aria-live="polite" className="text-sm text-green-700">
          {created}
        </p>
        <button type="submit" disabled={pending} className={BUTTON_CLASS}>
          {pending ? "添加中…" : "添加单位"}
        </button>
      </div>
    </form>
  );
}
