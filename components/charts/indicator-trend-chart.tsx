"use client";

import { CartesianGrid, Legend, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from "recharts";

export type TrendRow = { label: string; achieved: number | null; expected: number | null; forecast: number | null };

type Props = { rows: TrendRow[]; target: number; unit: string; targetLabel?: string };

const round = (value: unknown) => (typeof value === "number" ? Math.round(value * 100) / 100 : value);

/** Cumulative actual against the expected curve (target × 序时进度), the target and the year-end forecast. */
export function IndicatorTrendChart({ rows, target, unit, targetLabel }: Props) {
  return (
    // The table after the chart carries the same numbers for screen readers and keyboards.
    <div aria-hidden="true" className="h-72 w-full">
      <LineChart
        responsive
        data={rows}
        style={{ width: "100%", height: "100%" }}
        margin={{ top: 16, right: 24, bottom: 4, left: 0 }}
        accessibilityLayer={false}
      >
        <CartesianGrid stroke="#e2e8f0" />
        <XAxis dataKey="label" tick={{ fontSize: 12 }} />
        <YAxis tick={{ fontSize: 12 }} width={56} />
        <Tooltip formatter={(value) => `${round(value)}${unit}`} />
        <Legend wrapperStyle={{ fontSize: 12 }} />
        <ReferenceLine
          y={target}
          // The target is always in view, however far the year still is from it.
          ifOverflow="extendDomain"
          stroke="#b91c1c"
          strokeDasharray="4 2"
          label={{
            value: targetLabel ?? `目标 ${target}${unit}`,
            position: "insideTopLeft",
            fontSize: 12,
            fill: "#b91c1c",
          }}
        />
        <Line
          name="序时进度应达"
          dataKey="expected"
          stroke="#64748b"
          strokeDasharray="6 3"
          dot={false}
          isAnimationActive={false}
          connectNulls
        />
        <Line name="实际累计" dataKey="achieved" stroke="#1d4ed8" strokeWidth={2} isAnimationActive={false} />
        <Line
          name="年底预计"
          dataKey="forecast"
          stroke="#0f766e"
          strokeDasharray="2 3"
          isAnimationActive={false}
          connectNulls
        />
      </LineChart>
    </div>
  );
}
