import { spawn, type ChildProcess } from "node:child_process";

export interface GroupProcess {
  child: ChildProcess;
  /** Its last lines of output, for the message when it fails. */
  output: () => string;
  /** The first line of standard output matching `pattern`, or a rejection when it exits or time runs out. */
  waitForLine: (pattern: RegExp, timeoutMs: number) => Promise<RegExpMatchArray>;
  /** SIGTERM to the whole group, SIGKILL after `graceMs`; resolves when the group is gone. */
  stop: (graceMs?: number) => Promise<void>;
  /** SIGKILL to the group, synchronously: the last resort of an exiting bench. */
  kill: () => void;
}

/**
 * Starts a command in a process group of its own, so that stopping it also
 * stops what it started (tsx runs the script in a child node process).
 */
export function spawnGroup(command: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv; ipc?: boolean }): GroupProcess {
  const child = spawn(command, args, { cwd: options.cwd, env: options.env, detached: true, stdio: ["ignore", "pipe", "pipe", ...(options.ipc ? (["ipc"] as const) : [])] });
  const lines: string[] = [];
  const listeners = new Set<(line: string) => void>();
  const collect = (stream: NodeJS.ReadableStream | null) => {
    let partial = "";
    stream?.setEncoding("utf8");
    stream?.on("data", (text: string) => {
      const parts = (partial + text).split("\n");
      partial = parts.pop() ?? "";
      for (const line of parts) {
        lines.push(line);
        if (lines.length > 200) lines.shift();
        for (const listener of listeners) listener(line);
      }
    });
  };
  collect(child.stdout);
  collect(child.stderr);
  const signalGroup = (signal: NodeJS.Signals | 0): boolean => {
    if (!child.pid) return false;
    try {
      process.kill(-child.pid, signal);
      return true;
    } catch {
      return false; // ESRCH: the group is gone
    }
  };
  const release = () => {
    child.stdout?.destroy();
    child.stderr?.destroy();
    if (child.connected) child.disconnect();
    child.unref();
  };

  return {
    child,
    output: () => lines.join("\n"),
    waitForLine: (pattern, timeoutMs) =>
      new Promise((resolve, reject) => {
        const done = (error: Error | null, match?: RegExpMatchArray) => {
          clearTimeout(timer);
          listeners.delete(listen);
          child.off("exit", exited);
          if (error) reject(error);
          else resolve(match!);
        };
        const listen = (line: string) => {
          const match = pattern.exec(line);
          if (match) done(null, match);
        };
        const exited = (code: number | null, signal: string | null) => done(new Error(`${command} ${args.join(" ")} exited (${signal ?? code}) before printing ${pattern}`));
        const timer = setTimeout(() => done(new Error(`${command} ${args.join(" ")} printed no ${pattern} within ${timeoutMs} ms`)), timeoutMs);
        listeners.add(listen);
        child.once("exit", exited);
      }),
    stop: async (graceMs = 5000) => {
      if (signalGroup("SIGTERM")) {
        const deadline = Date.now() + graceMs;
        while (signalGroup(0) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
        signalGroup("SIGKILL");
      }
      release();
    },
    kill: () => {
      signalGroup("SIGKILL");
      release();
    },
  };
}

/** The groups a command starts, killed when it is interrupted (Ctrl-C, SIGTERM) so that no server outlives it. */
export function killedOnInterrupt(): GroupProcess[] {
  const running: GroupProcess[] = [];
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.once(signal, () => (running.forEach((p) => p.kill()), process.exit(130)));
  return running;
}
