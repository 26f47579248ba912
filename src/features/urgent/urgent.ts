/**
 * What the urgent-help page (/urgent/) lists, derived from the data files so that a number, a flow
 * or an article named there always exists: the phones marked `urgent` in content/channels.json and
 * the troubleshooter flows for money at risk, with the articles those flows end in.
 */
import type { Channels } from '../../content/schemas/channels.ts';

/** The page's address; every page links to it. */
export const URGENT_HREF = '/urgent/';

/** The flows for money at risk now, in the order the page offers them. */
export const URGENT_FLOWS = ['scam', 'lost-phone', 'unknown-charge', 'wrong-transfer'] as const;

/**
 * The English page (/en/urgent/) has the same numbers (with their `en` lines) and the English
 * flows; the English section has no flows per emergency, so these articles take their place.
 */
export const URGENT_EN_ARTICLES = ['scams', 'lost-phone', 'get-help'] as const;

/** The English urgent articles in order; throws naming one that does not exist. */
export function urgentEnArticles<A extends { id: string }>(articles: readonly A[]): A[] {
  return URGENT_EN_ARTICLES.map((id) => {
    const article = articles.find((a) => a.id === id);
    if (!article) throw new Error(`The English urgent-help page needs the article content/en/articles/${id}.mdx, which does not exist`);
    return article;
  });
}

type Phone = Channels['phones'][number];

/** The phones to call in an emergency, most urgent first. */
export function urgentPhones(phones: readonly Phone[]): (Phone & { urgent: NonNullable<Phone['urgent']> })[] {
  return phones
    .filter((p): p is Phone & { urgent: NonNullable<Phone['urgent']> } => p.urgent !== undefined)
    .sort((a, b) => a.urgent.rank - b.urgent.rank);
}

interface FlowLike {
  id: string;
  ends: Record<string, { article?: string | undefined }>;
}

/**
 * The urgent flows in `URGENT_FLOWS` order, and the articles they end in (each once, in the order
 * first met). Throws naming the flow when one is missing, so the page never links nowhere.
 */
export function urgentFlows<F extends FlowLike>(flows: readonly F[]): { flows: F[]; articles: string[] } {
  const picked = URGENT_FLOWS.map((id) => {
    const flow = flows.find((f) => f.id === id);
    if (!flow) throw new Error(`The urgent-help page needs the troubleshooter flow content/flows/${id}.json, which does not exist`);
    return flow;
  });
  const articles = [...new Set(picked.flatMap((f) => Object.values(f.ends).flatMap((e) => (e.article ? [e.article] : []))))];
  return { flows: picked, articles };
}
