import { screen, within } from "@testing-library/react";
import { beforeAll, describe, expect, it } from "vitest";
import { SpeakerList } from "@/components/speaker/speaker-list";
import { programmeView, type ProgrammeView, type SpeakerView } from "@/lib/programme/programme-view";
import { groupByInitial } from "@/lib/programme/speaker-index";
import { loadDemoProgramme } from "../support/demo-programme";
import { renderWithIntl } from "../support/render-with-intl";

// Imported programmes hold placeholder names (FOSDEM lists "-" and "--"): they must not lead the list.
const placeholder = (slug: string, name: string): SpeakerView => ({
  slug,
  name,
  position: "",
  organization: "",
  affiliation: "",
  bio: "",
  photo: null,
  links: [],
});

describe("SpeakerList", () => {
  let view: ProgrammeView;
  let speakers: SpeakerView[];
  beforeAll(async () => {
    view = programmeView((await loadDemoProgramme()).snapshot, "zh-CN");
    speakers = [placeholder("dash", "-"), ...view.speakers, placeholder("dashes", "--")];
  });

  function renderAll(letter: Parameters<typeof SpeakerList>[0]["letter"] = null, filter = "") {
    const groups = groupByInitial(speakers, "zh-CN");
    const shown = groups.filter((g) => letter === null || g.initial === letter);
    renderWithIntl(
      <SpeakerList
        programme={view}
        groups={shown}
        total={speakers.length}
        initials={new Set(groups.map((g) => g.initial))}
        letter={letter}
        filter={filter}
      />,
    );
  }

  it("groups speakers under pinyin initials, placeholder names last", () => {
    renderAll();
    const headings = screen.getAllByRole("heading", { level: 2 }).map((h) => h.textContent);
    expect(headings[0]).toBe("D");
    expect(headings.at(-1)).toBe("#（数字及其他文字）");
    const namesIn = (region: string) =>
      within(screen.getByRole("region", { name: region }))
        .getAllByRole("link")
        .map((l) => l.querySelector(".block.font-semibold")?.textContent);
    expect(namesIn("W")).toEqual(["王蓓蓓", "王斌", "王沁", "五百"]);
    expect(namesIn("#（数字及其他文字）")).toEqual(["-", "--"]);
  });

  it("links each initial that has speakers to its own page, and the others not at all", () => {
    renderAll("W");
    const index = screen.getByRole("navigation", { name: "按姓名首字母查找嘉宾" });
    expect(within(index).getByRole("link", { name: "W" }).getAttribute("aria-current")).toBe("page");
    expect(within(index).getByRole("link", { name: "L" }).getAttribute("href")).toBe(
      "/china-netav-2017/speakers?letter=L",
    );
    expect(within(index).queryByRole("link", { name: "Q" })).toBeNull();
    expect(within(index).getByRole("link", { name: "全部" }).getAttribute("aria-current")).toBeNull();
    expect(screen.getAllByRole("heading", { level: 2 }).map((h) => h.textContent)).toEqual(["W"]);
  });

  it("filters with a plain form, so it works without JavaScript", () => {
    renderAll(null, "咪咕");
    const form = screen.getByRole("search", { name: "按姓名或单位筛选嘉宾" });
    expect([form.getAttribute("method"), form.getAttribute("action")]).toEqual(["get", "/china-netav-2017/speakers"]);
    expect((within(form).getByRole("searchbox") as HTMLInputElement).name).toBe("q");
  });
});
