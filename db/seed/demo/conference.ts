import { demoConferenceEnglish, demoConferenceWords } from "@/lib/demo/article-words";
import type { DemoConference, DemoForum, DemoSession } from "./types";
import { webDramaSummit } from "./web-drama-summit";

// ILLUSTRATIVE: the article lists the kinds of activity (开幕式、峰会、论坛、展交会、盛典、提案会)
// but names and dates only the 网络剧高峰论坛. The forums below stand for those kinds; their
// names, days, times and rooms are plausible choices, not facts from the article.
function activity(
  slug: string,
  kind: DemoForum["kind"],
  name: string,
  en: string,
  session: Pick<DemoSession, "start" | "end" | "room" | "track"> & { kind?: DemoSession["kind"] },
): DemoForum {
  const { kind: sessionKind = "ceremony", ...time } = session;
  return {
    slug,
    kind,
    name,
    theme: "",
    description: `第五届中国网络视听大会的${name}。`,
    date: time.start.slice(0, 10),
    organizations: [],
    translations: { en: { name: en, description: `The ${en} of the 5th China Internet Audio-Visual Conference.` } },
    sessions: [
      {
        key: `${slug}/main`,
        title: name,
        abstract: "",
        people: [],
        translations: { en: { title: en } },
        ...time,
        kind: sessionKind,
      },
    ],
  };
}

export const demoConference: DemoConference = {
  slug: "china-netav-2017",
  ...demoConferenceWords,
  timeZone: "Asia/Shanghai",
  startDate: "2017-11-29",
  endDate: "2017-12-01",
  translations: { en: demoConferenceEnglish },
  // ILLUSTRATIVE: the article names no rooms.
  rooms: [
    { slug: "main-hall", name: "主会场", translations: { en: { name: "Main Hall" } } },
    { slug: "forum-hall-1", name: "分论坛一厅", translations: { en: { name: "Forum Hall 1" } } },
    { slug: "forum-hall-2", name: "分论坛二厅", translations: { en: { name: "Forum Hall 2" } } },
    { slug: "expo-hall", name: "展交会展厅", translations: { en: { name: "Expo Hall" } } },
  ],
  tracks: [
    { slug: "main-events", name: "大会主体活动", color: "#b91c1c", translations: { en: { name: "Main events" } } },
    {
      slug: "professional-forums",
      name: "专业论坛",
      color: "#1d4ed8",
      translations: { en: { name: "Professional forums" } },
    },
  ],
  forums: [
    activity("opening-ceremony", "opening", "开幕式", "Opening Ceremony", {
      start: "2017-11-29T09:00",
      end: "2017-11-29T10:00",
      room: "main-hall",
      track: "main-events",
    }),
    activity("main-summit", "summit", "网络视听峰会", "Internet Audio-Visual Summit", {
      start: "2017-11-29T10:15",
      end: "2017-11-29T12:00",
      room: "main-hall",
      track: "main-events",
      kind: "other",
    }),
    activity("expo", "expo", "网络视听展交会", "Internet Audio-Visual Expo", {
      start: "2017-11-30T09:00",
      end: "2017-11-30T17:00",
      room: "expo-hall",
      track: "main-events",
      kind: "other",
    }),
    activity("pitch-session", "pitch", "网络视听项目提案会", "Project Pitch Session", {
      start: "2017-11-30T14:00",
      end: "2017-11-30T17:00",
      room: "forum-hall-2",
      track: "main-events",
      kind: "other",
    }),
    activity("gala", "gala", "网络视听盛典", "Internet Audio-Visual Gala", {
      start: "2017-11-30T19:00",
      end: "2017-11-30T21:00",
      room: "main-hall",
      track: "main-events",
    }),
    webDramaSummit,
  ],
};
