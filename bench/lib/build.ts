/**
 * Runs `npm run build` in a directory and measures it: wall time, peak memory of the whole process
 * tree (npm, Astro, any worker or Pagefind binary it starts; summed RSS polled from /proc), and the
 * time of each output line, from which bench/lib/report.ts tells where the time went.
 */
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { stripVTControlCharacters } from 'node:util';
import type { LogLine } from './report.ts';

export interface BuildRun {
  ms: number;
  /** Highest summed resident memory of the build's process tree, in bytes; undefined without /proc. */
  peakRss: number | undefined;
  lines: LogLine[];
}

/** A build stopped because it ran longer than allowed; keeps what was measured until then. */
export class BuildTimeout extends Error {
  readonly run: BuildRun;
  constructor(run: BuildRun) {
    super(`build stopped after ${(run.ms / 1000).toFixed(0)} s`);
    this.run = run;
  }
}

/** RSS in bytes of `root` and all its descendants, read from /proc (Linux only). */
function treeRss(root: number): number | undefined {
  let entries: string[];
  try {
    entries = readdirSync('/proc').filter((e) => /^\d+$/.test(e));
  } catch {
    return undefined;
  }
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  for (const e of entries) {
    try {
      const stat = readFileSync(`/proc/${e}/stat`, 'utf8');
      // Fields after the command name (which may contain spaces) start after the last ")".
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const pid = Number(e);
      const ppid = Number(fields[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), pid]);
      rss.set(pid, Number(fields[21]) * 4096);
    } catch {
      // The process ended while we looked.
    }
  }
  let total = 0;
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop()!;
    total += rss.get(pid) ?? 0;
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

/**
 * `npm run build` in `cwd` with `env` added; rejects with the last lines of output if it fails.
 * Output is kept (for phases and errors), and echoed when `echo` is set.
 */
export function runBuild(
  cwd: string,
  { env = {}, echo = false, timeoutMs }: { env?: Record<string, string>; echo?: boolean; timeoutMs?: number } = {},
): Promise<BuildRun> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn('npm', ['run', 'build'], {
      cwd,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
      // Its own process group, so a timeout can stop npm, Astro and whatever they started.
      detached: true,
    });
    let timedOut = false;
    const timer = timeoutMs
      ? setTimeout(() => {
          timedOut = true;
          try {
            process.kill(-child.pid!, 'SIGTERM');
          } catch {
            // Already gone.
          }
        }, timeoutMs)
      : undefined;
    const lines: LogLine[] = [];
    let peakRss: number | undefined;
    const poll = setInterval(() => {
      const rss = child.pid ? treeRss(child.pid) : undefined;
      if (rss !== undefined) peakRss = Math.max(peakRss ?? 0, rss);
    }, 200);
    const collect = (stream: NodeJS.ReadableStream) => {
      let rest = '';
      stream.setEncoding('utf8');
      stream.on('data', (chunk: string) => {
        const t = performance.now() - started;
        const parts = (rest + chunk).split('\n');
        rest = parts.pop()!;
        for (const raw of parts) {
          // Colours survive NO_COLOR in some tools (Rolldown's warnings); they are not text.
          const text = stripVTControlCharacters(raw);
          lines.push({ t, text });
          if (echo) console.log(`    ${text}`);
        }
      });
    };
    collect(child.stdout!);
    collect(child.stderr!);
    child.on('error', (error) => {
      clearInterval(poll);
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (code) => {
      clearInterval(poll);
      clearTimeout(timer);
      const ms = performance.now() - started;
      if (timedOut) reject(new BuildTimeout({ ms, peakRss, lines }));
      else if (code === 0) resolve({ ms, peakRss, lines });
      else
        reject(
          new Error(
            `build in ${cwd} failed (exit ${code}):\n${lines
              .slice(-30)
              .map((l) => l.text)
              .join('\n')}`,
          ),
        );
    });
  });
}
