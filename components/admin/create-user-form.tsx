"use client";

import { useState } from "react";
import { createUserAction } from "@/lib/admin/actions";
import type { UnitOption } from "@/lib/org/queries";
import { BUTTON_CLASS, FormMessage, TextField } from "./form-fields";
import { RoleUnitFields } from "./role-unit-fields";
import { TemporaryPasswordNotice } from "./temporary-password-notice";
import { useAdminAction } from "./use-admin-action";

export function CreateUserForm({ units }: { units: UnitOption[] }) {
  const { pending, message, fieldErrors, run } = useAdminAction();
  const [created, setCreated] = useState<{ username: string; temporaryPassword: string } | null>(null);
  const [formKey, setFormKey] = useState(0);

  return (
    <div className="space-y-3">
      {created && (
        <TemporaryPasswordNotice
          username={created.username}
          password={created.temporaryPassword}
          onClose={() => setCreated(null)}
        />
      )}
      <form
        noValidate
        key={formKey}
        className="grid gap-4 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2"
        // onSubmit rather than a form action: React resets a form after its action, which would wipe what was typed when it is refused.
        onSubmit={(event) => {
          event.preventDefault();
          const form = new FormData(event.currentTarget);
          setCreated(null);
          const input = Object.fromEntries(
            ["username", "displayName", "role", "unitCode"].map((name) => [name, String(form.get(name) ?? "")]),
          );
          run(
            () => createUserAction(input),
            (data) => {
              setCreated({ username: data.username, temporaryPassword: data.temporaryPassword });
              setFormKey((key) => key + 1);
            },
          );
        }}
      >
        <TextField
          idPrefix="new-"
          name="username"
          label="用户名"
          required
          maxLength={32}
          autoComplete="off"
          hint="3–32 位小写字母、数字或 - _ .,创建后不能修改"
          errors={fieldErrors.username}
        />
        <TextField
          idPrefix="new-"
          name="displayName"
          label="姓名"
          required
          maxLength={40}
          autoComplete="off"
          errors={fieldErrors.displayName}
        />
        <RoleUnitFields idPrefix="new-" units={units} fieldErrors={fieldErrors} />
        <div className="space-y-2 sm:col-span-2">
          <FormMessage message={message} />
          <button type="submit" disabled={pending} className={BUTTON_CLASS}>
            {pending ? "创建中…" : "新建用户"}
          </button>
        </div>
      </form>
    </div>
  );
}
