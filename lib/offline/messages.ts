// What the page's island (components/offline/offline-support.tsx) and the service worker tell each other.

/** Page → worker: keep this conference in this language, and these URLs of it besides its list. */
export interface WarmMessage {
  type: "podium:warm";
  conference: string;
  language: string;
  urls?: string[];
}

/** Worker → pages: the conference's latest release is kept; `replaced` when an older one's copy was dropped for it. */
export interface ReadyMessage {
  type: "podium:offline-ready";
  conference: string;
  revision: string;
  /** False when some page could not be kept (the next visit tries again). */
  complete: boolean;
  replaced: boolean;
}

export type ToWorker = WarmMessage;
export type ToClient = ReadyMessage;
