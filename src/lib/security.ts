/**
 * The security headers every page carries. One source for both the `<meta>` tag in each page and
 * the `_headers` file static hosts read, so the two can never disagree.
 *
 * The policy has no hashes and no 'unsafe-inline': the site ships no inline script or style at
 * all (stylesheets are external, scripts are bundled files), which keeps it the same on every page.
 * 'wasm-unsafe-eval' lets Pagefind compile its WebAssembly search core; it does not allow eval().
 */
export const CSP_DIRECTIVES: Record<string, string> = {
  'default-src': "'self'",
  'script-src': "'self' 'wasm-unsafe-eval'",
  'style-src': "'self'",
  'img-src': "'self' data:",
  'font-src': "'self'",
  'connect-src': "'self'",
  'worker-src': "'self'",
  'manifest-src': "'self'",
  'object-src': "'none'",
  'base-uri': "'self'",
  'form-action': "'self'",
};

/** Directives a `<meta>` CSP ignores; they only work as a real header. */
const HEADER_ONLY = { 'frame-ancestors': "'none'" };

const serialise = (d: Record<string, string>) =>
  Object.entries(d)
    .map(([k, v]) => `${k} ${v}`)
    .join('; ');

/** The policy for the `<meta http-equiv="Content-Security-Policy">` tag. */
export const CSP_META = serialise(CSP_DIRECTIVES);

/** Headers for every response, as a static host should send them. */
export const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': serialise({ ...CSP_DIRECTIVES, ...HEADER_ONLY }),
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
  'X-Frame-Options': 'DENY',
};

/** Cache rules: hashed assets never change, so they may be kept for a year; HTML is revalidated. */
export const CACHE_RULES: { path: string; value: string }[] = [
  { path: '/_astro/*', value: 'public, max-age=31536000, immutable' },
  { path: '/pagefind/*', value: 'public, max-age=3600' },
  // The English section's search bundle (src/features/search/query/search-bundles.ts).
  { path: '/en/pagefind/*', value: 'public, max-age=3600' },
  { path: '/*', value: 'public, max-age=0, must-revalidate' },
];

/**
 * A `_headers` file in the format Netlify and Cloudflare Pages read (other hosts: copy the values
 * into their configuration; the README says how).
 */
export function headersFile(): string {
  const lines = ['/*', ...Object.entries(SECURITY_HEADERS).map(([k, v]) => `  ${k}: ${v}`), ''];
  for (const rule of CACHE_RULES) lines.push(rule.path, `  Cache-Control: ${rule.value}`, '');
  return lines.join('\n');
}
