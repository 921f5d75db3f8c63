import type { NoticeColour, NoticeState } from "@/lib/generated/prisma/enums";
import { COLOUR_LABELS, STATE_LABELS } from "@/lib/supervision/notice-words";

const COLOUR_CLASSES: Record<NoticeColour, string> = {
  YELLOW: "border-amber-500 bg-amber-100 text-amber-900",
  RED: "border-red-600 bg-red-100 text-red-800",
};

/** The colour in words and in colour: the word is what a screen reader and a grey printout keep. */
export function ColourBadge({ colour }: { colour: NoticeColour }) {
  return (
    <span className={`inline-block rounded border px-1.5 py-0.5 text-xs font-medium ${COLOUR_CLASSES[colour]}`}>
      {COLOUR_LABELS[colour]}
    </span>
  );
}

export function StateText({ state }: { state: NoticeState }) {
  const open = state === "ISSUED" || state === "RETURNED";
  return <span className={open ? "font-medium text-red-700" : "text-slate-700"}>{STATE_LABELS[state]}</span>;
}
