import { defineHastPlugin } from 'satteri';
import { EXTERNAL_REL, isExternalHref } from '../lib/links.ts';

/**
 * Build step for article HTML: external links get `rel="noopener noreferrer"`, so an official
 * site opened from an article learns nothing about which page the reader came from.
 */
export const externalLinks = defineHastPlugin({
  name: 'external-links',
  element: {
    filter: ['a'],
    visit(node, ctx) {
      const href = node.properties?.['href'];
      if (typeof href === 'string' && isExternalHref(href)) ctx.setProperty(node, 'rel', EXTERNAL_REL.split(' '));
    },
  },
});
