/**
 * What the bench must undo however it ends: servers to stop, a scratch folder
 * to delete. `run` undoes in reverse order, gracefully; `runNow` is the
 * synchronous last resort for process exit (an uncaught error, a signal).
 */
export class Cleanup {
  private readonly tasks: Array<{ stop: () => Promise<void> | void; kill: () => void }> = [];

  add(task: { stop?: () => Promise<void> | void; kill: () => void }): void {
    this.tasks.push({ stop: task.stop ?? task.kill, kill: task.kill });
  }

  async run(): Promise<void> {
    for (let task = this.tasks.pop(); task; task = this.tasks.pop()) {
      try {
        await task.stop();
      } catch (error) {
        console.error("Cleanup:", error);
        task.kill();
      }
    }
  }

  runNow(): void {
    for (let task = this.tasks.pop(); task; task = this.tasks.pop()) {
      try {
        task.kill();
      } catch {
        // exiting anyway: do what can be done
      }
    }
  }
}
