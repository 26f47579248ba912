import { z } from 'astro/zod';

/** Icons a category may use; each has an SVG drawing in `src/components/CategoryIcon.astro`. */
export const CATEGORY_ICONS = ['wallet', 'lightbulb', 'key', 'card', 'shield', 'alert'] as const;

/** One entry of `content/categories.json`. */
export const categorySchema = z.object({
  /** The URL path segment, e.g. `activation` for `/activation/`. Also the folder under `content/articles/`. */
  id: z.string().regex(/^[a-z][a-z0-9-]*$/, 'use lowercase letters, digits and hyphens'),
  /** The short Chinese name shown in navigation, e.g. 开通钱包. */
  name: z.string().min(2).max(8),
  /** One sentence shown under the name on the home page and the category page. */
  description: z.string().min(10).max(60),
  /** Position in navigation and on the home page, smallest first. */
  order: z.number().int().positive(),
  /** The drawing shown beside the name. */
  icon: z.enum(CATEGORY_ICONS),
});

export const categoriesSchema = z
  .array(categorySchema)
  .min(1)
  .superRefine((list, ctx) => {
    const seen = new Set<string>();
    list.forEach((c, i) => {
      if (seen.has(c.id)) ctx.addIssue({ code: 'custom', path: [i, 'id'], message: `duplicate category id "${c.id}"` });
      seen.add(c.id);
    });
  });

export type Category = z.infer<typeof categorySchema>;
