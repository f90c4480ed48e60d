import { useTranslations } from "next-intl";
import { ConferenceNav } from "@/components/conference/conference-nav";
import type { RoomView } from "@/lib/programme/programme-view";

/** One screen per room, each in either language or both alternating. */
export function ScreenList({ conference, rooms }: { conference: { slug: string; name: string }; rooms: RoomView[] }) {
  const t = useTranslations("screens");
  const variants = [
    ["zh-CN", t("chinese")],
    ["en", t("english")],
    ["both", t("both")],
  ] as const;
  return (
    <div>
      <ConferenceNav conference={conference.slug} name={conference.name} current={null} />
      <h1 className="text-2xl font-bold sm:text-3xl">{t("title")}</h1>
      <p className="mt-2 max-w-3xl text-slate-700">{t("intro")}</p>
      {rooms.length ? (
        <table className="mt-6 w-full max-w-3xl text-left">
          <thead className="border-b border-slate-300 text-sm text-slate-600">
            <tr>
              <th scope="col" className="py-2 pr-4 font-medium">
                {t("room")}
              </th>
              <th scope="col" className="py-2 font-medium">
                {t("languages")}
              </th>
            </tr>
          </thead>
          <tbody>
            {rooms.map((room) => {
              const href = `/${conference.slug}/screens/${room.slug}`;
              return (
                <tr key={room.slug} className="border-b border-slate-100">
                  <th scope="row" className="py-3 pr-4 font-semibold">
                    {/* Plain links: a screen is its own document, with no site header to keep. */}
                    <a href={href} className="text-brand-700 underline">
                      {room.name}
                    </a>
                  </th>
                  <td className="py-3 text-sm">
                    <ul className="flex flex-wrap gap-x-4 gap-y-1">
                      {variants.map(([lang, label]) => (
                        <li key={lang}>
                          <a
                            href={`${href}?lang=${lang}`}
                            aria-label={`${room.name} · ${label}`}
                            className="text-brand-700 underline"
                          >
                            {label}
                          </a>
                        </li>
                      ))}
                    </ul>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      ) : (
        <p className="mt-6 rounded-lg bg-slate-50 p-6 text-slate-700">{t("empty")}</p>
      )}
    </div>
  );
}
