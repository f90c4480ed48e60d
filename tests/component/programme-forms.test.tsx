import { act, fireEvent, screen, waitFor } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { SessionForm } from "@/components/admin/session-form";
import { SessionPeopleEditor } from "@/components/admin/session-people-editor";
import type { SessionFormValues, SessionNow } from "@/db/queries/sessions";
import type { ActionResult } from "@/lib/admin/action-result";
import { refusingSave } from "../support/refused-save";
import { renderWithIntl } from "../support/render-with-intl";

const speakers = [
  { id: 1, name: "李霞", nameEn: "Li Xia", position: "创始人", organization: "容艺教育" },
  { id: 2, name: "王斌", nameEn: "Wang Bin", position: "CEO", organization: "咪咕视讯" },
];
const search = vi.fn(async () => ({ status: "saved" as const, data: speakers }));
const posted = (container: HTMLElement) =>
  JSON.parse((container.querySelector("input[name=people]") as HTMLInputElement).value) as Array<{
    speakerId: number;
    role: string;
  }>;

describe("the people of a session", () => {
  it("adds speakers found by search in a role, once per role, and reorders and removes them", async () => {
    const { container } = renderWithIntl(
      <form>
        <SessionPeopleEditor conference="c" initial={[]} error={() => undefined} search={search} />
      </form>,
    );
    fireEvent.change(screen.getByPlaceholderText("按姓名或单位查找嘉宾"), { target: { value: "李" } });
    fireEvent.keyDown(screen.getByPlaceholderText("按姓名或单位查找嘉宾"), { key: "Enter" });
    await screen.findByRole("button", { name: "+ 添加 李霞" });
    expect(search).toHaveBeenCalledWith({ conference: "c", text: "李" });

    fireEvent.change(screen.getByLabelText("添加为"), { target: { value: "moderator" } });
    fireEvent.click(screen.getByRole("button", { name: "+ 添加 李霞" }));
    fireEvent.change(screen.getByLabelText("添加为"), { target: { value: "panelist" } });
    fireEvent.click(screen.getByRole("button", { name: "+ 添加 王斌" }));
    fireEvent.click(screen.getByRole("button", { name: "+ 添加 李霞" }));
    fireEvent.click(screen.getByRole("button", { name: "+ 添加 李霞" }));
    expect(screen.getByRole("status").textContent).toBe("李霞 已经担任这个角色。");
    expect(posted(container)).toEqual([
      { speakerId: 1, name: "李霞", role: "moderator" },
      { speakerId: 2, name: "王斌", role: "panelist" },
      { speakerId: 1, name: "李霞", role: "panelist" },
    ]);

    fireEvent.click(screen.getByRole("button", { name: "上移 王斌" }));
    fireEvent.click(screen.getAllByRole("button", { name: "移除 李霞" })[1]!);
    expect(posted(container).map((p) => [p.speakerId, p.role])).toEqual([
      [2, "panelist"],
      [1, "moderator"],
    ]);
    expect(screen.getByRole("button", { name: "上移 王斌" })).toHaveProperty("disabled", true);
  });
});

const read: SessionFormValues = {
  id: 7,
  version: 2,
  forumId: "1",
  kind: "panel",
  status: "confirmed",
  title: "IP的跨平台运营",
  titleEn: "",
  abstract: "旧摘要",
  abstractEn: "",
  language: "zh",
  trackId: "",
  roomId: "3",
  startsAt: "2017-12-01T10:50",
  endsAt: "2017-12-01T11:30",
  people: [{ speakerId: 1, name: "李霞", role: "moderator" }],
};
const options = {
  conference: { slug: "c", startDate: "2017-11-29", endDate: "2017-12-01", timeZone: "Asia/Shanghai" },
  forums: [{ id: 1, name: "网络剧高峰论坛", editable: true }],
  rooms: [{ id: 3, name: "分论坛一厅" }],
  tracks: [],
};

describe("a stale save of a session", () => {
  it("shows who changed which fields, keeps what was typed, and takes the new values of fields left alone", async () => {
    const save = vi.fn(async (_s: ActionResult<SessionNow>, form: FormData): Promise<ActionResult<SessionNow>> => ({
      status: "error",
      problem: { code: "stale" },
      values: Object.fromEntries(
        [...form.entries()].filter(([k]) => !k.startsWith("$")).map(([k, v]) => [k, String(v)]),
      ),
      stale: {
        currentVersion: 3,
        changesSince: [
          {
            at: "2017-11-20T02:00:00.000Z",
            by: "Demo Organizer",
            version: 3,
            changes: {
              title: { before: "IP的跨平台运营", after: "IP的跨平台运营（新）" },
              startsAt: { before: "2017-12-01T02:50:00.000Z", after: "2017-12-01T03:00:00.000Z" },
            },
          },
        ],
      },
      data: { current: { ...read, version: 3, title: "IP的跨平台运营（新）", startsAt: "2017-12-01T11:00" } },
    }));
    const { container } = renderWithIntl(
      <SessionForm {...options} session={read} published save={save} search={search} />,
    );
    fireEvent.change(screen.getByLabelText("摘要"), { target: { value: "论坛编辑的新摘要" } });
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "保存" })));
    await waitFor(() => expect(save).toHaveBeenCalled());
    expect((save.mock.calls[0]![1] as FormData).get("$version")).toBe("2");

    const notice = await screen.findByText("未保存：你打开后，这个日程已被他人修改。");
    expect(notice.parentElement!.textContent).toContain("Demo Organizer");
    expect(notice.parentElement!.textContent).toContain("标题: IP的跨平台运营 → IP的跨平台运营（新）");
    expect(notice.parentElement!.textContent).toContain("开始: 2017-12-01 10:50 → 2017-12-01 11:00");
    await waitFor(() => expect((screen.getByLabelText("标题") as HTMLInputElement).value).toBe("IP的跨平台运营（新）"));
    expect((screen.getByLabelText("摘要") as HTMLTextAreaElement).value).toBe("论坛编辑的新摘要");
    expect((screen.getByLabelText("开始") as HTMLInputElement).value).toBe("2017-12-01T11:00");
    expect((container.querySelector("input[name='$version']") as HTMLInputElement).value).toBe("3");
  });
});

describe("a refused save of a session", () => {
  it("gives back every field as it was typed, the selects included, with the problems in the viewer's words", async () => {
    const save = refusingSave<SessionNow>({ title: { code: "required" } });
    renderWithIntl(
      <SessionForm
        {...options}
        rooms={[...options.rooms, { id: 4, name: "分论坛二厅" }]}
        tracks={[{ id: 5, name: "出海" }]}
        session={read}
        published={false}
        save={save}
        search={search}
      />,
    );
    const select = (label: string) => screen.getByLabelText(label) as HTMLSelectElement;
    fireEvent.change(select("类型"), { target: { value: "keynote" } });
    fireEvent.change(select("状态"), { target: { value: "draft" } });
    fireEvent.change(select("会场"), { target: { value: "4" } });
    fireEvent.change(select("分类"), { target: { value: "5" } });
    fireEvent.change(screen.getByLabelText("标题"), { target: { value: " " } });
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "保存" })));
    await screen.findByText("请检查标出的字段。");
    expect(select("类型").value).toBe("keynote");
    expect(select("状态").value).toBe("draft");
    expect(select("会场").value).toBe("4");
    expect(select("分类").value).toBe("5");
    expect(select("论坛").value).toBe("1");
    expect((screen.getByLabelText("标题") as HTMLInputElement).value).toBe(" ");
    expect((screen.getByLabelText("摘要") as HTMLTextAreaElement).value).toBe("旧摘要");
  });
});

describe("an over-long or out-of-days session (zh-CN)", () => {
  it("lets the browser keep every character and says the limit and the conference's days beside the fields", async () => {
    const long = "长".repeat(301);
    const save = refusingSave<SessionNow>({
      title: { code: "tooLong", values: { max: 300 } },
      startsAt: { code: "outsideConferenceDays", values: { start: "2017-11-29", end: "2017-12-01" } },
    });
    renderWithIntl(<SessionForm {...options} session={read} published={false} save={save} search={search} />);
    const title = screen.getByLabelText("标题") as HTMLInputElement;
    // A maxLength makes the browser cut pasted text without a word.
    for (const label of ["标题", "英文标题", "摘要", "英文摘要", "语言"])
      expect(screen.getByLabelText(label).hasAttribute("maxlength"), label).toBe(false);
    fireEvent.change(title, { target: { value: long } });
    fireEvent.change(screen.getByLabelText("开始"), { target: { value: "2019-12-01T10:50" } });
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "保存" })));
    expect((save.mock.calls[0]![1] as FormData).get("title")).toBe(long);
    await screen.findByText("最多 300 个字符。");
    expect(title.getAttribute("aria-describedby")).toContain("field-title-error");
    expect((screen.getByLabelText("标题") as HTMLInputElement).value).toBe(long);
    expect(screen.getByText("请选择会议期间的日期：2017-11-29 至 2017-12-01。")).toBeTruthy();
    expect((screen.getByLabelText("开始") as HTMLInputElement).value).toBe("2019-12-01T10:50");
  });
});
