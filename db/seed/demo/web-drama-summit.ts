import { webDramaSummitEnglish, webDramaSummitWords } from "@/lib/demo/article-words";
import type { DemoForum, DemoSession } from "./types";

// ILLUSTRATIVE (see below): the whole morning in one hall, under the professional forums.
const inForumHall = { room: "forum-hall-1", track: "professional-forums" };
const talkBy = (speaker: string): DemoSession["people"] => [{ speaker, role: "speaker" }];
const dialogue = (moderator: string, panelists: string[]): DemoSession["people"] => [
  { speaker: moderator, role: "moderator" },
  ...panelists.map((speaker) => ({ speaker, role: "panelist" as const })),
];

// 网络剧高峰论坛, 1 December 2017 in the morning, as the article reports it.
// ILLUSTRATIVE: the article gives no clock times, no room, and does not say
// which guests sat on which dialogue; the times, the room and the split of the
// nine guests below are plausible choices, not facts.
export const webDramaSummit: DemoForum = {
  slug: "web-drama-summit",
  kind: "forum",
  name: "网络剧高峰论坛",
  ...webDramaSummitWords,
  date: "2017-12-01",
  organizations: [{ organization: "migu", role: "organizer" }],
  translations: { en: webDramaSummitEnglish },
  sessions: [
    {
      key: "web-drama-summit/keynote-wang-bin",
      kind: "keynote",
      title: "推原创之波，助精品之澜",
      abstract:
        "咪咕视讯科技有限公司CEO王斌就“网络大剧的精品化与跨平台运营”发表主题演讲。5G技术带来的极致网速体验将激发高品质流媒体全面普及，网络视听也将迈入“大视频”时代；5G与AI结合将产生视听新业态。网生精品IP的孵化离不开生态链思维，咪咕将通过坚实的用户基础、强大的技术支撑以及多渠道变现模式，使IP影响力最大化，最终实现开放共赢。",
      start: "2017-12-01T09:00",
      end: "2017-12-01T09:30",
      ...inForumHall,
      people: talkBy("wang-bin"),
      translations: {
        en: {
          title: "Riding the Wave of Originality, Lifting Quality Drama",
          abstract:
            "Wang Bin, CEO of MIGU Video, on premium web dramas and cross-platform operation: 5G will make high-quality streaming universal and bring online audio-visual media into the era of “big video”; combined with AI it will create new forms. Incubating original IP takes ecosystem thinking, and MIGU brings its user base, technology and many ways of earning revenue to maximise an IP's reach.",
        },
      },
    },
    {
      key: "web-drama-summit/talk-ma-zhongjun",
      kind: "talk",
      title: "新时代网剧的当下与未来",
      abstract:
        "慈文传媒股份有限公司董事长、总裁马中骏认为，网剧行业越发趋于成熟，其标志之一就是精品化。付费市场大幅增长、用户对品类的需求以及技术发展，是行业的三个驱动力。",
      start: "2017-12-01T09:30",
      end: "2017-12-01T09:50",
      ...inForumHall,
      people: talkBy("ma-zhongjun"),
      translations: {
        en: {
          title: "Web Drama in the New Era: Present and Future",
          abstract:
            "Ma Zhongjun, Chairman and President of Ciwen Media, sees the web drama industry maturing, with quality as one of its marks, driven by a fast-growing paid market, audiences' appetite for genres, and technology.",
        },
      },
    },
    {
      key: "web-drama-summit/talk-li-xia",
      kind: "talk",
      title: "市场化的影视人才培养思路为精品网剧提供原动力",
      abstract:
        "容艺教育创始人、知名电影制片人李霞认为，无论网剧、短视频还是电影的发展都离不开高质量的人才；行业应培育高素质人才投入整个工业流程，为影视业的发展提供真正的原动力。",
      start: "2017-12-01T09:50",
      end: "2017-12-01T10:10",
      ...inForumHall,
      people: talkBy("li-xia"),
      translations: {
        en: {
          title: "Market-Driven Talent Development Powers Quality Web Drama",
          abstract:
            "Li Xia, founder of Rongyi Education and film producer: web series, short video and film all depend on skilled people; training them for the whole production process is what truly drives the industry.",
        },
      },
    },
    {
      key: "web-drama-summit/talk-wang-beibei",
      kind: "talk",
      title: "当大数据时代遇见网剧精品时代",
      abstract:
        "骨朵传媒创始人兼CEO王蓓蓓认为，网络影视数据的指数级增长反映了行业的飞速发展，10亿VV的超级剧集已经多类型化；数据在未来IP商业化路途中具有至关重要的作用。",
      start: "2017-12-01T10:10",
      end: "2017-12-01T10:30",
      ...inForumHall,
      people: talkBy("wang-beibei"),
      translations: {
        en: {
          title: "When the Big-Data Era Meets the Era of Quality Web Drama",
          abstract:
            "Wang Beibei, founder and CEO of Guduo Media: the exponential growth of viewing data shows how fast the industry moves; billion-view series now span many genres, and data will be vital to turning IP into business.",
        },
      },
    },
    {
      key: "web-drama-summit/talk-ren-xu",
      kind: "talk",
      title: "俱青春——做青春的剧，网年轻的人",
      abstract:
        "芒果TV版权管理中心副总经理任旭认为，精品化网剧将驱动用户的付费趋势，跨平台运营必然是一个先机。三个观点：抓住跨平台的优势；讲好好的故事；关注青少年的成长，做青春的剧，网年轻的人。",
      start: "2017-12-01T10:30",
      end: "2017-12-01T10:50",
      ...inForumHall,
      people: talkBy("ren-xu"),
      translations: {
        en: {
          title: "Forever Young: Youthful Dramas for Young Viewers",
          abstract:
            "Ren Xu, Deputy General Manager of Mango TV's Copyright Management Center: quality web dramas will drive paid viewing, and cross-platform operation is an early advantage. Three points: use cross-platform strengths, tell good stories, and make dramas about and for young people.",
        },
      },
    },
    {
      key: "web-drama-summit/dialogue-ip-cross-platform",
      kind: "panel",
      title: "IP的跨平台运营",
      abstract:
        "嘉宾从各自细分领域和市场背景出发，讨论IP的线上、线下运作与目标受众定制：好的IP不仅需要沉淀，更需要突破国界和文化背景，同时也需要加强版权保护意识。",
      start: "2017-12-01T10:50",
      end: "2017-12-01T11:30",
      ...inForumHall,
      people: dialogue("li-xia", ["wang-qin", "feng-wei", "huang-shuo", "gao-wentao"]),
      translations: {
        en: {
          title: "Cross-Platform Operation of IP",
          abstract:
            "Guests discuss running IP online and offline and tailoring it to audiences: a good IP needs time to mature, must cross borders and cultures, and needs stronger copyright protection.",
        },
      },
    },
    {
      key: "web-drama-summit/dialogue-quality-and-scale",
      kind: "panel",
      title: "网络影视的精品化和规模化",
      abstract: "嘉宾围绕网络影视的精品化和规模化展开讨论：内容为王的时代，技术同样不可或缺。",
      start: "2017-12-01T11:30",
      end: "2017-12-01T12:10",
      ...inForumHall,
      people: dialogue("li-xia", ["dai-ying", "yu-fei", "fu-binxing", "wu-bai", "liu-mingli"]),
      translations: {
        en: {
          title: "Quality and Scale in Online Film and Television",
          abstract:
            "Guests discuss making online film and television both better and bigger: content is king, and technology is just as indispensable.",
        },
      },
    },
  ],
};
