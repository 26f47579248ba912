import { z } from 'astro/zod';

/**
 * Frontmatter of an article (`content/articles/<category>/<slug>.mdx`). Each field's comment is the
 * author's manual; the README repeats it with an example.
 *
 * @param categoryIds the ids from `content/categories.json`
 * @param articleIds every article id on the site, for checking `related`
 */
export function articleSchema(categoryIds: readonly [string, ...string[]], articleIds: ReadonlySet<string>) {
  const idList = () => [...articleIds].sort().join(', ');
  return z
    .object({
      /** The question or problem as a reader would put it, e.g. 银行卡无法绑定. Shown as the page's h1. */
      title: z
        .string({ error: 'title is required' })
        .trim()
        .min(4, 'title needs at least 4 characters')
        .max(30, 'title is too long for a phone: 30 characters at most'),
      /** One or two sentences saying what the article solves. Used for listings, search results and the meta description. */
      description: z
        .string({ error: 'description is required' })
        .trim()
        .min(20, 'description needs at least 20 characters')
        .max(120, 'description: 120 characters at most'),
      /** The category id; must equal the folder the file is in. */
      category: z.enum(categoryIds, { error: (issue) => `category "${String(issue.input)}" is not one of: ${categoryIds.join(', ')}` }),
      /** Position within the category, smallest first; also decides previous/next. */
      order: z.number({ error: 'order must be a whole number' }).int().positive(),
      /** Date of the last check of the facts in this article, as YYYY-MM-DD. Shown as “更新于”. */
      updated: z.coerce.date({ error: 'updated must be a date like 2026-11-27' }),
      /** Words a reader might type instead of ours (colloquial phrasings, synonyms). Indexed for search, not shown. */
      keywords: z.array(z.string().trim().min(1)).default([]),
      /** Error messages the app shows, quoted exactly, so a reader who pastes one finds this article. */
      errors: z.array(z.string().trim().min(2)).default([]),
      /** Other articles as `category/slug`; each must exist. At least one. */
      related: z
        .array(
          z.string().refine((id) => articleIds.has(id), {
            error: (issue) => `related entry "${String(issue.input)}" is not an article. Known: ${idList()}`,
          }),
        )
        .min(1, 'related needs at least one article'),
      /** Rank on the home page's 常见问题 list (1 first). Leave out for articles not featured there. */
      popular: z.number().int().positive().optional(),
      /**
       * Standard notes the page shows once, after the text, so the body need not repeat them:
       * `paths` when the article names in-app paths (menus move between WeChat versions),
       * `figures` when it gives a limit, fee or waiting time (the app's own prompt decides).
       * The content check fails on a path or a figure whose note is missing.
       */
      notes: z
        .array(z.enum(['paths', 'figures'], { error: (issue) => `notes entry "${String(issue.input)}" is not one of: paths, figures` }))
        .default([]),
    })
    .strict();
}

export type ArticleData = z.infer<ReturnType<typeof articleSchema>>;
