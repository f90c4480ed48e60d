// What the stars and the seen release share: a write to the browser's storage that this tab's
// islands hear by an event of its own (other tabs hear the storage event), and listening to both.

/** Stores the value and announces it; false when the storage refuses writes (private mode, quota). */
export function storeAndAnnounce(
  storage: Storage,
  key: string,
  value: string,
  event: string,
  conference: string,
): boolean {
  try {
    storage.setItem(key, value);
  } catch {
    return false;
  }
  if (typeof window !== "undefined") window.dispatchEvent(new CustomEvent(event, { detail: conference }));
  return true;
}

/** Calls back when the value changes in this tab (its event) or another one (storage). */
export function subscribeToAnnounced(event: string, callback: () => void): () => void {
  window.addEventListener(event, callback);
  window.addEventListener("storage", callback);
  return () => {
    window.removeEventListener(event, callback);
    window.removeEventListener("storage", callback);
  };
}
