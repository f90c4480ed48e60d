import type { Random } from "./random";
import { aspects, technologies, type Term } from "./words";

// Titles and abstracts in Chinese with their English, from templates over the word lists.

export interface Bilingual {
  zh: string;
  en: string;
}

/** What a forum is about; its sessions' titles are drawn around it. */
export interface Theme {
  technology: Term;
  domain: Term;
}

type Template = (t: Term, d: Term, a: Term, t2: Term) => Bilingual;

const talkTemplates: Template[] = [
  (t, d, a) => ({ zh: `${t.zh}在${d.zh}中的${a.zh}`, en: `${t.en} in ${d.en}: ${a.en}` }),
  (t, d, a) => ({ zh: `面向${d.zh}的${t.zh}：${a.zh}`, en: `${t.en} for ${d.en}: ${a.en}` }),
  (t, d, a) => ({ zh: `从试点到规模化：${d.zh}${t.zh}的${a.zh}`, en: `From Pilot to Scale: ${a.en} of ${t.en} in ${d.en}` }),
  (t, d) => ({ zh: `${t.zh}驱动的${d.zh}数字化转型`, en: `${t.en} and the Digital Transformation of ${d.en}` }),
  (t, _d, a, t2) => ({ zh: `${t.zh}与${t2.zh}融合：${a.zh}`, en: `Bringing ${t.en} and ${t2.en} Together: ${a.en}` }),
  (t, d, a) => ({ zh: `${d.zh}场景下${t.zh}的${a.zh}`, en: `${t.en} in ${d.en} Settings: ${a.en}` }),
  (t, _d, a) => ({ zh: `构建可信的${t.zh}：${a.zh}`, en: `Trustworthy ${t.en}: ${a.en}` }),
];

const keynoteTemplates: Template[] = [
  (t, d) => ({ zh: `${t.zh}赋能${d.zh}高质量发展`, en: `${t.en} for High-Quality Growth in ${d.en}` }),
  (t) => ({ zh: `迈向${t.zh}新时代`, en: `Towards a New Era of ${t.en}` }),
  (t, d) => ({ zh: `${d.zh}的下一个十年：${t.zh}`, en: `The Next Decade of ${d.en}: ${t.en}` }),
  (t, _d, _a, t2) => ({ zh: `${t.zh}与${t2.zh}：新质生产力的双引擎`, en: `${t.en} and ${t2.en}: Two Engines of New Productive Forces` }),
];

const panelTemplates: Template[] = [
  (t, d) => ({ zh: `圆桌对话：${t.zh}如何重塑${d.zh}`, en: `Panel: How ${t.en} Is Reshaping ${d.en}` }),
  (t, d, a) => ({ zh: `圆桌对话：${d.zh}${t.zh}的${a.zh}`, en: `Panel: ${a.en} of ${t.en} in ${d.en}` }),
];

export function talkTitle(random: Random, theme: Theme, keynote = false): Bilingual {
  return draw(random, keynote ? keynoteTemplates : talkTemplates, theme);
}

export function panelTitle(random: Random, theme: Theme): Bilingual {
  return draw(random, panelTemplates, theme);
}

/** The forum's name: a summit on a technology, or its meeting with a domain. */
export function forumName(random: Random, { technology: t, domain: d }: Theme): Bilingual {
  return random.pick<Bilingual>([
    { zh: `${t.zh}与${d.zh}融合发展论坛`, en: `Forum on ${t.en} and ${d.en}` },
    { zh: `${t.zh}创新论坛`, en: `${t.en} Innovation Forum` },
    { zh: `${d.zh}数字化转型论坛`, en: `${d.en} Digital Transformation Forum` },
    { zh: `${t.zh}产业峰会`, en: `${t.en} Industry Summit` },
  ]);
}

/** Two or three sentences about a talk, naming the speaker's organization. */
export function talkAbstract(random: Random, { technology: t, domain: d }: Theme, organization: Term): Bilingual {
  const a = random.pick(aspects);
  const zh = [
    random.pick([`本报告围绕${t.zh}在${d.zh}领域的应用，介绍${organization.zh}在${a.zh}方面的探索。`, `随着${t.zh}技术的快速发展，${d.zh}正迎来新一轮变革；${organization.zh}将分享其在${a.zh}上的经验。`]),
    random.pick(["报告将结合真实案例，分析当前面临的数据、算力与人才瓶颈，并给出可复制的解决思路。", "内容涵盖系统架构、关键算法、工程落地与效果评估等多个方面。", "演讲将分享团队在过去两年中积累的工程经验与踩过的坑。"]),
    ...(random.chance(0.5) ? [`最后，报告将展望${t.zh}未来三到五年的发展趋势。`] : []),
  ].join("");
  const en = `How ${organization.en} approaches ${t.en.toLowerCase()} in ${d.en.toLowerCase()}: ${a.en.toLowerCase()}, with cases from production and an outlook on the next few years.`;
  return { zh, en };
}

export function panelAbstract({ technology: t, domain: d }: Theme): Bilingual {
  return {
    zh: `来自企业、高校与研究机构的嘉宾围绕${t.zh}在${d.zh}中的机遇与挑战展开讨论，并回答现场观众提问。`,
    en: `Guests from industry, universities and research institutes discuss the opportunities and challenges of ${t.en} in ${d.en}, then take questions from the floor.`,
  };
}

function draw(random: Random, templates: Template[], theme: Theme): Bilingual {
  const other = random.pick(technologies.filter((t) => t !== theme.technology));
  return random.pick(templates)(theme.technology, theme.domain, random.pick(aspects), other);
}
