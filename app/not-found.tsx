import Link from "next/link";

export default function NotFound() {
  return (
    <main className="mx-auto max-w-xl px-4 py-16 text-center">
      <h1 className="text-xl font-semibold">未找到该页面</h1>
      <p className="mt-2 text-slate-600">页面不存在,或您没有查看它的权限。</p>
      <Link href="/" className="mt-6 inline-block text-brand-700 underline">
        返回首页
      </Link>
    </main>
  );
}
