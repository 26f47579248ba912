import { describe, expect, it } from 'vitest';
import { formatRatio, growth, kb, markdownTable, median, phasesFromLog, ratio, replaceSection } from '../../bench/lib/report';

describe('statistics and ratios', () => {
  it('takes the median of odd and even lists', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });

  it('gives no ratio when a side is missing or the other side is zero', () => {
    expect(ratio(1, 4)).toBe(0.25);
    expect(ratio(undefined, 4)).toBeUndefined();
    expect(ratio(3, 0)).toBeUndefined();
    expect(formatRatio(ratio(1, 3))).toBe('0.33');
    expect(formatRatio(undefined)).toBe('–');
  });

  it('formats bytes and growth', () => {
    expect(kb(1536)).toBe('1.5 KB');
    expect(kb(undefined)).toBe('–');
    expect(growth(10, 95)).toBe('×9.5');
    expect(growth(undefined, 95)).toBe('–');
  });
});

describe('markdownTable', () => {
  it('right-aligns figures and escapes pipes', () => {
    expect(markdownTable(['figure', 'a'], [['x|y', '1']])).toBe('| figure | a |\n| --- | ---: |\n| x\\|y | 1 |');
  });

  it('rejects a row of the wrong width', () => {
    expect(() => markdownTable(['a', 'b'], [['1']])).toThrow(/1 cells, expected 2/);
  });
});

describe('replaceSection', () => {
  it('appends a missing section and replaces an existing one, leaving the rest', () => {
    const once = replaceSection('# Results\n', 'peer', 'first');
    expect(once).toBe('# Results\n\n<!-- peer:start -->\nfirst\n<!-- peer:end -->\n');
    const twice = replaceSection(`${once}\ntail\n`, 'peer', 'second');
    expect(twice).toBe('# Results\n\n<!-- peer:start -->\nsecond\n<!-- peer:end -->\n\ntail\n');
  });

  it('refuses a section with one marker only', () => {
    expect(() => replaceSection('<!-- peer:start -->\nx', 'peer', 'y')).toThrow(/broken "peer" section/);
  });
});

describe('phasesFromLog', () => {
  it('splits an Astro build into its steps and the integrations after it', () => {
    const log = [
      { t: 500, text: '> astro build' },
      { t: 4000, text: '09:00:00 [content] Syncing content' },
      { t: 6000, text: '09:00:02 [content] Synced content' },
      { t: 6100, text: '09:00:02 [build] Building static entrypoints...' },
      { t: 30000, text: '09:00:26 [vite] ✓ built in 23.9s' },
      { t: 30500, text: ' generating static routes ' },
      { t: 31000, text: '09:00:27   ├─ /a/index.html (+5ms)' },
      { t: 40000, text: '09:00:36 ✓ Completed in 9.5s.' },
      { t: 40100, text: '09:00:36 [build] ✓ Completed in 34.0s.' },
      { t: 43000, text: '09:00:39 [build] Waiting for integration "pagefind", hook "astro:build:done"...' },
      { t: 52000, text: '09:00:48 [pagefind] indexed 1000 pages' },
      { t: 53000, text: '09:00:49 [service-worker] sw.js precaches 40 files' },
      { t: 53100, text: '09:00:49 [build] Complete!' },
    ];
    expect(phasesFromLog(log, 54000)).toEqual([
      { name: 'start-up', ms: 4000 },
      { name: 'content sync', ms: 2100 },
      { name: 'bundle (Vite)', ms: 24400 },
      { name: 'render pages', ms: 9500 },
      { name: 'finish', ms: 1100 },
      { name: 'pagefind', ms: 11900 },
      { name: 'service-worker', ms: 1000 },
    ]);
  });
});
