import { describe, expect, it } from "vitest";
import { emptyQueue, requestMove, settleMove, type Placement } from "@/lib/schedule/move-queue";
import {
  emptyHistory,
  forgetSession,
  HISTORY_LIMIT,
  recordEdit,
  takeRedo,
  takeUndo,
} from "@/lib/schedule/undo-history";

const at = (start: string): Placement => ({ roomId: 1, startsAt: `2031-01-01T${start}:00.000Z`, endsAt: null });
const session = { id: 4, version: 1, ...at("09:00") };

describe("the schedule editor's move queue", () => {
  it("sends the first move at once and makes later ones wait, the latest replacing the others", () => {
    const first = requestMove(emptyQueue, session, at("09:05"));
    expect(first.send).toEqual({ sessionId: 4, version: 1, placement: at("09:05") });
    const second = requestMove(first.queue, { ...session, ...at("09:05") }, at("09:10"));
    const third = requestMove(second.queue, { ...session, ...at("09:10") }, at("09:15"));
    expect([second.send, third.send]).toEqual([null, null]);
    const answered = settleMove(third.queue, 4, { saved: 2 });
    expect(answered.send).toEqual({ sessionId: 4, version: 2, placement: at("09:15") });
    const last = settleMove(answered.queue, 4, { saved: 3 });
    expect(last).toEqual({ queue: new Map(), send: null, revertTo: null });
  });

  it("sends nothing more when the waiting move comes back to where the last one went", () => {
    const first = requestMove(emptyQueue, session, at("09:05"));
    const back = requestMove(first.queue, { ...session, ...at("09:05") }, at("09:05"));
    expect(settleMove(back.queue, 4, { saved: 2 }).send).toBeNull();
  });

  it("drops the waiting move on a refusal and gives back where the server last had the session", () => {
    const first = requestMove(emptyQueue, session, at("09:05"));
    const second = requestMove(first.queue, { ...session, ...at("09:05") }, at("09:10"));
    const refused = settleMove(second.queue, 4, "refused");
    expect(refused).toEqual({ queue: new Map(), send: null, revertTo: at("09:00") });
  });

  it("keeps each session's moves apart", () => {
    const a = requestMove(emptyQueue, session, at("09:05"));
    const b = requestMove(a.queue, { ...session, id: 5, version: 7 }, at("10:00"));
    expect(b.send).toEqual({ sessionId: 5, version: 7, placement: at("10:00") });
  });
});

describe("the schedule editor's undo history", () => {
  const edit = (n: number) => ({ sessionId: n % 2, title: `s${n}`, before: at("09:00"), after: at("09:05") });

  it("undoes the latest move first, redoes what was undone, and forgets redos after a new move", () => {
    let h = recordEdit(recordEdit(emptyHistory, edit(1)), edit(2));
    const undone = takeUndo(h)!;
    expect(undone.edit.title).toBe("s2");
    h = undone.history;
    expect(takeRedo(h)!.edit.title).toBe("s2");
    h = recordEdit(h, edit(3));
    expect(takeRedo(h)).toBeNull();
    expect(h.past.map((e) => e.title)).toEqual(["s1", "s3"]);
  });

  it("keeps the last moves, at least 20", () => {
    let h = emptyHistory;
    for (let i = 0; i < HISTORY_LIMIT + 5; i++) h = recordEdit(h, edit(i));
    expect(HISTORY_LIMIT).toBeGreaterThanOrEqual(20);
    expect(h.past).toHaveLength(HISTORY_LIMIT);
    expect(h.past[0]!.title).toBe("s5");
  });

  it("forgets one session's moves after the server refused one of them", () => {
    const h = forgetSession(recordEdit(recordEdit(emptyHistory, edit(1)), edit(2)), 1);
    expect(h.past.map((e) => e.title)).toEqual(["s2"]);
  });
});
