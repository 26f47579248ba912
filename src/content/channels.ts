import raw from '../../content/channels.json' with { type: 'json' };
import { channelsSchema, type Channels } from './schemas/channels';
import { parseDataFile } from '../lib/validate';

/** Official channels from `content/channels.json`, validated. */
export const channels: Channels = parseDataFile(channelsSchema, raw, 'content/channels.json');

/** The phone number as `tel:` wants it: digits only. */
export function telHref(number: string): string {
  return `tel:${number.replace(/\D/g, '')}`;
}

/** A phone or domain entry as the pages show it: who or what it is, and what to use it for. */
interface ChannelEntry {
  number?: string;
  domain?: string;
  name: string;
  use: string;
  en?: { name: string; use: string; urgentWhen?: string | undefined } | undefined;
}

/**
 * The name, use and (for urgent phones) when-to-call line of an entry in `lang`. English comes from
 * the entry's `en` object; a missing one fails the build naming the entry, never shows Chinese text
 * on an English page.
 */
export function channelIn(
  lang: 'zh-CN' | 'en',
  entry: ChannelEntry & { urgent?: { when: string } | undefined },
): { name: string; use: string; when?: string } {
  if (lang === 'zh-CN') return { name: entry.name, use: entry.use, ...(entry.urgent ? { when: entry.urgent.when } : {}) };
  const label = entry.number ?? entry.domain ?? entry.name;
  if (!entry.en)
    throw new Error(
      `content/channels.json: "${label}" is shown on an English page but has no "en" object with its name and use in English`,
    );
  if (entry.urgent && !entry.en.urgentWhen)
    throw new Error(`content/channels.json: "${label}" is on the English urgent-help page but its "en" object has no "urgentWhen"`);
  return { name: entry.en.name, use: entry.en.use, ...(entry.en.urgentWhen ? { when: entry.en.urgentWhen } : {}) };
}
