import raw from '../../content/channels.json' with { type: 'json' };
import { channelsSchema, type Channels } from './schemas/channels';
import { parseDataFile } from '../lib/validate';

/** Official channels from `content/channels.json`, validated. */
export const channels: Channels = parseDataFile(channelsSchema, raw, 'content/channels.json');

/** The phone number as `tel:` wants it: digits only. */
export function telHref(number: string): string {
  return `tel:${number.replace(/\D/g, '')}`;
}
