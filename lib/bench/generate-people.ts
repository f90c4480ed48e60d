import type { Random } from "./random";
import { academicPositions, brands, companyKinds, foreignFirstNames, foreignLastNames, givenNameCharacters, institutes, positions, regions, surnames, universities, type Term } from "./words";

export interface GeneratedSpeaker {
  /** 1-based, the person's id in the schedule document. */
  id: number;
  name: string;
  organization: Term;
  position: Term;
  /** Speaks English: gets the English-language talks first. */
  foreign: boolean;
}

/** Companies, institutes and universities the speakers come from and the forums name as their organizations. */
export function generateOrganizations(random: Random): Term[] {
  const companies = random.shuffle(brands.flatMap((b) => companyKinds.map((k) => ({ zh: b.zh + k.zh, en: `${b.en} ${k.en}`, slug: `${b.slug}-${k.slug}` })))).slice(0, 48);
  const labs = regions.flatMap((r) => institutes.map((i) => ({ zh: r.zh + i.zh, en: `${r.en} ${i.en}`, slug: `${r.slug}-${i.slug}` })));
  return [...companies, ...random.shuffle(labs).slice(0, 12), ...universities];
}

/** `count` people with distinct names; about one in twenty-five is a foreign guest. */
export function generateSpeakers(random: Random, count: number, organizations: readonly Term[]): GeneratedSpeaker[] {
  const taken = new Set<string>();
  const speakers: GeneratedSpeaker[] = [];
  for (let id = 1; id <= count; id++) {
    const foreign = random.chance(0.04);
    let name = "";
    // Distinct while names remain; a namesake after 20 tries is realistic enough.
    for (let attempt = 0; attempt < 20 && (name === "" || taken.has(name)); attempt++) name = foreign ? foreignName(random) : chineseName(random);
    taken.add(name);
    const organization = random.pick(organizations);
    const academic = organization.zh.endsWith("大学");
    speakers.push({ id, name, organization, position: random.pick(academic ? academicPositions : positions), foreign });
  }
  return speakers;
}

function chineseName(random: Random): string {
  const given = random.chance(0.7) ? random.pick(givenNameCharacters) + random.pick(givenNameCharacters) : random.pick(givenNameCharacters);
  return random.pick(surnames) + given;
}

function foreignName(random: Random): string {
  return `${random.pick(foreignFirstNames)} ${random.pick(foreignLastNames)}`;
}
