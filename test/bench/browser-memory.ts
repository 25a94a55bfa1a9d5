import { readdirSync, readFileSync } from 'node:fs';

// The browser's memory as the system sees it: the resident set of every Chromium process this
// Node process started (browser, renderers, GPU and utility processes), summed, from /proc (Linux).
// Shared pages are counted in each process that maps them; a floor taken in the same run removes
// that constant part from what a step adds.

function parentAndName(pid: string): { ppid: string; name: string } | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The name is in parentheses and may hold spaces; the fields after it are space-separated.
    const close = stat.lastIndexOf(')');
    const name = stat.slice(stat.indexOf('(') + 1, close);
    const ppid = stat.slice(close + 2).split(' ')[1] ?? '';
    return { ppid, name };
  } catch {
    return null; // the process ended meanwhile
  }
}

function residentBytes(pid: string): number {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

/** The summed resident set of the Chromium processes descended from this one, in bytes. */
export function browserResidentSet(root = String(process.pid)): number {
  const children = new Map<string, { pid: string; name: string }[]>();
  for (const pid of readdirSync('/proc').filter((entry) => /^\d+$/.test(entry))) {
    const info = parentAndName(pid);
    if (!info) continue;
    children.set(info.ppid, [...(children.get(info.ppid) ?? []), { pid, name: info.name }]);
  }
  let total = 0;
  const pending = [root];
  while (pending.length > 0) {
    for (const child of children.get(pending.pop() as string) ?? []) {
      if (/chrom/i.test(child.name)) total += residentBytes(child.pid);
      pending.push(child.pid);
    }
  }
  return total;
}

/** Runs `step` while sampling the browser's resident set every 50 ms; returns its result and the peak. */
export async function peakDuring<T>(step: () => Promise<T>): Promise<{ result: T; peak: number }> {
  let peak = browserResidentSet();
  const timer = setInterval(() => {
    peak = Math.max(peak, browserResidentSet());
  }, 50);
  try {
    const result = await step();
    return { result, peak: Math.max(peak, browserResidentSet()) };
  } finally {
    clearInterval(timer);
  }
}
