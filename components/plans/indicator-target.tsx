import { formatNumber } from "@/lib/format";
import { DIRECTION_LABELS, DIRECTION_SYMBOLS } from "@/lib/plans/labels";
import type { Direction } from "@/lib/plans/plan-data";

type Props = { target: { toNumber(): number } | number; unit: string; direction: Direction };

export function IndicatorTarget({ target, unit, direction }: Props) {
  return (
    <span
      className="whitespace-nowrap tabular-nums"
      title={`${DIRECTION_LABELS[direction]} ${formatNumber(target)}${unit}`}
    >
      <span className="sr-only">{DIRECTION_LABELS[direction]}</span>
      <span aria-hidden="true" className="text-slate-500">
        {DIRECTION_SYMBOLS[direction]}{" "}
      </span>
      <span className="font-semibold">{formatNumber(target)}</span>
      {unit}
    </span>
  );
}
