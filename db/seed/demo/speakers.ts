import type { DemoSpeaker } from "./types";

// The 14 people of the article. `organization + position + name` is the article's exact wording.
export const demoSpeakers: DemoSpeaker[] = [
  {
    slug: "wang-bin",
    name: "王斌",
    organization: "咪咕视讯科技有限公司",
    position: "CEO",
    organizationSlug: "migu-video",
    translations: { en: { name: "Wang Bin", position: "CEO", organization: "MIGU Video Technology Co., Ltd." } },
  },
  {
    slug: "ma-zhongjun",
    name: "马中骏",
    organization: "慈文传媒股份有限公司",
    position: "董事长、总裁",
    organizationSlug: "ciwen-media",
    translations: {
      en: { name: "Ma Zhongjun", position: "Chairman and President", organization: "Ciwen Media Co., Ltd." },
    },
  },
  {
    slug: "li-xia",
    name: "李霞",
    organization: "容艺教育",
    position: "创始人、知名电影制片人",
    organizationSlug: "rongyi-education",
    translations: { en: { name: "Li Xia", position: "Founder; film producer", organization: "Rongyi Education" } },
  },
  {
    slug: "wang-beibei",
    name: "王蓓蓓",
    organization: "骨朵传媒",
    position: "创始人兼CEO",
    organizationSlug: "guduo-media",
    translations: { en: { name: "Wang Beibei", position: "Founder and CEO", organization: "Guduo Media" } },
  },
  {
    slug: "ren-xu",
    name: "任旭",
    organization: "芒果TV",
    position: "版权管理中心副总经理",
    organizationSlug: "mango-tv",
    translations: {
      en: { name: "Ren Xu", position: "Deputy General Manager, Copyright Management Center", organization: "Mango TV" },
    },
  },
  {
    slug: "wang-qin",
    name: "王沁",
    organization: "华特迪士尼（中国）有限公司",
    position: "数字娱乐部副总裁、总经理",
    organizationSlug: "walt-disney-china",
    translations: {
      en: {
        name: "Wang Qin",
        position: "Vice President and General Manager, Digital Entertainment",
        organization: "The Walt Disney Company (China) Ltd.",
      },
    },
  },
  {
    slug: "feng-wei",
    name: "冯伟",
    organization: "美国电影协会",
    position: "亚太区副总裁兼大中华区总裁",
    organizationSlug: "mpaa",
    translations: {
      en: {
        name: "Feng Wei",
        position: "Vice President, Asia-Pacific, and President, Greater China",
        organization: "Motion Picture Association of America",
      },
    },
  },
  {
    slug: "huang-shuo",
    name: "黄硕",
    organization: "芒果TV",
    position: "运营商网络中心总经理",
    organizationSlug: "mango-tv",
    translations: {
      en: { name: "Huang Shuo", position: "General Manager, Carrier Network Center", organization: "Mango TV" },
    },
  },
  {
    slug: "gao-wentao",
    name: "高文韬",
    organization: "艺恩",
    position: "合伙人、华东区总经理",
    organizationSlug: "entgroup",
    translations: {
      en: { name: "Gao Wentao", position: "Partner; General Manager, East China", organization: "EntGroup" },
    },
  },
  {
    slug: "dai-ying",
    name: "戴莹",
    organization: "爱奇艺",
    position: "副总裁、自制剧开发中心总经理",
    organizationSlug: "iqiyi",
    translations: {
      en: {
        name: "Dai Ying",
        position: "Vice President; General Manager, Original Drama Development Center",
        organization: "iQIYI",
      },
    },
  },
  {
    slug: "yu-fei",
    name: "余飞",
    organization: "中国电影文学学会",
    position: "副会长、中国电视剧编剧工作委员会副秘书长",
    organizationSlug: "china-film-literature-society",
    translations: {
      en: {
        name: "Yu Fei",
        position: "Vice President; Deputy Secretary-General, China TV Drama Screenwriters Committee",
        organization: "China Film Literature Society",
      },
    },
  },
  {
    slug: "fu-binxing",
    name: "傅斌星",
    organization: "浙江华策影视集团",
    position: "副总裁、华策影业董事长",
    organizationSlug: "huace",
    translations: {
      en: {
        name: "Fu Binxing",
        position: "Vice President; Chairman, Huace Pictures",
        organization: "Zhejiang Huace Film & TV Group",
      },
    },
  },
  {
    slug: "wu-bai",
    name: "五百",
    organization: "",
    position: "知名导演、监制",
    translations: { en: { name: "Wu Bai", position: "Film director and producer", organization: "" } },
  },
  {
    slug: "liu-mingli",
    name: "刘明丽",
    organization: "搜狐视频",
    position: "自制出品中心总监",
    organizationSlug: "sohu-video",
    translations: {
      en: { name: "Liu Mingli", position: "Director, Original Production Center", organization: "Sohu Video" },
    },
  },
];
