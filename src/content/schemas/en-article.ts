import { z } from 'astro/zod';
import { articleBaseSchema } from './article-base.ts';

/**
 * Frontmatter of an English article (`content/en/articles/<slug>.mdx`, page `/en/<slug>/`): the
 * fields every article has (article-base.ts, where each is documented), without `category` and
 * `popular` (the English section is one short list), and optionally the Chinese article it matches.
 * Lengths allow for English words, which take more letters than Chinese characters for the same meaning.
 *
 * @param enIds every English article id (its slug), for checking `related`
 * @param zhIds every Chinese article id (`category/slug`), for checking `zh`
 */
export function enArticleSchema(enIds: ReadonlySet<string>, zhIds: ReadonlySet<string>) {
  return articleBaseSchema('en', enIds)
    .extend({
      /**
       * Optional: the Chinese article (`category/slug`) that covers the same ground. The two pages
       * then link to each other as language versions (hreflang), and the sitemap pairs them.
       */
      zh: z
        .string()
        .refine((id) => zhIds.has(id), {
          error: (issue) => `zh "${String(issue.input)}" is not a Chinese article. Known: ${[...zhIds].sort().join(', ')}`,
        })
        .optional(),
    })
    .strict();
}

export type EnArticleData = z.infer<ReturnType<typeof enArticleSchema>>;
