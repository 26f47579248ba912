import { z } from 'astro/zod';

const source = z.string().min(3).describe('where the fact comes from, with its confidence mark from facts.md');

/**
 * The entry in English, for the English pages (/en/): `name` and `use` as above; a phone marked
 * `urgent` also needs `urgentWhen`, its `when` line. Optional for entries no English page shows;
 * an English page that shows an entry without it fails the build naming the entry.
 */
const english = z
  .object({
    name: z.string().min(2),
    use: z.string().min(4),
    urgentWhen: z.string().min(4).optional(),
  })
  .strict();

/** `content/channels.json`: the only numbers, domains and in-app paths articles may print. */
export const channelsSchema = z.object({
  about: z.string().optional(),
  phones: z.array(
    z.object({
      /** Digits, optionally grouped with hyphens, exactly as it should be dialled. */
      number: z.string().regex(/^\d[\d-]*\d$/, 'digits and hyphens only'),
      /** Who answers, e.g. 微信支付客服. */
      name: z.string().min(2),
      /** One sentence: what the reader should call this number for. */
      use: z.string().min(4),
      source,
      /** Listed in the "还需要帮助？" box on every article. */
      helpBox: z.boolean(),
      /**
       * Listed on the urgent-help page (/urgent/) as a large call link: `rank` orders the numbers
       * (1 first), `when` is one sentence on when to call it.
       */
      urgent: z.object({ rank: z.number().int().positive(), when: z.string().min(4) }).optional(),
      en: english.optional(),
    }),
  ),
  domains: z.array(
    z.object({
      /** A host name without scheme or path, e.g. weixin110.qq.com. */
      domain: z.string().regex(/^[a-z0-9.-]+\.[a-z]{2,}$/, 'a bare host name such as kf.qq.com'),
      name: z.string().min(2),
      use: z.string().min(4),
      source,
      helpBox: z.boolean(),
      en: english.omit({ urgentWhen: true }).optional(),
    }),
  ),
  paths: z.array(
    z.object({
      /** Menu names joined by " > ", as the reader sees them in WeChat. */
      path: z.string().includes(' > '),
      source,
    }),
  ),
});

export type Channels = z.infer<typeof channelsSchema>;
