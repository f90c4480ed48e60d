import Link from "next/link";
import "./globals.css";

// Reached only for paths the locale proxy did not rewrite; the usual 404 is app/[locale]/not-found.tsx.
export default function GlobalNotFound() {
  return (
    <html lang="zh-CN">
      <body className="bg-white font-sans text-slate-900">
        <main className="mx-auto max-w-xl px-4 py-16 text-center">
          <h1 className="text-2xl font-bold">页面不存在 · Page not found</h1>
          <Link href="/" className="mt-6 inline-block rounded-lg bg-brand-600 px-4 py-2 font-medium text-white">
            返回会议列表 · All conferences
          </Link>
        </main>
      </body>
    </html>
  );
}
