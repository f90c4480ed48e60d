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
  name: "第五届中国网络视听大会",
  shortName: "网络视听大会",
  theme: "新使命、新视界、新动能",
  description:
    "具有中国网络视音频领域“年度风向标”之称的中国网络视听大会，本届以“新使命、新视界、新动能”为主题，旨在剖析网络视听行业新格局、聚焦行业新使命、探讨发展新动能、呈现网络视听新气象。历时三天的会议议程包含开幕式、峰会、论坛、展交会、盛典、提案会等30余场各类活动。",
  city: "成都",
  venue: "",
  timeZone: "Asia/Shanghai",
  startDate: "2017-11-29",
  endDate: "2017-12-01",
  translations: {
    en: {
      name: "The 5th China Internet Audio-Visual Conference",
      shortName: "China NetAV Conference",
      theme: "New Mission, New Vision, New Momentum",
      description:
        "Known as the bellwether of China's online audio-visual industry, the conference took “New Mission, New Vision, New Momentum” as its theme: to analyse the industry's new landscape, focus on its new mission, explore new momentum and present the new face of online audio-visual media. Over three days it held more than 30 activities: an opening ceremony, summits, forums, an expo, a gala and pitch sessions.",
      city: "Chengdu",
    },
  },
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
