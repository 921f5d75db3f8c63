"use client";

export default function GlobalError({ error }: { error: Error & { digest?: string } }) {
  return (
    <html lang="zh-CN">
      <body style={{ fontFamily: "sans-serif", textAlign: "center", padding: "4rem 1rem" }}>
        <h1>系统出错了</h1>
        <p>请稍后重试;如仍出错,请联系管理员并提供错误编号。</p>
        {error.digest && <p>错误编号:{error.digest}</p>}
      </body>
    </html>
  );
}
