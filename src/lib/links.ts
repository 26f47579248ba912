/** Whether a link leaves the site (and so should not pass on the referrer or window access). */
export function isExternalHref(href: string): boolean {
  return /^https?:\/\//i.test(href);
}

/** The `rel` every external link carries. */
export const EXTERNAL_REL = 'noopener noreferrer';
