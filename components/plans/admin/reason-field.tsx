import { FieldError, INPUT_CLASS } from "@/components/admin/form-fields";

/**
 * 修改原因: shown only once the plan is published (a draft is edited freely). The server refuses
 * a published plan's change without one, so the field says so up front.
 */
export function ReasonField({
  published,
  errors,
  idPrefix,
}: {
  published: boolean;
  errors?: string[];
  idPrefix: string;
}) {
  if (!published) return null;
  const errorId = `${idPrefix}-reason-error`;
  return (
    <label className="block space-y-1">
      <span className="text-sm font-medium">修改原因(必填,记入修改记录)</span>
      <input
        name="reason"
        required
        maxLength={200}
        aria-describedby={errorId}
        aria-invalid={errors?.length ? true : undefined}
        className={INPUT_CLASS}
      />
      <FieldError id={errorId} errors={errors} />
    </label>
  );
}

export const readReason = (form: FormData) => String(form.get("reason") ?? "");
