"use client";

import { useState } from "react";
import type { Role } from "@/lib/generated/prisma/enums";
import { roleFitsUnit } from "@/lib/admin/role-unit-fit";
import { UNIT_KIND_LABELS } from "@/lib/admin/labels";
import type { UnitOption } from "@/lib/org/queries";
import { ROLE_LABELS } from "@/lib/policy";
import { FieldError, INPUT_CLASS } from "./form-fields";

type Props = {
  units: UnitOption[];
  defaultRole?: Role;
  defaultUnitCode?: string;
  /** The viewer's own account: the role is shown but cannot be changed. */
  roleLocked?: boolean;
  fieldErrors: Record<string, string[]>;
  idPrefix: string;
};

const ROLES = Object.keys(ROLE_LABELS) as Role[];
const KINDS = ["BUREAU", "DEPARTMENT", "COUNTY"] as const;

/** Role and unit together: the unit list offers only the units the chosen role may belong to. */
export function RoleUnitFields({
  units,
  defaultRole,
  defaultUnitCode = "",
  roleLocked = false,
  fieldErrors,
  idPrefix,
}: Props) {
  const [role, setRole] = useState<Role | "">(defaultRole ?? "");
  const [unitCode, setUnitCode] = useState(defaultUnitCode);
  const fitting = role ? units.filter((unit) => roleFitsUnit(role, unit)) : units;

  function chooseRole(next: Role | "") {
    setRole(next);
    const unit = units.find((candidate) => candidate.code === unitCode);
    if (next && unit && !roleFitsUnit(next, unit)) setUnitCode("");
  }

  return (
    <>
      <label className="block space-y-1">
        <span className="text-sm font-medium">角色</span>
        <select
          name="role"
          required
          value={role}
          disabled={roleLocked}
          onChange={(event) => chooseRole(event.target.value as Role | "")}
          aria-describedby={`${idPrefix}role-error`}
          className={INPUT_CLASS}
        >
          <option value="">请选择角色</option>
          {ROLES.map((value) => (
            <option key={value} value={value}>
              {ROLE_LABELS[value]}
            </option>
          ))}
        </select>
        {roleLocked && <input type="hidden" name="role" value={role} />}
        {roleLocked && <span className="block text-xs text-slate-500">不能修改自己账号的角色。</span>}
        <FieldError id={`${idPrefix}role-error`} errors={fieldErrors.role} />
      </label>
      <label className="block space-y-1">
        <span className="text-sm font-medium">所属单位</span>
        <select
          name="unitCode"
          required
          value={unitCode}
          onChange={(event) => setUnitCode(event.target.value)}
          aria-describedby={`${idPrefix}unitCode-error`}
          className={INPUT_CLASS}
        >
          <option value="">请选择单位</option>
          {KINDS.map((kind) => {
            const options = fitting.filter((unit) => unit.kind === kind);
            return options.length === 0 ? null : (
              <optgroup key={kind} label={UNIT_KIND_LABELS[kind]}>
                {options.map((unit) => (
                  <option key={unit.code} value={unit.code}>
                    {unit.name}
                  </option>
                ))}
              </optgroup>
            );
          })}
        </select>
        <FieldError id={`${idPrefix}unitCode-error`} errors={fieldErrors.unitCode} />
      </label>
    </>
  );
}
