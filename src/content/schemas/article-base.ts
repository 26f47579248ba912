import { z } from 'astro/zod';
import type { Lang } from '../../i18n/ui.ts';

/**
 * What the shared fields allow in each language. Lengths are in characters: English needs more
 * letters than Chinese for the same meaning. `relatedName` is what a `related` id must be, in errors.
 */
const RULES = {
  'zh-CN': { title: [4, 30], description: [20, 120], relatedName: 'an article', dateExample: '2026-11-27' },
  en: { title: [8, 60], description: [40, 160], relatedName: 'an English article', dateExample: '2026-12-02' },
} as const satisfies Record<
  Lang,
  { title: readonly [number, number]; description: readonly [number, number]; relatedName: string; dateExample: string }
>;

/**
 * The frontmatter fields every article has, in either language (article.ts and en-article.ts add
 * their own). Each field's comment is the author's manual; the README repeats it with an example.
 *
 * @param lang the articles' language
 * @param relatedIds every article id of that language, for checking `related`
 */
export function articleBaseSchema(lang: Lang, relatedIds: ReadonlySet<string>) {
  const o = RULES[lang];
  const [titleMin, titleMax] = o.title;
  const [descriptionMin, descriptionMax] = o.description;
  const idList = () => [...relatedIds].sort().join(', ');
  return z.object({
    /** The question or problem as a reader would put it (银行卡无法绑定, “A foreign card will not bind”). The page's h1. */
    title: z
      .string({ error: 'title is required' })
      .trim()
      .min(titleMin, `title needs at least ${titleMin} characters`)
      .max(titleMax, `title is too long for a phone: ${titleMax} characters at most`),
    /** One or two sentences saying what the article solves. Used for listings, search results and the meta description. */
    description: z
      .string({ error: 'description is required' })
      .trim()
      .min(descriptionMin, `description needs at least ${descriptionMin} characters`)
      .max(descriptionMax, `description: ${descriptionMax} characters at most`),
    /** Position in its list (its category; for English articles, the list on /en/), smallest first. In a category it also decides previous/next. */
    order: z.number({ error: 'order must be a whole number' }).int().positive(),
    /** Date of the last check of the facts in this article, as YYYY-MM-DD. Shown as “更新于” / “Last updated”. */
    updated: z.coerce.date({ error: `updated must be a date like ${o.dateExample}` }),
    /** Words a reader might type instead of ours (colloquial phrasings, synonyms). Indexed for search, not shown. */
    keywords: z.array(z.string().trim().min(1)).default([]),
    /** Error messages the app shows, quoted exactly (in Chinese when the app shows Chinese), so a reader who pastes one finds this article. */
    errors: z.array(z.string().trim().min(2)).default([]),
    /** Other articles of the same language, by id; each must exist. At least one. */
    related: z
      .array(
        z.string().refine((id) => relatedIds.has(id), {
          error: (issue) => `related entry "${String(issue.input)}" is not ${o.relatedName}. Known: ${idList()}`,
        }),
      )
      .min(1, 'related needs at least one article'),
    /**
     * Standard notes the page shows once, after the text, so the body need not repeat them:
     * `paths` when the article names in-app paths (menus move between WeChat versions),
     * `figures` when it gives a limit, fee or waiting time (the app's own prompt decides).
     * The content check fails on a path or a figure whose note is missing.
     */
    notes: z
      .array(z.enum(['paths', 'figures'], { error: (issue) => `notes entry "${String(issue.input)}" is not one of: paths, figures` }))
      .default([]),
  });
}
