import {
  demoConferenceEnglish,
  demoConferenceWords,
  webDramaSummitEnglish,
  webDramaSummitWords,
} from "@/lib/demo/article-words";
import type { ApiConference, ApiForum, ApiRelease, ApiSession, ApiSpeaker } from "./schemas";

// Real answers for the demo conference (`npm run db:seed`) as served from
// https://podium.example, for the OpenAPI document and the documentation page.
// tests/integration/api-v1.test.ts asks the API the same questions and expects these.

export const exampleOrigin = "https://podium.example";

const conference = {
  slug: "china-netav-2017",
  ...demoConferenceWords,
  startDate: "2017-11-29",
  endDate: "2017-12-01",
  timeZone: "Asia/Shanghai",
  defaultLocale: "zh-CN",
  website: null,
  translations: { en: demoConferenceEnglish },
  latestRelease: {
    version: "v1",
    publishedAt: "2017-11-20T02:00:00.000Z",
  },
  links: {
    self: "https://podium.example/api/v1/conferences/china-netav-2017",
    forums: "https://podium.example/api/v1/conferences/china-netav-2017/forums",
    sessions: "https://podium.example/api/v1/conferences/china-netav-2017/sessions",
    speakers: "https://podium.example/api/v1/conferences/china-netav-2017/speakers",
    releases: "https://podium.example/api/v1/conferences/china-netav-2017/releases",
  },
} satisfies ApiConference;

const webDramaSummit = {
  slug: "web-drama-summit",
  name: "网络剧高峰论坛",
  kind: "forum",
  date: "2017-12-01",
  ...webDramaSummitWords,
  translations: { en: webDramaSummitEnglish },
  organizations: [
    {
      organization: {
        slug: "migu",
        name: "咪咕文化科技有限公司",
        shortName: "咪咕",
        translations: {
          en: {
            name: "MIGU Co., Ltd.",
            shortName: "MIGU",
          },
        },
      },
      role: "organizer",
    },
  ],
  sessionCount: 7,
  links: {
    sessions: "https://podium.example/api/v1/conferences/china-netav-2017/sessions?forum=web-drama-summit",
  },
} satisfies ApiForum;

const keynote = {
  guid: "9f4e4c9b-e708-5d53-b21e-8060d8933dae",
  title: "推原创之波，助精品之澜",
  titleEn: "Riding the Wave of Originality, Lifting Quality Drama",
  abstract:
    "咪咕视讯科技有限公司CEO王斌就“网络大剧的精品化与跨平台运营”发表主题演讲。5G技术带来的极致网速体验将激发高品质流媒体全面普及，网络视听也将迈入“大视频”时代；5G与AI结合将产生视听新业态。网生精品IP的孵化离不开生态链思维，咪咕将通过坚实的用户基础、强大的技术支撑以及多渠道变现模式，使IP影响力最大化，最终实现开放共赢。",
  kind: "keynote",
  status: "confirmed",
  startsAt: "2017-12-01T01:00:00.000Z",
  endsAt: "2017-12-01T01:30:00.000Z",
  localStartsAt: "2017-12-01T09:00:00+08:00",
  localEndsAt: "2017-12-01T09:30:00+08:00",
  timeZone: "Asia/Shanghai",
  room: {
    slug: "forum-hall-1",
    name: "分论坛一厅",
    translations: {
      en: {
        name: "Forum Hall 1",
      },
    },
  },
  track: {
    slug: "professional-forums",
    name: "专业论坛",
    translations: {
      en: {
        name: "Professional forums",
      },
    },
    color: "#1d4ed8",
  },
  forum: "web-drama-summit",
  language: "zh",
  translations: {
    en: {
      title: "Riding the Wave of Originality, Lifting Quality Drama",
      abstract:
        "Wang Bin, CEO of MIGU Video, on premium web dramas and cross-platform operation: 5G will make high-quality streaming universal and bring online audio-visual media into the era of “big video”; combined with AI it will create new forms. Incubating original IP takes ecosystem thinking, and MIGU brings its user base, technology and many ways of earning revenue to maximise an IP's reach.",
    },
  },
  people: [
    {
      speaker: "wang-bin",
      name: "王斌",
      role: "speaker",
      order: 0,
    },
  ],
  version: 1,
  changedAt: "2017-11-20T02:00:00.000Z",
} satisfies ApiSession;

const wangBin = {
  slug: "wang-bin",
  name: "王斌",
  position: "CEO",
  organization: "咪咕视讯科技有限公司",
  bio: "",
  photo: null,
  links: [],
  translations: {
    en: {
      name: "Wang Bin",
      position: "CEO",
      organization: "MIGU Video Technology Co., Ltd.",
    },
  },
  sessions: ["9f4e4c9b-e708-5d53-b21e-8060d8933dae"],
} satisfies ApiSpeaker;

const daiYing = {
  slug: "dai-ying",
  name: "戴莹",
  position: "副总裁、自制剧开发中心总经理",
  organization: "爱奇艺",
  bio: "",
  photo: null,
  links: [],
  translations: {
    en: {
      name: "Dai Ying",
      position: "Vice President; General Manager, Original Drama Development Center",
      organization: "iQIYI",
    },
  },
  sessions: ["a57ee067-f4c9-5438-837a-86b64a438257"],
} satisfies ApiSpeaker;

const releases = [
  {
    version: "v1",
    publishedAt: "2017-11-20T02:00:00.000Z",
    sessionCount: 12,
    changes: {
      added: 12,
      changed: 0,
      removed: 0,
    },
  },
] satisfies ApiRelease[];

const base = `${exampleOrigin}/api/v1/conferences/china-netav-2017`;

/** What each operation answers to its example request (a path and query on the example origin). */
export const examples = {
  listConferences: {
    request: "/api/v1/conferences?limit=20",
    response: { data: [conference], page: { limit: 20, offset: 0, total: 1, next: null } },
  },
  getConference: { request: "/api/v1/conferences/china-netav-2017", response: { data: conference } },
  listForums: {
    request: "/api/v1/conferences/china-netav-2017/forums?limit=1&offset=5",
    response: { data: [webDramaSummit], page: { limit: 1, offset: 5, total: 6, next: null } },
  },
  getForum: {
    request: "/api/v1/conferences/china-netav-2017/forums/web-drama-summit",
    response: { data: webDramaSummit },
  },
  listSessions: {
    request: "/api/v1/conferences/china-netav-2017/sessions?day=2017-12-01&speaker=wang-bin",
    response: { data: [keynote], page: { limit: 50, offset: 0, total: 1, next: null } },
  },
  getSession: { request: `/api/v1/conferences/china-netav-2017/sessions/${keynote.guid}`, response: { data: keynote } },
  listSpeakers: {
    request: "/api/v1/conferences/china-netav-2017/speakers?limit=1",
    response: { data: [daiYing], page: { limit: 1, offset: 0, total: 14, next: `${base}/speakers?limit=1&offset=1` } },
  },
  getSpeaker: { request: "/api/v1/conferences/china-netav-2017/speakers/wang-bin", response: { data: wangBin } },
  listReleases: {
    request: "/api/v1/conferences/china-netav-2017/releases",
    response: { data: releases, page: { limit: 50, offset: 0, total: 1, next: null } },
  },
} satisfies Record<string, { request: string; response: unknown }>;
