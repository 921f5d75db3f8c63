"use client";

// Unexpected errors: a generic message and the error's digest (the server logs it with the stack),
// never the stack, SQL or a path.
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main className="mx-auto max-w-xl px-4 py-16 text-center">
      <h1 className="text-xl font-semibold">系统出错了</h1>
      <p className="mt-2 text-slate-600">操作未完成。请稍后重试;如仍出错,请联系管理员并提供错误编号。</p>
      {error.digest && <p className="mt-2 font-mono text-sm text-slate-500">错误编号:{error.digest}</p>}
      <button type="button" onClick={reset} className="mt-6 rounded-md bg-brand-600 px-4 py-2 text-white">
        重试
      </button>
    </main>
  );
}
