"use client";

import { useRouter } from "next/navigation";
import { BUTTON_CLASS, FieldError, FormMessage, INPUT_CLASS } from "@/components/admin/form-fields";
import { useAdminAction } from "@/components/admin/use-admin-action";
import { updatePointAction } from "@/lib/plans/admin/actions";
import { POINT_KIND_LABELS } from "@/lib/plans/admin/words";
import { ReasonField, readReason } from "./reason-field";

type Unit = { code: string; name: string; kind: "BUREAU" | "DEPARTMENT" | "COUNTY" };
type Props = {
  point: {
    id: number;
    no: number;
    title: string;
    kind: "QUANTITATIVE" | "QUALITATIVE";
    leadUnitCode: string;
    supportingUnitCodes: string[];
  };
  units: Unit[];
  published: boolean;
  pointHref: string;
};

const GROUPS: { kind: Unit["kind"]; label: string }[] = [
  { kind: "DEPARTMENT", label: "科室及直属单位" },
  { kind: "COUNTY", label: "县区" },
  { kind: "BUREAU", label: "市局" },
];

/** Short title, lead department, 配合单位 and kind of one point. */
export function PointEditForm({ point, units, published, pointHref }: Props) {
  const router = useRouter();
  const { pending, message, fieldErrors, run } = useAdminAction();
  const departments = units.filter((unit) => unit.kind === "DEPARTMENT");
  return (
    <form
      noValidate
      className="space-y-4"
      onSubmit={(event) => {
        event.preventDefault();
        const form = new FormData(event.currentTarget);
        run(
          () =>
            updatePointAction({
              pointId: point.id,
              title: String(form.get("title") ?? ""),
              leadUnitCode: String(form.get("leadUnitCode") ?? ""),
              supportingUnitCodes: form.getAll("supportingUnitCodes").map(String),
              kind: String(form.get("kind") ?? ""),
              reason: readReason(form),
            }),
          () => router.push(pointHref),
        );
      }}
    >
      <label className="block space-y-1">
        <span className="text-sm font-medium">简称(不超过16个字)</span>
        <input
          name="title"
          defaultValue={point.title}
          required
          maxLength={16}
          aria-describedby="title-error"
          aria-invalid={fieldErrors.title ? true : undefined}
          className={INPUT_CLASS}
        />
        <FieldError id="title-error" errors={fieldErrors.title} />
      </label>
      <label className="block space-y-1">
        <span className="text-sm font-medium">牵头单位</span>
        <select
          name="leadUnitCode"
          defaultValue={point.leadUnitCode}
          aria-describedby="leadUnitCode-error"
          aria-invalid={fieldErrors.leadUnitCode ? true : undefined}
          className={INPUT_CLASS}
        >
          {departments.map((unit) => (
            <option key={unit.code} value={unit.code}>
              {unit.name}
            </option>
          ))}
        </select>
        <FieldError id="leadUnitCode-error" errors={fieldErrors.leadUnitCode} />
      </label>
      <fieldset className="space-y-2" aria-describedby="supportingUnitCodes-error">
        <legend className="text-sm font-medium">配合单位(可多选)</legend>
        {GROUPS.map((group) => (
          <div key={group.kind} className="space-y-1">
            <p className="text-xs text-slate-500">{group.label}</p>
            <div className="grid grid-cols-1 gap-1 sm:grid-cols-2 lg:grid-cols-3">
              {units
                .filter((unit) => unit.kind === group.kind)
                .map((unit) => (
                  <label key={unit.code} className="flex items-center gap-2 text-sm">
                    <input
                      type="checkbox"
                      name="supportingUnitCodes"
                      value={unit.code}
                      defaultChecked={point.supportingUnitCodes.includes(unit.code)}
                    />
                    {unit.name}
                  </label>
                ))}
            </div>
          </div>
        ))}
        <FieldError id="supportingUnitCodes-error" errors={fieldErrors.supportingUnitCodes} />
      </fieldset>
      <fieldset className="space-y-1">
        <legend className="text-sm font-medium">类型</legend>
        <div className="flex gap-4">
          {(["QUANTITATIVE", "QUALITATIVE"] as const).map((kind) => (
            <label key={kind} className="flex items-center gap-2 text-sm">
              <input type="radio" name="kind" value={kind} defaultChecked={point.kind === kind} />
              {POINT_KIND_LABELS[kind]}
              <span className="text-slate-500">{kind === "QUANTITATIVE" ? "(有量化指标)" : "(以里程碑督办)"}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <ReasonField published={published} errors={fieldErrors.reason} idPrefix="point" />
      <FormMessage message={message} />
      <button type="submit" disabled={pending} className={BUTTON_CLASS}>
        {pending ? "保存中…" : "保存"}
      </button>
    </form>
  );
}
