"use client";

import { useSyncExternalStore } from "react";

const currentMinute = () => Math.floor(Date.now() / 60_000);
const noMinute = () => null;

// One subscription per interval, so React sees the same function on every render and keeps its timer.
const subscriptions = new Map<number, (callback: () => void) => () => void>();

function checkingEvery(ms: number) {
  let subscribe = subscriptions.get(ms);
  if (!subscribe) {
    subscribe = (callback) => {
      const timer = window.setInterval(callback, ms);
      return () => window.clearInterval(timer);
    };
    subscriptions.set(ms, subscribe);
  }
  return subscribe;
}

/**
 * The minute it is now (minutes since the epoch), looked at every `checkMs`: null on the server and
 * while hydrating, so the server's rendering stands until the page is live, and null while `paused`.
 */
export function useCurrentMinute(checkMs: number, paused = false): number | null {
  return useSyncExternalStore(checkingEvery(checkMs), paused ? noMinute : currentMinute, noMinute);
}
