import { readdirSync, readFileSync } from 'node:fs';

/** The parent PID of `pid` from /proc, or undefined when the process is gone. */
function parentOf(pid: number): number | undefined {
  try {
    // The command name in field 2 may contain spaces and parentheses: read after its closing parenthesis.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
  } catch {
    return undefined;
  }
}

/** Every live descendant of `pid` (children, grandchildren…), read from /proc; `pid` itself excluded. */
export function descendants(pid: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const parent = parentOf(Number(entry));
    if (parent !== undefined) children.set(parent, [...(children.get(parent) ?? []), Number(entry)]);
  }
  const found: number[] = [];
  const queue = [pid];
  while (queue.length > 0) {
    for (const child of children.get(queue.shift()!) ?? []) {
      found.push(child);
      queue.push(child);
    }
  }
  return found;
}

/** True while `pid` runs; a zombie (exited, not yet reaped) counts as gone. */
function isAlive(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat[stat.lastIndexOf(')') + 2] !== 'Z';
  } catch {
    return false;
  }
}

function signal(pid: number, name: NodeJS.Signals): void {
  try {
    process.kill(pid, name);
  } catch {
    // already gone
  }
}

/**
 * Stops `pid` and all its descendants: SIGTERM to each, then SIGKILL to those still alive after `graceMs`.
 * The tree is read before signalling, so children that the dying parent leaves to init are stopped too.
 * Resolves when none of them is alive (a zombie counts as gone).
 */
export async function stopTree(pid: number, graceMs = 5000): Promise<void> {
  const pids = [pid, ...descendants(pid)];
  pids.forEach((p) => signal(p, 'SIGTERM'));
  const deadline = Date.now() + graceMs;
  while (pids.some(isAlive) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
  pids.filter(isAlive).forEach((p) => signal(p, 'SIGKILL'));
  const killDeadline = Date.now() + 5000;
  while (pids.some(isAlive) && Date.now() < killDeadline) await new Promise((resolve) => setTimeout(resolve, 50));
}
