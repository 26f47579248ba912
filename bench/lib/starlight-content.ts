/**
 * Turns one of our MDX articles into a Starlight docs page with the same words, for the
 * side-by-side benchmark. Starlight has no <Callout> or <Checklist>, so they are reduced to what
 * Starlight offers by default: a callout becomes an aside (`:::note[title]`), a checklist becomes its
 * plain task list. Frontmatter keeps what Starlight understands (title, description, sidebar order,
 * last-updated date); our search-only fields (keywords, errors) have no Starlight equivalent.
 */
import { stringify } from 'yaml';
import { splitFrontmatter } from '../../src/content/lint/mdx-text.ts';

/** Our callout types and the Starlight aside each becomes. */
export const ASIDE_FOR_CALLOUT: Record<string, string> = { info: 'note', tip: 'tip', warning: 'caution', danger: 'danger' };

function attr(tag: string, name: string): string | undefined {
  return new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
}

/** The body with <Callout> turned into asides and <Checklist> unwrapped. Throws on an unknown callout type. */
export function convertBody(body: string): string {
  const withAsides = body.replace(/<Callout\b([^>]*)>([\s\S]*?)<\/Callout>/g, (_all, attrs: string, inner: string) => {
    const type = attr(attrs, 'type') ?? 'info';
    const aside = ASIDE_FOR_CALLOUT[type];
    if (!aside) throw new Error(`Callout type "${type}" has no Starlight aside; known: ${Object.keys(ASIDE_FOR_CALLOUT).join(', ')}`);
    const title = attr(attrs, 'title');
    return `:::${aside}${title ? `[${title}]` : ''}\n${inner.trim()}\n:::`;
  });
  return withAsides.replace(/<Checklist\b[^>]*>([\s\S]*?)<\/Checklist>/g, (_all, inner: string) => inner.trim());
}

/** A whole Starlight page (frontmatter and body) for one article source. */
export function toStarlightDoc(source: string): string {
  const { frontmatter: fm, body } = splitFrontmatter(source);
  if (typeof fm['title'] !== 'string' || typeof fm['description'] !== 'string') throw new Error('article has no title or description');
  const data: Record<string, unknown> = { title: fm['title'], description: fm['description'] };
  if (typeof fm['order'] === 'number') data['sidebar'] = { order: fm['order'] };
  if (fm['updated'] !== undefined) data['lastUpdated'] = String(fm['updated']);
  const leftovers = /<[A-Z][A-Za-z]*\b/.exec(convertBody(body));
  if (leftovers) throw new Error(`component ${leftovers[0]}> has no Starlight conversion`);
  return `---\n${stringify(data).trimEnd()}\n---\n\n${convertBody(body).trim()}\n`;
}
