import type { DemoOrganization } from "./types";

// Every organization the article names, with the article's own wording.
export const demoOrganizations: DemoOrganization[] = [
  { slug: "china-mobile", name: "中国移动", translations: { en: { name: "China Mobile" } } },
  {
    slug: "migu",
    name: "咪咕文化科技有限公司",
    shortName: "咪咕",
    parentSlug: "china-mobile",
    translations: { en: { name: "MIGU Co., Ltd.", shortName: "MIGU" } },
  },
  {
    slug: "migu-video",
    name: "咪咕视讯科技有限公司",
    shortName: "咪咕视讯",
    parentSlug: "migu",
    description: "中国移动旗下咪咕文化科技有限公司的全资子公司，也是中国移动在视频领域的唯一运营实体。",
    translations: {
      en: {
        name: "MIGU Video Technology Co., Ltd.",
        shortName: "MIGU Video",
        description:
          "A wholly owned subsidiary of MIGU, part of China Mobile, and China Mobile's only operating entity in online video.",
      },
    },
  },
  {
    slug: "ciwen-media",
    name: "慈文传媒股份有限公司",
    shortName: "慈文传媒",
    translations: { en: { name: "Ciwen Media Co., Ltd.", shortName: "Ciwen Media" } },
  },
  { slug: "rongyi-education", name: "容艺教育", translations: { en: { name: "Rongyi Education" } } },
  { slug: "guduo-media", name: "骨朵传媒", translations: { en: { name: "Guduo Media" } } },
  { slug: "mango-tv", name: "芒果TV", translations: { en: { name: "Mango TV" } } },
  {
    slug: "walt-disney-china",
    name: "华特迪士尼（中国）有限公司",
    shortName: "迪士尼",
    translations: { en: { name: "The Walt Disney Company (China) Ltd.", shortName: "Disney" } },
  },
  {
    slug: "mpaa",
    name: "美国电影协会",
    translations: { en: { name: "Motion Picture Association of America", shortName: "MPAA" } },
  },
  { slug: "entgroup", name: "艺恩", translations: { en: { name: "EntGroup" } } },
  { slug: "iqiyi", name: "爱奇艺", translations: { en: { name: "iQIYI" } } },
  {
    slug: "china-film-literature-society",
    name: "中国电影文学学会",
    translations: { en: { name: "China Film Literature Society" } },
  },
  {
    slug: "china-tv-screenwriters-committee",
    name: "中国电视剧编剧工作委员会",
    translations: { en: { name: "China TV Drama Screenwriters Committee" } },
  },
  {
    slug: "huace",
    name: "浙江华策影视集团",
    shortName: "华策",
    translations: { en: { name: "Zhejiang Huace Film & TV Group", shortName: "Huace" } },
  },
  { slug: "sohu-video", name: "搜狐视频", translations: { en: { name: "Sohu Video" } } },
];
