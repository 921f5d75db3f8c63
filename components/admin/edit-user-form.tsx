"use client";

import { useState } from "react";
import { updateUserAction } from "@/lib/admin/actions";
import type { Role } from "@/lib/generated/prisma/enums";
import type { UnitOption } from "@/lib/org/queries";
import { BUTTON_CLASS, FormMessage, TextField } from "./form-fields";
import { RoleUnitFields } from "./role-unit-fields";
import { useAdminAction } from "./use-admin-action";

type Props = {
  user: { id: number; displayName: string; role: Role; unitCode: string };
  units: UnitOption[];
  isSelf: boolean;
};

export function EditUserForm({ user, units, isSelf }: Props) {
  const { pending, message, fieldErrors, run } = useAdminAction();
  const [saved, setSaved] = useState<string | null>(null);

  return (
    <form
      noValidate
      className="grid gap-4 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-3"
      onSubmit={(event) => {
        event.preventDefault();
        const form = new FormData(event.currentTarget);
        setSaved(null);
        const input = {
          userId: user.id,
          ...Object.fromEntries(
            ["displayName", "role", "unitCode"].map((name) => [name, String(form.get(name) ?? "")]),
          ),
        };
        run(
          () => updateUserAction(input),
          (data) => setSaved(data.changed ? "已保存。" : "没有需要保存的改动。"),
        );
      }}
    >
      <TextField
        idPrefix="edit-"
        name="displayName"
        label="姓名"
        required
        maxLength={40}
        defaultValue={user.displayName}
        errors={fieldErrors.displayName}
      />
      <RoleUnitFields
        idPrefix="edit-"
        units={units}
        defaultRole={user.role}
        defaultUnitCode={user.unitCode}
        roleLocked={isSelf}
        fieldErrors={fieldErrors}
      />
      <div className="space-y-2 sm:col-span-3">
        <FormMessage message={message} />
        <p aria-live="polite" className="text-sm text-green-700">
          {saved}
        </p>
        <button type="submit" disabled={pending} className={BUTTON_CLASS}>
          {pending ? "保存中…" : "保存"}
        </button>
      </div>
    </form>
  );
}
