"use client";

type Props = { onRestore: () => void; onDiscard: () => void };

/** A draft kept in this browser differs from the saved report: the person chooses, nothing is assumed. */
export function DraftOffer({ onRestore, onDiscard }: Props) {
  return (
    <div
      role="alertdialog"
      aria-labelledby="draft-offer-title"
      aria-describedby="draft-offer-text"
      data-testid="draft-offer"
      className="space-y-2 rounded-md border border-sky-300 bg-sky-50 p-3 text-sm"
    >
      <p id="draft-offer-title" className="font-medium text-sky-900">
        恢复未保存的内容？
      </p>
      <p id="draft-offer-text" className="text-sky-900">
        这台电脑上保存着您上次未保存的填写内容(例如登录超时前的修改),与系统中已保存的内容不同。
      </p>
      <div className="flex gap-2">
        <button type="button" onClick={onRestore} className="rounded-md bg-brand-600 px-3 py-1.5 text-white">
          恢复
        </button>
        <button
          type="button"
          onClick={onDiscard}
          className="rounded-md border border-slate-300 bg-white px-3 py-1.5 hover:bg-slate-50"
        >
          放弃
        </button>
      </div>
    </div>
  );
}
