import Link from "next/link";

export default function NotFound() {
  return (
    <div className="py-16 text-center">
      <p className="text-sm font-semibold text-brand-700">404</p>
      <h1 className="mt-2 text-2xl font-bold">页面不存在 · Page not found</h1>
      <p className="mt-3 text-slate-600">链接可能有误，或该会议尚未发布。The link may be wrong, or the conference is not published yet.</p>
      <Link href="/" className="mt-6 inline-block rounded-lg bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700">
        返回会议列表 · All conferences
      </Link>
    </div>
  );
}
