/** Small pure helpers for the benchmark reports: statistics, ratios, tables, RESULTS.md sections. */

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function mean(values: readonly number[]): number {
  return values.length === 0 ? Number.NaN : values.reduce((a, b) => a + b, 0) / values.length;
}

/** ours / theirs, or undefined when either is missing or theirs is zero (no meaningful ratio). */
export function ratio(ours: number | undefined, theirs: number | undefined): number | undefined {
  if (ours === undefined || theirs === undefined || !Number.isFinite(ours) || !Number.isFinite(theirs) || theirs === 0) return undefined;
  return ours / theirs;
}

export function formatRatio(r: number | undefined): string {
  return r === undefined ? '–' : r.toFixed(2);
}

/** Bytes as KB with one decimal (1 KB = 1024 bytes). */
export function kb(bytes: number | undefined): string {
  return bytes === undefined || !Number.isFinite(bytes) ? '–' : `${(bytes / 1024).toFixed(1)} KB`;
}

/** How a figure grew from one size to the next, e.g. "×9.8". */
export function growth(from: number | undefined, to: number | undefined): string {
  const r = ratio(to, from);
  return r === undefined ? '–' : `×${r.toFixed(1)}`;
}

/** A Markdown table; cells are escaped for `|`. Columns after the first are right-aligned. */
export function markdownTable(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  for (const row of rows)
    if (row.length !== headers.length) throw new Error(`table row has ${row.length} cells, expected ${headers.length}: ${row.join(' | ')}`);
  const esc = (s: string) => s.replace(/\|/g, '\\|');
  const line = (cells: readonly string[]) => `| ${cells.map(esc).join(' | ')} |`;
  const rule = `| ${headers.map((_, i) => (i === 0 ? '---' : '---:')).join(' | ')} |`;
  return [line(headers), rule, ...rows.map(line)].join('\n');
}

/**
 * Replaces the part of a Markdown document between `<!-- name:start -->` and `<!-- name:end -->`
 * (appending the markers and content when absent), so the peer and scale benchmarks can each
 * rewrite their own section of RESULTS.md.
 */
export function replaceSection(doc: string, name: string, content: string): string {
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const block = `${start}\n${content.trim()}\n${end}`;
  const i = doc.indexOf(start);
  const j = doc.indexOf(end);
  if (i >= 0 && j > i) return doc.slice(0, i) + block + doc.slice(j + end.length);
  if (i >= 0 || j >= 0) throw new Error(`RESULTS.md has a broken "${name}" section: one marker without the other`);
  return `${doc.trimEnd()}\n\n${block}\n`;
}

/** A timestamped line of a build's output. */
export interface LogLine {
  /** Milliseconds since the build started. */
  t: number;
  text: string;
}

export interface Phase {
  name: string;
  ms: number;
}

/**
 * Where an Astro build's time goes, from the times its log lines appeared. Astro's own steps are
 * recognised by their messages and last until the next step starts. After the pages are rendered
 * ("✓ Completed in …"), integrations run one after another and mostly log when they finish, so the
 * time before each line goes to the integration that wrote it (`[pagefind] …`); lines from Astro
 * itself count as "finish". `totalMs` (the process exit) closes the last phase.
 */
export function phasesFromLog(lines: readonly LogLine[], totalMs: number): Phase[] {
  const astroSteps: [RegExp, string][] = [
    [/\[content\] Syncing content/, 'content sync'],
    [/\[build\] Building static entrypoints/, 'bundle (Vite)'],
    [/generating static routes/, 'render pages'],
  ];
  const phases: Phase[] = [];
  const add = (name: string, ms: number) => {
    const existing = phases.find((p) => p.name === name);
    if (existing) existing.ms += ms;
    else phases.push({ name, ms });
  };
  let current = 'start-up';
  let since = 0;
  let rendered = false;
  for (const { t, text } of lines) {
    if (!rendered) {
      const step = astroSteps.find(([re]) => re.test(text));
      if (step && step[1] !== current) {
        add(current, t - since);
        current = step[1];
        since = t;
      }
      // Astro ends the rendering step with "✓ Completed in …" right after the last route.
      if (current === 'render pages' && /✓ Completed in/.test(text)) {
        add(current, t - since);
        rendered = true;
        since = t;
      }
      continue;
    }
    // Astro says which integration it is waiting for when a hook takes more than a few seconds.
    const waitingFor = /Waiting for integration "([^"]+)"/.exec(text)?.[1];
    const tag = waitingFor ?? /\[([^\]]+)\]/.exec(text)?.[1];
    const name = !tag || tag === 'build' || tag === 'WARN' || tag === 'ERROR' ? 'finish' : tag;
    if (!text.trim()) continue;
    add(name, t - since);
    since = t;
  }
  add(rendered ? 'finish' : current, totalMs - since);
  return phases.filter((p) => p.ms > 0);
}
