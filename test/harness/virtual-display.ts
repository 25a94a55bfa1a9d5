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

  stop(): void {
    this.server.kill();
  }
}
