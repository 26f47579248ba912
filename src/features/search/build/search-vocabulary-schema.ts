import { z } from 'astro/zod';
import { normalizeText } from '../query/search-text.ts';

const term = z
  .string({ error: 'must be a string' })
  .trim()
  .refine((t) => [...normalizeText(t)].length >= 2, {
    // One character matched inside longer words would rewrite far too many queries.
    error: (issue) => `"${String(issue.input)}" is too short: a search word needs at least 2 characters`,
  });

/** `content/search-synonyms.json`: synonym groups, stop words and no-result suggestions. */
export const searchVocabularySchema = z
  .object({
    about: z.string().optional(),
    /** Words dropped from a query, such as 怎么 or 吗. */
    stopWords: z.array(z.string().trim().min(1, 'a stop word cannot be empty')),
    /** Groups of words that mean the same to a reader; the first is the word the articles use. */
    groups: z.array(z.array(term).min(2, 'a group needs at least 2 words')),
    /** Searches offered when a search finds nothing. */
    suggestions: z.array(z.string().trim().min(2)).min(1).max(8),
    /** Words that mean money may be at risk now (被骗, 手机被偷): a query containing one shows a link to /urgent/ above its results. */
    urgent: z.array(term).default([]),
  })
  .strict()
  .superRefine((data, ctx) => {
    // A word in two groups would make its meaning depend on the order of the file.
    const seen = new Map<string, number>();
    data.groups.forEach((group, g) => {
      group.forEach((t, i) => {
        const key = normalizeText(t);
        const other = seen.get(key);
        if (other === g) {
          ctx.addIssue({ code: 'custom', path: ['groups', g, i], message: `"${t}" appears twice in this group` });
        } else if (other !== undefined) {
          ctx.addIssue({
            code: 'custom',
            path: ['groups', g, i],
            message: `"${t}" is already in group ${other} (${data.groups[other]!.slice(0, 3).join(', ')}, …); a word may be in one group only`,
          });
        } else seen.set(key, g);
      });
    });
  });

/** The data file as written (`urgent` may be left out). */
export type SearchVocabularyData = z.input<typeof searchVocabularySchema>;
