import { screen } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { NowMarker } from "@/components/agenda/now-marker";
import { renderWithIntl } from "../support/render-with-intl";

// The grid of 1 December from 09:00 Shanghai (01:00 UTC): 36 rows of 5 minutes, rows start at 2 under the header.
const props = { startsAt: "2017-12-01T01:00:00Z", rows: 36, slotMinutes: 5, firstRow: 2, columns: 3 };

describe("NowMarker", () => {
  afterEach(() => vi.useRealTimers());

  it("marks the current time on the grid while the day is under way", () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2017-12-01T02:02:30Z")); // 10:02 in Shanghai
    const { container } = renderWithIntl(<NowMarker {...props} />);
    expect(screen.getByText("现在")).toBeTruthy();
    const line = container.firstElementChild as HTMLElement;
    expect(line.style.gridRow).toBe("14 / span 1");
    expect(line.style.gridColumn).toBe("1 / span 3");
  });

  it("shows nothing before the day starts or after it ends", () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2017-12-01T00:59:00Z"));
    const before = renderWithIntl(<NowMarker {...props} />);
    expect(before.container.textContent).toBe("");
    before.unmount();
    vi.setSystemTime(new Date("2017-12-01T04:00:00Z"));
    expect(renderWithIntl(<NowMarker {...props} />).container.textContent).toBe("");
  });
});
