// The demo conference's own words, from the article about it: the seed writes them and the
// API examples show them as the API serves them, so the two cannot drift apart.

export const demoConferenceWords = {
  name: "第五届中国网络视听大会",
  shortName: "网络视听大会",
  theme: "新使命、新视界、新动能",
  description:
    "具有中国网络视音频领域“年度风向标”之称的中国网络视听大会，本届以“新使命、新视界、新动能”为主题，旨在剖析网络视听行业新格局、聚焦行业新使命、探讨发展新动能、呈现网络视听新气象。历时三天的会议议程包含开幕式、峰会、论坛、展交会、盛典、提案会等30余场各类活动。",
  city: "成都",
  venue: "",
};

export const demoConferenceEnglish = {
  name: "The 5th China Internet Audio-Visual Conference",
  shortName: "China NetAV Conference",
  theme: "New Mission, New Vision, New Momentum",
  description:
    "Known as the bellwether of China's online audio-visual industry, the conference took “New Mission, New Vision, New Momentum” as its theme: to analyse the industry's new landscape, focus on its new mission, explore new momentum and present the new face of online audio-visual media. Over three days it held more than 30 activities: an opening ceremony, summits, forums, an expo, a gala and pitch sessions.",
  city: "Chengdu",
};

/** The one forum the article names and dates. */
export const webDramaSummitWords = {
  theme: "网络大剧的精品化与跨平台运营",
  description:
    "作为大会的专业论坛之一，网络剧高峰论坛由咪咕文化科技有限公司承办，以“网络大剧的精品化与跨平台运营”为主旨，集合了主流制作公司、互联网企业、热门IP运营商等机构共同探讨网络影视行业的热门话题。",
};

export const webDramaSummitEnglish = {
  name: "Web Drama Summit",
  theme: "Quality and Cross-Platform Operation of Premium Web Dramas",
  description:
    "One of the conference's professional forums, organized by MIGU. Production companies, internet platforms and IP operators discuss how premium web dramas are made and run across platforms.",
};
