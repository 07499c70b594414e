// Small numeric helpers: medians, not means, because one slow run (GC, disk) should not move the figure.
import { spawn } from 'node:child_process';
import { ROOT, trackGroup, killGroup } from './env.js';

export function median(values) {
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

export const now = () => performance.now();

/**
 * Wall time of a whole child process (spawn to exit), in ms. It runs in its own process group so a
 * timeout kills the browser or server it started too. Rejects on a non-zero exit, with its stderr.
 */
export function timeProcess(command, args, { timeoutMs = 120_000, cwd = ROOT, env = process.env } = {}) {
  return new Promise((resolve, reject) => {
    const start = now();
    const child = spawn(command, args, { cwd, env, detached: true, stdio: ['ignore', 'ignore', 'pipe'] });
    trackGroup(child.pid);
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    const timer = setTimeout(() => killGroup(child.pid), timeoutMs);
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      const ms = now() - start;
      clearTimeout(timer);
      killGroup(child.pid); // anything it left running
      if (code === 0) resolve(ms);
      else reject(new Error(`${command} ${args.join(' ')} → ${signal ?? `exit ${code}`}\n${stderr.slice(-2000)}`));
    });
  });
}

/** Runs `once` `warmups` times untimed, then `runs` times; returns every timed value and the median. */
export async function sample(once, { runs = 5, warmups = 1 } = {}) {
  for (let i = 0; i < warmups; i++) await once(-1 - i);
  const values = [];
  for (let i = 0; i < runs; i++) values.push(await once(i));
  return { median: median(values), runs: values };
}
