import { formatAffiliation } from "@/lib/domain/affiliation";
import type { Locale } from "@/lib/domain/vocabulary";
import type { FeaturedSpeaker } from "@/lib/programme/conference-overview";

export function SpeakerChip({ speaker, locale }: { speaker: FeaturedSpeaker; locale: Locale }) {
  return (
    <div className="flex items-center gap-3 rounded-xl border border-slate-200 p-3">
      <span
        aria-hidden="true"
        className="grid h-12 w-12 shrink-0 place-items-center rounded-full bg-brand-100 text-lg font-semibold text-brand-700"
      >
        {Array.from(speaker.name)[0]}
      </span>
      <div className="min-w-0">
        <p className="font-medium">{speaker.name}</p>
        <p className="text-sm text-slate-600">{formatAffiliation(speaker.position, speaker.organization, locale)}</p>
      </div>
    </div>
  );
}
