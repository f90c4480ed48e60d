import { useTranslations } from "next-intl";
import type { ProgrammeView } from "@/lib/programme/programme-view";
import { zonedToInstant } from "@/lib/time/zoned";
import { JumpToNowLink } from "./jump-to-now-link";

/** The agenda's "what's on now" link, for the days of the conference in its own zone. */
export function JumpToNow({ conference }: { conference: ProgrammeView["conference"] }) {
  const t = useTranslations("now");
  const from = zonedToInstant(`${conference.startDate}T00:00`, conference.timeZone);
  const dayAfter = new Date(Date.parse(`${conference.endDate}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  const until = zonedToInstant(`${dayAfter}T00:00`, conference.timeZone);
  return (
    <JumpToNowLink
      href={`/${conference.slug}/now`}
      label={t("jumpToNow")}
      from={from.toISOString()}
      until={until.toISOString()}
    />
  );
}
