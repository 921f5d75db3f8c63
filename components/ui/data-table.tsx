import type { ReactNode } from "react";

// The portal's list table: a bordered, scrollable frame, a header row of column names and a body of
// rows the caller renders. One markup for every list, so they look and read (screen readers: the
// caption, scope="col") the same.

export type Column = {
  label: ReactNode;
  /** Figures line up on the right. */
  numeric?: boolean;
  /** Shown to screen readers only (e.g. a column of buttons). */
  hidden?: boolean;
};

type Props = {
  columns: (Column | false | null | undefined)[];
  caption?: ReactNode;
  /** The caption is read, not shown. */
  captionHidden?: boolean;
  className?: string;
  /** Added to the body's classes, e.g. "align-top" for rows with several lines. */
  bodyClassName?: string;
  testId?: string;
  children: ReactNode;
};

export const CELL = "px-3 py-2";

export function DataTable({
  columns,
  caption,
  captionHidden,
  className = "",
  bodyClassName = "",
  testId,
  children,
}: Props) {
  return (
    <div className={`overflow-x-auto rounded-lg border border-slate-200 bg-white ${className}`}>
      <table className="w-full text-sm" data-testid={testId}>
        {caption && (
          <caption className={captionHidden ? "sr-only" : "px-3 py-2 text-left text-xs text-slate-500"}>
            {caption}
          </caption>
        )}
        <thead className="bg-slate-50 text-left text-slate-600">
          <tr>
            {columns
              .filter((column): column is Column => Boolean(column))
              .map((column, index) => (
                <th
                  // biome-ignore lint/suspicious/noArrayIndexKey: the columns are fixed for a table
                  key={index}
                  scope="col"
                  className={`${CELL} font-medium ${column.numeric ? "text-right" : ""}`}
                >
                  {column.hidden ? <span className="sr-only">{column.label}</span> : column.label}
                </th>
              ))}
          </tr>
        </thead>
        <tbody className={`divide-y divide-slate-100 ${bodyClassName}`}>{children}</tbody>
      </table>
    </div>
  );
}
