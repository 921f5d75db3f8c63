import { thresholdText } from "@/lib/dashboard/status-labels";
import { isDemoMode } from "@/lib/env";
import type { Thresholds } from "@/lib/dashboard/progress-types";

type Props = { pending: number; thresholds: Thresholds; scope?: string };

/**
 * What every dashboard view says beside its numbers: reports not yet approved are not zero progress,
 * the rule behind the colours, and (in demo mode) that quotas and history are made up.
 */
export function ProgressNotes({ pending, thresholds, scope = "" }: Props) {
  return (
    <div className="space-y-1 text-sm text-slate-600">
      <p className="font-medium text-amber-900" data-testid="pending-note">
        {scope}本月尚有 {pending} 份报告未审核通过,未计入完成率。
      </p>
      <p>{thresholdText(thresholds)}。</p>
      <DemoDataNote />
    </div>
  );
}

/** In demo mode the quotas and the history are made up, and every dashboard says so. */
export function DemoDataNote() {
  if (!isDemoMode()) return null;
  return (
    <p className="rounded-md border border-amber-200 bg-amber-50 px-3 py-1 text-amber-800" data-testid="demo-data">
      演示数据:部分县区配额为演示值,各月进展为系统模拟生成,仅供演示。
    </p>
  );
}
