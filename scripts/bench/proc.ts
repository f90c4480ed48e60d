import fs from "node:fs";

// Linux only: what /proc says of a process: its children, command line, memory and CPU time.

/** The processes `pid` started, from /proc/<pid>/task/<tid>/children. */
export function childrenOf(pid: number): number[] {
  try {
    return fs
      .readdirSync(`/proc/${pid}/task`)
      .flatMap((tid) => fs.readFileSync(`/proc/${pid}/task/${tid}/children`, "utf8").trim().split(/\s+/))
      .filter(Boolean)
      .map(Number);
  } catch {
    return [];
  }
}

/**
 * The process that runs `script`: tsx's CLI runs it in a child node process (which
 * starts esbuild in turn), so the deepest of `pid` and its descendants naming it.
 */
export function processRunning(pid: number, script: string): number {
  let found = pid;
  const visit = (current: number) => {
    if (commandLine(current).includes(script)) found = current;
    for (const child of childrenOf(current)) visit(child);
  };
  visit(pid);
  return found;
}

function commandLine(pid: number): string {
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, "utf8").replaceAll("\0", " ");
  } catch {
    return "";
  }
}

/** Peak resident memory of a process in MB (`VmHWM`), or null where /proc has no such figure. */
export function peakResidentMb(pid: number): number | null {
  try {
    const kb = /^VmHWM:\s+(\d+)\s+kB/m.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"))?.[1];
    return kb ? Math.round((Number(kb) / 1024) * 10) / 10 : null;
  } catch {
    return null;
  }
}

/** CPU time a process has used so far, in seconds (utime + stime, at the usual 100 ticks a second). */
export function cpuSeconds(pid: number): number {
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return 0;
  }
}

/**
 * Waits until a process is nearly idle (under 10% of a core over half a second), so
 * work left over from one measurement (renders of requests whose client gave up)
 * does not slow the next. Resolves with the milliseconds waited, at most `timeoutMs`.
 */
export async function settle(pid: number, timeoutMs = 30_000): Promise<number> {
  const started = Date.now();
  let last = cpuSeconds(pid);
  while (Date.now() - started < timeoutMs) {
    await new Promise((r) => setTimeout(r, 500));
    const now = cpuSeconds(pid);
    if (now - last < 0.05) break;
    last = now;
  }
  return Date.now() - started;
}
