import { Suspense } from "react";
import { connection } from "next/server";
import { ConferenceCard } from "@/components/conference/conference-card";
import { listPublishedConferences } from "@/db/queries/public";

export default function HomePage() {
  return (
    <>
      <h1 className="text-2xl font-bold sm:text-3xl">会议 · Conferences</h1>
      <p className="mt-2 text-slate-600">正在进行和即将举行的会议在前。Current and upcoming conferences first.</p>
      <Suspense fallback={<p className="mt-6 text-slate-500">加载中… Loading…</p>}>
        <ConferenceList />
      </Suspense>
    </>
  );
}

async function ConferenceList() {
  // The list comes from the database at request time (cached by tag), never from the build machine.
  await connection();
  const today = new Date().toISOString().slice(0, 10);
  const conferences = await listPublishedConferences(today);
  if (conferences.length === 0) {
    return <p className="mt-6 rounded-lg border border-dashed border-slate-300 p-6 text-slate-600">还没有已发布的会议。No conference has been published yet.</p>;
  }
  return (
    <ul className="mt-6 grid gap-4 sm:grid-cols-2">
      {conferences.map((c) => (
        <li key={c.slug}>
          <ConferenceCard conference={c} locale="zh-CN" />
        </li>
      ))}
    </ul>
  );
}
