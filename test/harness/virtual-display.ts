import { type ChildProcess, execFileSync, spawn } from 'node:child_process';

/**
 * An X display of its own (Xvfb picks a free number), for a headed browser whose own context menu
 * is clicked for real with xdotool: no test tool reaches the browser's native menu otherwise.
 */
export class VirtualDisplay {
  private constructor(
    readonly name: string,
    private readonly server: ChildProcess,
  ) {}

  static async start(): Promise<VirtualDisplay> {
    const server = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1400x1000x24', '-nolisten', 'tcp'], {
      stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
    });
    const name = await new Promise<string>((resolve, reject) => {
      server.once('error', reject);
      server.once('exit', (code) => reject(new Error(`Xvfb stopped (${code})`)));
      server.stdio[3]?.once('data', (data) => resolve(`:${String(data).trim()}`));
    });
    return new VirtualDisplay(name, server);
  }

  /** Runs `xdotool` on this display (mouse moves, clicks, keys). */
  xdotool(...args: string[]): void {
    execFileSync('xdotool', args, { env: { ...process.env, DISPLAY: this.name } });
  }

  /** The windows shown on this display (a native menu is one more). */
  visibleWindows(): string[] {
    try {
      const out = execFileSync('xdotool', ['search', '--onlyvisible', '--name', ''], {
        env: { ...process.env, DISPLAY: this.name },
      });
      return String(out).split('\n').filter(Boolean);
    } catch {
      return []; // xdotool exits 1 when no window matches
    }
  }

  /** Waits until a window that was not in `before` shows (a watchdog, not a speed target). */
  async newWindow(before: readonly string[]): Promise<void> {
    if (!(await this.windowShows(before, 30_000))) throw new Error('No new window showed');
  }

  /** Whether a window that was not in `before` shows within `limitMs`. */
  async windowShows(before: readonly string[], limitMs: number): Promise<boolean> {
    for (let waited = 0; waited < limitMs; waited += 100) {
      if (this.visibleWindows().some((id) => !before.includes(id))) return true;
      await new Promise((r) => setTimeout(r, 100));
    }
    return false;
  }

  stop(): void {
    this.server.kill();
  }
}
