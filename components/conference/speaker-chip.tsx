import type { FeaturedSpeaker } from "@/lib/programme/conference-overview";

export function SpeakerChip({ speaker }: { speaker: FeaturedSpeaker }) {
  return (
    <div className="flex items-center gap-3 rounded-xl border border-slate-200 p-3">
      <span aria-hidden="true" className="grid h-12 w-12 shrink-0 place-items-center rounded-full bg-brand-100 text-lg font-semibold text-brand-700">
        {Array.from(speaker.name)[0]}
      </span>
      <div className="min-w-0">
        <p className="font-medium">{speaker.name}</p>
        <p className="text-sm text-slate-600">{[speaker.organization, speaker.position].filter(Boolean).join(" ")}</p>
      </div>
    </div>
  );
}
