import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { hasLocale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { connection } from "next/server";
import { AlternatingLanguages } from "@/components/now/alternating-languages";
import { LiveRefresh } from "@/components/now/live-refresh";
import { RoomScreen } from "@/components/screen/room-screen";
import { routing } from "@/i18n/routing";
import { nowAndNext } from "@/lib/now/now-next";
import { minuteOf, parseAlternation, parseAtParam, parseScreenLanguage } from "@/lib/now/now-params";
import { nowState, nowStateEtag } from "@/lib/now/now-state";
import { screenRooms } from "@/lib/now/screen-rooms";
import { siteUrl } from "@/lib/site-url";
import { loadProgramme } from "../../load-programme";

type Props = PageProps<"/[locale]/[conference]/screens/[room]">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, conference, room } = await params;
  const loaded = await loadProgramme(locale, conference);
  const found = loaded && screenRooms(loaded.view).find((r) => r.slug === room);
  if (!loaded || !found) return {};
  const t = await getTranslations({ locale: loaded.locale, namespace: "screens" });
  // A display's page, not one to find by search.
  return { title: `${t("screenOf", { room: found.name })} · ${loaded.view.conference.name}`, robots: { index: false } };
}

export default async function RoomScreenRoute({ params, searchParams }: Props) {
  const { locale, conference, room } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  const query = await searchParams;
  const language = parseScreenLanguage(query.lang);
  const locales: string[] = language === "both" ? ["zh-CN", "en"] : [language ?? locale];
  const programmes = await Promise.all(locales.map((l) => loadProgramme(l, conference)));
  const first = programmes[0];
  if (!first || programmes.some((p) => !p) || !screenRooms(first.view).some((r) => r.slug === room)) notFound();
  setRequestLocale(locale);
  const { timeZone } = first.view.conference;
  // Rendered per request: the screen shows the clock's minute, or the instant a preview names.
  await connection();
  const preview = parseAtParam(query.at, timeZone);
  const at = preview ?? minuteOf(new Date());
  const origin = siteUrl();

  const panels = programmes.map((loaded) => {
    const { view, locale: panelLocale } = loaded!;
    const board = nowAndNext(view.sessions, at);
    return (
      <RoomScreen
        key={panelLocale}
        locale={panelLocale}
        conference={view.conference}
        room={view.rooms.find((r) => r.slug === room)!}
        row={board.rooms.find((r) => r.room?.slug === room)}
        phase={board.phase}
        firstStart={board.firstStart}
        at={at}
        preview={preview !== null}
        origin={origin}
      />
    );
  });
  const state = nowState(conference, nowAndNext(first.view.sessions, at));
  const endpoint = `/${conference}/now.json${preview ? `?at=${encodeURIComponent(preview.toISOString())}` : ""}`;
  return (
    <>
      {panels.length > 1 ? <AlternatingLanguages seconds={parseAlternation(query.every)} panels={panels} /> : panels}
      <LiveRefresh
        endpoint={endpoint}
        etag={nowStateEtag(first.release.revision, state)}
        nextChangeAt={state.nextChangeAt}
      />
    </>
  );
}
