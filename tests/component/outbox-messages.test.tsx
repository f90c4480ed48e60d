import { act, fireEvent, screen } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { OutboxMessages, type OutboxMessageRow } from "@/components/admin/outbox-messages";
import type { ActionResult } from "@/lib/admin/action-result";
import { renderWithIntl } from "../support/render-with-intl";

const row = (id: number, over: Partial<OutboxMessageRow> = {}): OutboxMessageRow => ({
  id,
  speakerName: `Speaker ${id}`,
  toAddress: `s${id}@podium.test`,
  locale: "en",
  version: "v2",
  status: "waiting",
  attempts: 0,
  lastError: null,
  subject: "AV Summit: changes to your sessions (v2)",
  greeting: "Dear Speaker,",
  body: "Opening keynote (Changed)\n  - Time or room: …",
  ics: "BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\nEND:VCALENDAR\r\n",
  ...over,
});
const rows = [
  row(1),
  row(2, { status: "failed", attempts: 1, lastError: "envelope" }),
  row(3, { status: "sent", attempts: 1 }),
  row(4, { toAddress: null }),
];
const send = vi.fn(async (_: unknown, form: FormData): Promise<ActionResult<{ sent: number; failed: number }>> => ({
  status: "saved",
  data: { sent: form.getAll("message").length, failed: 0 },
}));
const editGreeting = vi.fn(async (): Promise<ActionResult> => ({ status: "saved" }));

describe("the outbox page's messages", () => {
  it("offers each message's text and calendar to download, and no sending without mail", () => {
    renderWithIntl(
      <OutboxMessages conference="c" rows={rows} mail={false} send={send} editGreeting={editGreeting} />,
      "en",
    );
    expect(screen.queryByRole("button", { name: "Send selected" })).toBeNull();
    expect(screen.queryAllByRole("checkbox")).toHaveLength(0);
    const ics = screen.getAllByRole("link", { name: "Download .ics" })[0]!.getAttribute("href")!;
    expect(decodeURIComponent(ics)).toContain("METHOD:REQUEST");
    expect(screen.getAllByRole("link", { name: "Download text" })[0]!.getAttribute("download")).toBe(
      "v2-Speaker-1.txt",
    );
    expect(screen.getByText("no address known (no account, no invitation)")).toBeTruthy();
    expect(screen.getByText(/Last attempt failed: .*did not accept the sender or recipient address/)).toBeTruthy();
  });

  it("sends only the ticked messages that may still go out, and says how it went", async () => {
    renderWithIntl(<OutboxMessages conference="c" rows={rows} mail send={send} editGreeting={editGreeting} />, "zh-CN");
    // Neither the sent message nor the one without an address can be ticked.
    const boxes = screen.getAllByRole("checkbox", { name: "发送这封通知" });
    expect(boxes).toHaveLength(2);
    fireEvent.click(boxes[1]!);
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "发送所选" })));
    expect(send.mock.calls[0]![1].getAll("message")).toEqual(["2"]);
    expect(screen.getByRole("status").textContent).toBe("已发送 1 封，失败 0 封。");
  });
});
