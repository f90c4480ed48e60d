import { act, fireEvent, screen, within } from "@testing-library/react";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { ScheduleEditor } from "@/components/schedule/schedule-editor";
import type { SaveMove } from "@/components/schedule/use-schedule-moves";
import type { EditorSession, ScheduleEditorData } from "@/db/queries/schedule-editor";
import type { ActionResult } from "@/lib/admin/action-result";
import { renderWithIntl } from "../support/render-with-intl";

vi.mock("next/navigation", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next/navigation")>()),
  useRouter: () => ({
    replace: vi.fn(),
    push: vi.fn(),
    prefetch: vi.fn(),
    refresh: vi.fn(),
    back: vi.fn(),
    forward: vi.fn(),
  }),
}));

type Answer = ActionResult<{ version: number }>;
/** The server: each save waits until the test answers it, as a real round trip does. */
let calls: Array<{ input: Parameters<SaveMove>[0]; answer: (a: Answer) => Promise<void> }> = [];
const save = vi.fn((input: Parameters<SaveMove>[0]) => {
  return new Promise<Answer>((resolve) => {
    calls.push({ input, answer: (a) => act(async () => resolve(a)) });
  });
});
beforeEach(() => {
  calls = [];
  save.mockClear();
});
const saved = (version: number): Answer => ({ status: "saved", data: { version } });

// 2017-12-01 in Asia/Shanghai (UTC+8): 09:00 local is 01:00Z.
const session = (
  id: number,
  title: string,
  roomId: number,
  from: string,
  to: string,
  more: Partial<EditorSession> = {},
) => ({
  id,
  version: 1,
  title,
  kind: "talk" as const,
  status: "confirmed" as const,
  forumId: 1,
  roomId,
  startsAt: `2017-12-01T${from}:00.000Z`,
  endsAt: `2017-12-01T${to}:00.000Z`,
  speakerIds: [] as number[],
  editable: true,
  ...more,
});
const data = (sessions: EditorSession[], rooms = 2): ScheduleEditorData => ({
  conference: {
    id: 1,
    slug: "c",
    name: "C",
    timeZone: "Asia/Shanghai",
    startDate: "2017-12-01",
    endDate: "2017-12-01",
  },
  rooms: Array.from({ length: rooms }, (_, i) => ({ id: i + 1, name: `分论坛${"一二三四五六七八九十"[i] ?? i}厅` })),
  forums: [{ id: 1, name: "主论坛", date: "2017-12-01", editable: true }],
  speakers: { 7: "王斌" },
  sessions,
  unavailability: [],
});
const keynote = session(1, "推原创之波", 1, "01:00", "01:40", { speakerIds: [7] });
const render = (sessions: EditorSession[] = [keynote], rooms?: number) =>
  renderWithIntl(<ScheduleEditor data={data(sessions, rooms)} day="2017-12-01" save={save} />);
// jsdom trims the unseen ", " between a block's lines; a browser reads it, so names are compared as a browser reads them.
const block = (name: RegExp) =>
  screen.getByRole("button", { name: (computed) => name.test(computed.replace(/,(?=\S)/g, ", ")) });
const status = () => document.querySelector("p[role=status]")?.textContent;
/** The keynote alone on the grid, focused, and `key` pressed on it: its first save is on its way. */
const pressOnKeynote = (key: string) => {
  render();
  block(/^推原创之波/).focus();
  fireEvent.keyDown(document.activeElement!, { key });
};
/** The keynote moved down and saved as version 2, then the undo button pressed: the undo's save is on its way. */
const moveKeynoteThenUndo = async () => {
  pressOnKeynote("ArrowDown");
  await calls[0]!.answer(saved(2));
  fireEvent.click(screen.getByRole("button", { name: /撤销/ }));
};

describe("the schedule editor (zh-CN)", () => {
  it("queues a person's quick key presses so they never meet as stale edits", async () => {
    render();
    const button = block(/^推原创之波/);
    button.focus();
    for (let i = 0; i < 3; i++) fireEvent.keyDown(document.activeElement!, { key: "ArrowDown" });
    // One save on its way, based on version 1; the other presses wait for its answer.
    expect(save).toHaveBeenCalledTimes(1);
    expect(calls[0]!.input).toMatchObject({ version: 1, startsAt: "2017-12-01T01:05:00.000Z" });
    await calls[0]!.answer(saved(2));
    // The two waiting presses go as one move, with the version the first answer brought.
    expect(save).toHaveBeenCalledTimes(2);
    expect(calls[1]!.input).toMatchObject({
      version: 2,
      startsAt: "2017-12-01T01:15:00.000Z",
      endsAt: "2017-12-01T01:55:00.000Z",
    });
    await calls[1]!.answer(saved(3));
    expect(status()).toBe("已保存“推原创之波”。");
    expect(block(/^推原创之波, 09:15–09:55/)).toBe(document.activeElement);
  });

  it("keeps focus on a block moved to the next room", async () => {
    pressOnKeynote("ArrowRight");
    const moved = block(/^推原创之波/);
    expect(moved.closest("[data-room]")?.getAttribute("data-room")).toBe("2");
    expect(document.activeElement).toBe(moved);
    expect(calls[0]!.input).toMatchObject({ roomId: 2, version: 1 });
    await calls[0]!.answer(saved(2));
    expect(document.activeElement).toBe(block(/^推原创之波/));
  });

  it("undoes and redoes moves with the buttons and Ctrl+Z / Ctrl+Shift+Z / Ctrl+Y, each a versioned save", async () => {
    await moveKeynoteThenUndo();
    expect(calls[1]!.input).toMatchObject({ version: 2, roomId: 1, startsAt: "2017-12-01T01:00:00.000Z" });
    await calls[1]!.answer(saved(3));
    expect(status()).toBe("已撤销对“推原创之波”的改动，已保存。");
    expect(block(/^推原创之波, 09:00–09:40/)).toBeTruthy();

    fireEvent.keyDown(document.body, { key: "Z", ctrlKey: true, shiftKey: true });
    expect(calls[2]!.input).toMatchObject({ version: 3, startsAt: "2017-12-01T01:05:00.000Z" });
    await calls[2]!.answer(saved(4));
    expect(status()).toBe("已重做对“推原创之波”的改动，已保存。");
    fireEvent.keyDown(document.body, { key: "z", ctrlKey: true });
    expect(calls[3]!.input).toMatchObject({ version: 4, startsAt: "2017-12-01T01:00:00.000Z" });
    await calls[3]!.answer(saved(5));
    fireEvent.keyDown(document.body, { key: "y", ctrlKey: true });
    expect(calls[4]!.input).toMatchObject({ version: 5, startsAt: "2017-12-01T01:05:00.000Z" });
  });

  it("keeps at least the last 20 moves to undo", async () => {
    render();
    block(/^推原创之波/).focus();
    for (let i = 0; i < 20; i++) {
      fireEvent.keyDown(document.activeElement!, { key: "ArrowDown" });
      await calls[i]!.answer(saved(i + 2));
    }
    const undo = screen.getByRole("button", { name: /撤销/ });
    undo.focus();
    for (let i = 0; i < 20; i++) {
      fireEvent.click(undo);
      await calls[20 + i]!.answer(saved(22 + i));
    }
    expect(block(/^推原创之波, 09:00–09:40/)).toBeTruthy();
    expect((undo as HTMLButtonElement).disabled).toBe(true);
    // Focus does not stay on a disabled button, where it would swallow the next keys.
    expect(document.activeElement).toBe(screen.getByRole("button", { name: /重做/ }));
  });

  it("says so when an undo is refused as stale, and puts the block where the server has it", async () => {
    await moveKeynoteThenUndo();
    await calls[1]!.answer({
      status: "error",
      problem: { code: "stale" },
      stale: {
        currentVersion: 3,
        changesSince: [
          { at: "", by: "Demo Organizer", version: 3, changes: { startsAt: { before: null, after: null } } },
        ],
      },
    } as Answer);
    expect(status()).toMatch(/^未撤销：在你打开之后，Demo Organizer 修改了“推原创之波”（开始时间）/);
    expect(block(/^推原创之波, 09:05–09:45/)).toBeTruthy();
    expect((screen.getByRole("button", { name: /重做/ }) as HTMLButtonElement).disabled).toBe(true);
  });

  it("gives a session back its length when it comes back from the tray", async () => {
    pressOnKeynote("Delete");
    expect(calls[0]!.input).toMatchObject({ roomId: null, startsAt: null, endsAt: null });
    await calls[0]!.answer(saved(2));
    const tray = screen.getByRole("region", { name: "待排日程（1）" });
    fireEvent.click(within(tray).getByRole("button", { name: /推原创之波/ }));
    expect((screen.getByLabelText("时长（分钟）") as HTMLInputElement).value).toBe("40");
  });

  it("lays overlapping blocks side by side and says a move made a conflict", async () => {
    render([keynote, session(2, "IP的跨平台运营", 2, "01:20", "02:00")]);
    block(/^IP的跨平台运营/).focus();
    fireEvent.keyDown(document.activeElement!, { key: "ArrowLeft" });
    await calls[0]!.answer(saved(2));
    expect(status()).toBe("已保存“IP的跨平台运营”。 ⚠ 它现在有 1 个冲突，见冲突列表。");
    const lanes = ["推原创之波", "IP的跨平台运营"].map((t) => block(new RegExp(`^${t}`)).parentElement!.style);
    expect(lanes.map((s) => s.width)).toEqual(["calc(50% - 4px)", "calc(50% - 4px)"]);
    expect(lanes.map((s) => s.left)).toEqual(["calc(0% + 2px)", "calc(50% + 2px)"]);
    expect(block(/^IP的跨平台运营.*1 个冲突/)).toBeTruthy();
  });

  it("names each block with what it shows: title, time, speakers, conflicts and room", () => {
    render();
    expect(block(/^推原创之波, 09:00–09:40, 王斌, 分论坛一厅$/)).toBeTruthy();
    expect(block(/^推原创之波/).hasAttribute("aria-label")).toBe(false);
  });

  it("filters rooms by name, hides empty ones on request, and zooms out", () => {
    render([keynote], 40);
    const grid = screen.getByRole("region", { name: /日程网格/ });
    // Forty rooms start with the empty ones hidden.
    expect(screen.getByText("显示 1/40 个会场")).toBeTruthy();
    fireEvent.click(screen.getByLabelText("隐藏当天没有日程的会场"));
    expect(grid.querySelectorAll("[data-room]")).toHaveLength(40);
    // So many rooms take the window's width (the layout widens around .schedule-editor-wide).
    expect(grid.closest(".schedule-editor-wide")).toBeTruthy();
    fireEvent.change(screen.getByLabelText("筛选会场"), { target: { value: "三" } });
    expect([...grid.querySelectorAll("[data-room]")].map((r) => r.getAttribute("data-room"))).toEqual(["3"]);
    expect(screen.getByText("显示 1/40 个会场")).toBeTruthy();
    fireEvent.change(screen.getByLabelText("筛选会场"), { target: { value: "一" } });
    const normal = block(/^推原创之波/).parentElement!.style.height;
    fireEvent.click(screen.getByLabelText("紧凑"));
    expect(block(/^推原创之波/).parentElement!.style.height).not.toBe(normal);
    expect(block(/^推原创之波/).parentElement!.style.height).toBe("32px");
  });
});
