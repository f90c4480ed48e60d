import type { Locale } from "./vocabulary";

/**
 * How a person's role reads beside their name: Chinese writes the
 * organization first ("咪咕视讯科技有限公司 CEO"), English the position first
 * ("CEO, MIGU Video Technology Co., Ltd.").
 */
export function formatAffiliation(position: string, organization: string, locale: Locale): string {
  const parts = locale === "zh-CN" ? [organization, position] : [position, organization];
  return parts.filter((p) => p.trim() !== "").join(locale === "zh-CN" ? " " : ", ");
}
