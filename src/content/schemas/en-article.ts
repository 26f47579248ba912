import { z } from 'astro/zod';

/**
 * Frontmatter of an English article (`content/en/articles/<slug>.mdx`, page `/en/<slug>/`). The
 * fields are those of a Chinese article (src/content/schemas/article.ts) without `category` and
 * `popular`: the English section is one short list. Lengths allow for English words, which take
 * more letters than Chinese characters for the same meaning.
 *
 * @param enIds every English article id (its slug), for checking `related`
 * @param zhIds every Chinese article id (`category/slug`), for checking `zh`
 */
export function enArticleSchema(enIds: ReadonlySet<string>, zhIds: ReadonlySet<string>) {
  const list = (ids: ReadonlySet<string>) => [...ids].sort().join(', ');
  return z
    .object({
      /** The problem as a visitor would put it: “A foreign card will not bind”. The page's h1. */
      title: z
        .string({ error: 'title is required' })
        .trim()
        .min(8, 'title needs at least 8 characters')
        .max(60, 'title is too long for a phone: 60 characters at most'),
      /** One or two sentences on what the article solves: listings, search results, meta description. */
      description: z
        .string({ error: 'description is required' })
        .trim()
        .min(40, 'description needs at least 40 characters')
        .max(160, 'description: 160 characters at most'),
      /** Position in the list on /en/, smallest first. */
      order: z.number({ error: 'order must be a whole number' }).int().positive(),
      /** Date of the last check of the facts in this article, as YYYY-MM-DD. Shown as “Last updated”. */
      updated: z.coerce.date({ error: 'updated must be a date like 2026-12-02' }),
      /** Words a visitor might type instead of ours. Indexed for search, not shown. */
      keywords: z.array(z.string().trim().min(1)).default([]),
      /** Messages the app shows, quoted exactly (in Chinese when the app shows Chinese). */
      errors: z.array(z.string().trim().min(2)).default([]),
      /** Other English articles by slug; each must exist. At least one. */
      related: z
        .array(
          z.string().refine((id) => enIds.has(id), {
            error: (issue) => `related entry "${String(issue.input)}" is not an English article. Known: ${list(enIds)}`,
          }),
        )
        .min(1, 'related needs at least one article'),
      /**
       * Optional: the Chinese article (`category/slug`) that covers the same ground. The two pages
       * then link to each other as language versions (hreflang), and the sitemap pairs them.
       */
      zh: z
        .string()
        .refine((id) => zhIds.has(id), {
          error: (issue) => `zh "${String(issue.input)}" is not a Chinese article. Known: ${list(zhIds)}`,
        })
        .optional(),
      /** As for Chinese articles: `paths` when it names in-app menus, `figures` when it gives limits, fees or times. */
      notes: z
        .array(z.enum(['paths', 'figures'], { error: (issue) => `notes entry "${String(issue.input)}" is not one of: paths, figures` }))
        .default([]),
    })
    .strict();
}

export type EnArticleData = z.infer<ReturnType<typeof enArticleSchema>>;
