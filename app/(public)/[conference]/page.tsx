import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Suspense } from "react";
import { ConferenceOverview } from "@/components/conference/conference-overview";
import { getPublishedProgramme } from "@/db/queries/public";
import { translate } from "@/lib/domain/translations";
import { isSlug } from "@/lib/slug";

async function findProgramme(params: PageProps<"/[conference]">["params"]) {
  const { conference: slug } = await params;
  return isSlug(slug) ? await getPublishedProgramme(slug) : null;
}

export async function generateMetadata({ params }: PageProps<"/[conference]">): Promise<Metadata> {
  const programme = await findProgramme(params);
  if (!programme) return { title: "未找到 · Not found" };
  const c = programme.snapshot.conference;
  return { title: translate(c, "name", c.defaultLocale) ?? c.name, description: translate(c, "theme", c.defaultLocale) ?? undefined };
}

export default function ConferencePage({ params }: PageProps<"/[conference]">) {
  return (
    <Suspense fallback={<p className="text-slate-500">加载中… Loading…</p>}>
      <Conference params={params} />
    </Suspense>
  );
}

async function Conference({ params }: Pick<PageProps<"/[conference]">, "params">) {
  const programme = await findProgramme(params);
  if (!programme) notFound();
  return <ConferenceOverview programme={programme} locale={programme.snapshot.conference.defaultLocale} />;
}
