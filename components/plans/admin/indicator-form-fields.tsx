import { cloneElement } from "react";
import { FieldError } from "@/components/admin/form-fields";

export const INPUT =
  "w-full rounded-md border border-slate-300 px-3 py-2 disabled:bg-slate-100 aria-[invalid=true]:border-red-600";

type Control = React.ReactElement<React.InputHTMLAttributes<HTMLElement>>;

/** A labelled control with its message beside it, tied to the control by aria-describedby. */
export function Field({
  name,
  label,
  errors,
  children,
}: {
  name: string;
  label: string;
  errors?: string[];
  children: Control;
}) {
  const errorId = `${name}-error`;
  return (
    <div className="space-y-1">
      <label htmlFor={`field-${name}`} className="block text-sm font-medium">
        {label}
      </label>
      {cloneElement(children, {
        id: `field-${name}`,
        "aria-describedby": errorId,
        "aria-invalid": errors?.length ? true : undefined,
      })}
      <FieldError id={errorId} errors={errors} />
    </div>
  );
}

type CheckboxProps = { name: string; label: string; errors?: string[]; defaultChecked: boolean; disabled?: boolean };

/** A checkbox with its words, and its message beside it. */
export function Checkbox({ name, label, errors, defaultChecked, disabled }: CheckboxProps) {
  return (
    <div className="space-y-1">
      <label className="flex items-start gap-2 text-sm">
        <input
          type="checkbox"
          name={name}
          defaultChecked={defaultChecked}
          disabled={disabled}
          aria-describedby={`${name}-error`}
          aria-invalid={errors?.length ? true : undefined}
          className="mt-1"
        />
        <span>{label}</span>
      </label>
      <FieldError id={`${name}-error`} errors={errors} />
    </div>
  );
}
