// Atop a lead department's 待审核: the applications for 办结 waiting for its verification.
import Link from "next/link";

export function CloseoutsToVerifyBanner({ count }: { count: number }) {
  if (count === 0) return null;
  return (
    <p className="rounded-lg border border-slate-200 bg-brand-50 p-3 text-sm">
      办结申请待核验 {count} 份。
      <Link href="/closeouts" className="ml-2 text-brand-700 underline">
        去核验
      </Link>
    </p>
  );
}
