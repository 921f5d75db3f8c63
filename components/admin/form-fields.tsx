export const INPUT_CLASS = "w-full rounded-md border border-slate-300 px-3 py-2";
export const BUTTON_CLASS = "rounded-md bg-brand-600 px-4 py-2 text-white disabled:opacity-50";
export const SECONDARY_BUTTON_CLASS =
  "rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm hover:bg-slate-50 disabled:opacity-50";

type TextFieldProps = {
  name: string;
  label: string;
  errors?: string[];
  defaultValue?: string;
  hint?: string;
  idPrefix?: string;
} & Pick<React.InputHTMLAttributes<HTMLInputElement>, "autoComplete" | "maxLength" | "pattern" | "required">;

export function TextField({ name, label, errors, hint, idPrefix = "", ...input }: TextFieldProps) {
  const errorId = `${idPrefix}${name}-error`;
  return (
    <label className="block space-y-1">
      <span className="text-sm font-medium">{label}</span>
      <input
        name={name}
        aria-describedby={errorId}
        aria-invalid={errors?.length ? true : undefined}
        className={INPUT_CLASS}
        {...input}
      />
      {hint && <span className="block text-xs text-slate-500">{hint}</span>}
      <FieldError id={errorId} errors={errors} />
    </label>
  );
}

export function FieldError({ id, errors }: { id: string; errors?: string[] }) {
  return (
    <span id={id} className="block text-sm text-red-700">
      {errors?.join(" ")}
    </span>
  );
}

export function FormMessage({ message }: { message: string | null }) {
  return (
    <p role="alert" aria-live="polite" className="text-sm text-red-700">
      {message}
    </p>
  );
}
