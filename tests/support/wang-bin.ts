/** 王斌 (咪咕's CEO, speaker at the demo conference) in his profile's words in both languages, as the demo seed has them. */
export const wangBinWords = {
  name: "王斌",
  nameEn: "Wang Bin",
  position: "CEO",
  positionEn: "CEO",
  organization: "咪咕视讯科技有限公司",
  organizationEn: "MIGU Video Technology Co., Ltd.",
};
