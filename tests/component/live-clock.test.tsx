import { act, render } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { LiveClock } from "@/components/now/live-clock";

const props = {
  timeZone: "Asia/Shanghai",
  locale: "en" as const,
  initial: { text: "server text", iso: "2017-12-01T02:02:00Z" },
};

describe("LiveClock", () => {
  afterEach(() => vi.useRealTimers());

  it("shows the minute it is in the conference's zone and turns with it", () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date("2017-12-01T02:02:59Z")); // 10:02 in Shanghai
    const { container } = render(<LiveClock {...props} fixed={false} />);
    expect(container.textContent).toBe("10:02");
    act(() => vi.advanceTimersByTime(1_000));
    expect(container.textContent).toBe("10:03");
    expect(container.querySelector("time")?.getAttribute("datetime")).toBe("2017-12-01T02:03:00.000Z");
  });

  it("keeps the server's text in a preview", () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date("2017-12-01T02:02:59Z"));
    const { container } = render(<LiveClock {...props} fixed />);
    act(() => vi.advanceTimersByTime(60_000));
    expect(container.textContent).toBe("server text");
    expect(container.querySelector("time")?.getAttribute("datetime")).toBe(props.initial.iso);
  });
});
