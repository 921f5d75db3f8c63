import Link from "next/link";

/** 通知 with the number of unread notifications; the number is in the link's name for screen readers. */
export function NotificationBadge({ count }: { count: number }) {
  const shown = count > 99 ? "99+" : String(count);
  return (
    <Link
      href="/notifications"
      className="inline-flex items-center gap-1 rounded-md px-2 py-1 text-slate-700 hover:bg-slate-100"
      data-testid="notification-badge"
      aria-label={count > 0 ? `通知,${count} 条未读` : "通知"}
    >
      通知
      {count > 0 && (
        <span className="min-w-5 rounded-full bg-red-600 px-1.5 text-center text-xs font-medium leading-5 text-white">
          {shown}
        </span>
      )}
    </Link>
  );
}
