"use client";

import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from "recharts";

export type UnitBar = { unit: string; achieved: number | null; quota: number };

type Props = { rows: UnitBar[]; unit: string };

const round = (value: unknown) => (typeof value === "number" ? Math.round(value * 100) / 100 : value);

/** Each reporting unit's achieved value beside its quota (rates for RATE and RATIO indicators, never sums). */
export function IndicatorUnitsChart({ rows, unit }: Props) {
  return (
    // The county table after the chart carries the same numbers for screen readers and keyboards.
    <div aria-hidden="true" className="w-full" style={{ height: 48 + rows.length * 36 }}>
      <BarChart
        responsive
        layout="vertical"
        data={rows}
        style={{ width: "100%", height: "100%" }}
        margin={{ top: 8, right: 24, bottom: 4, left: 0 }}
        accessibilityLayer={false}
      >
        <CartesianGrid stroke="#e2e8f0" horizontal={false} />
        <XAxis type="number" tick={{ fontSize: 12 }} />
        <YAxis type="category" dataKey="unit" tick={{ fontSize: 12 }} width={170} interval={0} />
        <Tooltip formatter={(value) => `${round(value)}${unit}`} />
        <Legend wrapperStyle={{ fontSize: 12 }} />
        <Bar name="任务" dataKey="quota" fill="#cbd5e1" isAnimationActive={false} />
        <Bar name="已完成" dataKey="achieved" fill="#1d4ed8" isAnimationActive={false} />
      </BarChart>
    </div>
  );
}
