"use client";

import { useId, useState } from "react";

type Props = {
  /** The field's caption, e.g. 上传附件: part of the input's accessible name. */
  label: string;
  accept: string;
  multiple?: boolean;
  disabled?: boolean;
  /** Ids of the hint and the message beside the field. */
  describedBy?: string;
  inputRef?: React.Ref<HTMLInputElement>;
  onFiles: (files: File[], input: HTMLInputElement) => void;
  /** The caption's own class; it is a block above the button unless given. */
  labelClassName?: string;
};

/**
 * A file picker that speaks Chinese whatever the browser's language: the native input stays (hidden
 * from sight, not from the keyboard or a screen reader) and a styled label opens it, with 未选择文件
 * or the chosen file's name beside it.
 */
export function FileButton({
  label,
  accept,
  multiple,
  disabled,
  describedBy,
  inputRef,
  onFiles,
  labelClassName,
}: Props) {
  const id = useId();
  const [chosen, setChosen] = useState<string | null>(null);
  return (
    <div className="space-y-1 text-sm">
      <span id={`${id}-label`} className={labelClassName ?? "block font-medium text-slate-700"}>
        {label}
      </span>
      <div className="flex min-w-0 flex-wrap items-center gap-x-3 gap-y-1">
        <input
          ref={inputRef}
          id={id}
          type="file"
          accept={accept}
          multiple={multiple}
          disabled={disabled}
          aria-labelledby={`${id}-label ${id}-button`}
          aria-describedby={[`${id}-chosen`, describedBy].filter(Boolean).join(" ")}
          onChange={(event) => {
            const files = Array.from(event.currentTarget.files ?? []);
            if (files.length > 0) setChosen(files.map((file) => file.name).join("、"));
            onFiles(files, event.currentTarget);
          }}
          className="peer sr-only"
        />
        <label
          id={`${id}-button`}
          htmlFor={id}
          className="cursor-pointer rounded-md border border-slate-300 bg-white px-3 py-1.5 text-slate-800 hover:bg-slate-50 peer-focus-visible:outline-2 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-brand-600 peer-disabled:cursor-not-allowed peer-disabled:opacity-50"
        >
          选择文件
        </label>
        <span id={`${id}-chosen`} data-testid="file-chosen" className="min-w-0 break-all text-slate-600">
          {chosen ?? "未选择文件"}
        </span>
      </div>
    </div>
  );
}
