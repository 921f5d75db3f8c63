"use client";

import { SaveRow } from "@/components/ui/save-row";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { saveBulletinTextsAction } from "@/lib/bulletins/actions";
import { useBulletinVersion } from "./bulletin-version";
import {
  type BulletinTexts,
  OPTIONAL_PARTS,
  TEXT_MAX_LENGTH,
  TEXT_PART_LABELS,
  TEXT_PARTS,
  type TextPart,
} from "@/lib/bulletins/text-parts";

type Props = { id: number; title: string; texts: BulletinTexts; drafted: BulletinTexts };

/** The supervisor's words, part by part; the tables are regenerated from the figures and never typed. */
export function BulletinTextsForm({ id, title, texts, drafted }: Props) {
  const router = useRouter();
  const { version, learn } = useBulletinVersion();
  const [titleText, setTitleText] = useState(title);
  const [values, setValues] = useState<BulletinTexts>(texts);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]>>({});
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [pending, startTransition] = useTransition();
  const errorOf = (field: string) => fieldErrors[field]?.join(" ");
  const field = (name: string) => ({
    "aria-invalid": errorOf(name) ? true : undefined,
    "aria-describedby": errorOf(name) ? `${name}-error` : undefined,
    className: `w-full rounded-md border px-2 py-1.5 ${errorOf(name) ? "border-red-600 bg-red-50" : "border-slate-300"}`,
  });
  return (
    <form
      noValidate
      className="space-y-4 rounded-lg border border-slate-200 bg-white p-4"
      onSubmit={(event) => {
        event.preventDefault();
        startTransition(async () => {
          const result = await saveBulletinTextsAction({
            id,
            expectedVersion: version,
            title: titleText,
            texts: values,
          });
          setFieldErrors(result.ok ? {} : (result.fieldErrors ?? {}));
          setMessage(
            result.ok
              ? { ok: true, text: result.data.changed.length ? "已保存。" : "已保存(与起草文字相同的部分随数据更新)。" }
              : { ok: false, text: result.message },
          );
          if (!result.ok) return;
          learn(result.data.version);
          router.refresh();
        });
      }}
    >
      <h2 className="text-lg font-semibold">修改文字</h2>
      <p className="text-sm text-slate-600">
        表格由已审核数据自动生成,不能手工修改。未改动的部分随数据更新;印发时文字和数据一并定稿。
      </p>
      <label className="block space-y-1">
        <span className="text-sm font-medium">标题</span>
        <input value={titleText} onChange={(event) => setTitleText(event.target.value)} {...field("title")} />
        <FieldError name="title" text={errorOf("title")} />
      </label>
      {TEXT_PARTS.map((part: TextPart) => {
        const name = `texts.${part}`;
        return (
          <div key={part} className="space-y-1">
            <div className="flex flex-wrap items-baseline justify-between gap-2">
              <label htmlFor={`bulletin-${part}`} className="text-sm font-medium">
                {TEXT_PART_LABELS[part]}
                {OPTIONAL_PARTS.has(part) && <span className="font-normal text-slate-500">(可留空)</span>}
              </label>
              {values[part] !== drafted[part] && (
                <button
                  type="button"
                  className="text-xs text-brand-700 underline"
                  onClick={() => setValues((current) => ({ ...current, [part]: drafted[part] }))}
                >
                  恢复起草文字
                </button>
              )}
            </div>
            <textarea
              id={`bulletin-${part}`}
              rows={part === "addressee" ? 2 : 4}
              maxLength={TEXT_MAX_LENGTH + 100}
              value={values[part]}
              onChange={(event) => setValues((current) => ({ ...current, [part]: event.target.value }))}
              {...field(name)}
            />
            <FieldError name={name} text={errorOf(name)} />
          </div>
        );
      })}
      <SaveRow label="保存文字" pending={pending} message={message} />
    </form>
  );
}

function FieldError({ name, text }: { name: string; text?: string }) {
  if (!text) return null;
  return (
    <span id={`${name}-error`} className="block text-sm text-red-700">
      {text}
    </span>
  );
}
