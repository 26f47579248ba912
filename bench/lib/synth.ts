/**
 * Synthetic articles for the scale benchmark, made from the real ones: the originals are kept as
 * they are, and every other article takes a real article's opening, some of its sections and
 * sections from other articles (recombined, in a shuffled order), a varied title, description and
 * keywords, and `related` entries that point to articles in the same set. The frontmatter obeys the
 * same schema (src/content/schemas/article.ts) and cross-file rules (unique `order` per category, the folder
 * is the category), and the text keeps the house style, so the real build accepts it unchanged.
 * Deterministic for a given seed.
 */
import { stringify } from 'yaml';
import { splitFrontmatter } from '../../src/content/lint/mdx-text.ts';

export interface SourceArticle {
  /** `category/slug` */
  id: string;
  source: string;
}

export interface GeneratedArticle {
  /** Path below content/articles, e.g. `activation/bank-card-123.mdx`. */
  path: string;
  source: string;
}

interface Parsed {
  id: string;
  category: string;
  slug: string;
  fm: Record<string, unknown>;
  intro: string;
  sections: { heading: string; text: string }[];
}

/** Circumstances a reader might be in, used to vary titles, descriptions and keywords. */
export const SITUATIONS = [
  '安卓手机上',
  '苹果手机上',
  '电脑版微信里',
  '帮父母操作时',
  '帮家人处理时',
  '出门在外时',
  '刚换手机后',
  '第一次使用时',
  '在国外时',
  '老人手机上',
  '深夜遇到时',
  '网络很慢时',
] as const;

/** Small, fast, seedable random numbers (mulberry32). */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function parse({ id, source }: SourceArticle): Parsed {
  const { frontmatter: fm, body } = splitFrontmatter(source);
  const [intro = '', ...rest] = body.split(/^(?=## )/m);
  const sections = rest.map((block) => {
    const newline = block.indexOf('\n');
    return { heading: block.slice(3, newline).trim(), text: block.slice(newline + 1).trim() };
  });
  const [category = '', slug = ''] = id.split('/');
  return { id, category, slug, fm, intro: intro.trim(), sections };
}

function pick<T>(rnd: () => number, list: readonly T[]): T {
  return list[Math.floor(rnd() * list.length)]!;
}

function shuffle<T>(rnd: () => number, list: readonly T[]): T[] {
  const out = [...list];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

function frontmatterBlock(data: Record<string, unknown>): string {
  return `---\n${stringify(data, { lineWidth: 0 }).trimEnd()}\n---\n`;
}

/**
 * `total` articles: the originals plus `total - originals.length` synthetic ones spread evenly over
 * the originals (and so over the categories). Throws when `total` is smaller than the originals.
 */
export function generateArticles(originals: readonly SourceArticle[], total: number, seed = 1): GeneratedArticle[] {
  if (originals.length === 0) throw new Error('no articles to generate from');
  if (total < originals.length) throw new Error(`asked for ${total} articles, fewer than the ${originals.length} originals`);
  const rnd = random(seed);
  const parsed = [...originals].sort((a, b) => a.id.localeCompare(b.id)).map(parse);
  const out: GeneratedArticle[] = parsed.map((p) => ({ path: `${p.id}.mdx`, source: originals.find((o) => o.id === p.id)!.source }));
  const idsByCategory = new Map<string, string[]>();
  for (const p of parsed) idsByCategory.set(p.category, [...(idsByCategory.get(p.category) ?? []), p.id]);
  const nextOrder = new Map<string, number>();
  const usedTitles = new Set(parsed.map((p) => String(p.fm['title'])));

  for (let n = 1; out.length < total; n++) {
    const base = parsed[(n - 1) % parsed.length]!;
    const situation = pick(rnd, SITUATIONS);
    const id = `${base.category}/${base.slug}-${n}`;

    let title = `${situation}${String(base.fm['title'])}`;
    if (title.length > 30) title = String(base.fm['title']);
    if (usedTitles.has(title)) {
      // The schema allows 30 characters: shorten the title, never the suffix that makes it unique.
      const suffix = `（情形 ${n}）`;
      title = `${(title.length > 24 ? String(base.fm['title']) : title).slice(0, 30 - suffix.length)}${suffix}`;
    }
    usedTitles.add(title);
    const baseDescription = String(base.fm['description']);
    const description = `${situation}：${baseDescription}`.length <= 120 ? `${situation}：${baseDescription}` : baseDescription;

    // Sections: some of the base's own, then one to three from other articles, shuffled.
    const donors = shuffle(
      rnd,
      parsed.filter((p) => p.id !== base.id),
    ).slice(0, 1 + Math.floor(rnd() * 3));
    const candidates = [
      ...shuffle(rnd, base.sections).slice(0, Math.max(2, Math.ceil(base.sections.length * (0.4 + rnd() * 0.6)))),
      ...donors.map((d) => pick(rnd, d.sections)),
    ];
    const headings = new Set<string>();
    const sections = shuffle(rnd, candidates).filter((s) => !headings.has(s.heading) && headings.add(s.heading));
    const keywordPool = [
      ...new Set([base, ...donors].flatMap((p) => (Array.isArray(p.fm['keywords']) ? (p.fm['keywords'] as string[]) : []))),
    ];
    const keywords = [situation.replace(/(上|里|时|后)$/, ''), ...shuffle(rnd, keywordPool).slice(0, 3 + Math.floor(rnd() * 6))];

    const siblings = idsByCategory.get(base.category)!;
    const related = [...new Set([base.id, ...shuffle(rnd, siblings).slice(0, 1 + Math.floor(rnd() * 2))])];
    const order = (nextOrder.get(base.category) ?? 100) + 1;
    nextOrder.set(base.category, order);

    const data: Record<string, unknown> = {
      title,
      description,
      category: base.category,
      order,
      updated: String(base.fm['updated'] instanceof Date ? (base.fm['updated'] as Date).toISOString().slice(0, 10) : base.fm['updated']),
      keywords,
      errors: Array.isArray(base.fm['errors']) ? base.fm['errors'] : [],
      related,
      // Sections come from several articles: the page shows each note any of them needed.
      notes: [...new Set([base, ...donors].flatMap((p) => (Array.isArray(p.fm['notes']) ? (p.fm['notes'] as string[]) : [])))].sort(),
    };
    const body = [
      base.intro,
      `这是性能测试用的合成文章（编号 ${n}），由其他文章的段落重新组合而成。`,
      ...sections.map((s) => `## ${s.heading}\n\n${s.text}`),
    ]
      .join('\n\n')
      // Checklist ids are unique per page and, once saved, per site: give each copy its own.
      .replace(/(<Checklist\s+id=")([^"]+)"/g, `$1$2-${n}"`);
    out.push({ path: `${id}.mdx`, source: `${frontmatterBlock(data)}\n${body}\n` });
    siblings.push(id);
  }
  return out;
}
