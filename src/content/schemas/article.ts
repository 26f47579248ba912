import { z } from 'astro/zod';
import { articleBaseSchema } from './article-base.ts';

/**
 * Frontmatter of an article (`content/articles/<category>/<slug>.mdx`): the fields every article has
 * (article-base.ts, where each is documented) and its category and place on the home page.
 *
 * @param categoryIds the ids from `content/categories.json`
 * @param articleIds every article id on the site (`category/slug`), for checking `related`
 */
export function articleSchema(categoryIds: readonly [string, ...string[]], articleIds: ReadonlySet<string>) {
  return articleBaseSchema('zh-CN', articleIds)
    .extend({
      /** The category id; must equal the folder the file is in. */
      category: z.enum(categoryIds, { error: (issue) => `category "${String(issue.input)}" is not one of: ${categoryIds.join(', ')}` }),
      /** Rank on the home page's 常见问题 list (1 first). Leave out for articles not featured there. */
      popular: z.number().int().positive().optional(),
    })
    .strict();
}

export type ArticleData = z.infer<ReturnType<typeof articleSchema>>;
