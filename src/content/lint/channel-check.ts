/**
 * Keeps untrusted contact details out of articles. A payments help center that prints a wrong
 * number sends people to scammers, so every phone number, web address, e-mail address and in-app
 * path in an article must be on the list in `content/channels.json`. The finders below are used by
 * the textlint rule `channels` (rules/channels.ts) and by the troubleshooter's flow checks.
 */

export interface AllowedChannels {
  phones: string[];
  domains: string[];
  paths: string[];
}

const digitsOf = (s: string) => s.replace(/\D/g, '');

/** Numbers with a unit after them are amounts, dates or counts, not phone numbers. */
const UNIT_AFTER = /^\s*(元|万|亿|年|月|日|天|小时|分钟|秒|位|次|个|笔|张|%|美元|块|岁|条|人|项|步|KB|MB)/;
/** Words after which even a short number is something to dial. */
const DIAL_BEFORE = /(拨打|致电|打|电话|热线|号码|专线|来电|call)\s*$/i;

/**
 * Phone-number-like strings in a line: runs of digits (with single spaces, hyphens or a leading +)
 * of five digits or more that are not amounts, or any number of three digits or more right after
 * a word such as 拨打.
 */
export function findPhoneNumbers(text: string): string[] {
  const found: string[] = [];
  for (const m of text.matchAll(/\+?\d[\d -]*\d/g)) {
    const candidate = m[0].trim();
    const digits = digitsOf(candidate);
    const before = text.slice(0, m.index);
    const after = text.slice(m.index! + m[0].length);
    const dialled = DIAL_BEFORE.test(before) && digits.length >= 3;
    const long = digits.length >= 5 && !UNIT_AFTER.test(after);
    if (dialled || long) found.push(candidate);
  }
  return found;
}

/** Whether a number (in any grouping, with or without +86) is one of the allowed ones. */
export function isAllowedPhone(candidate: string, allowed: readonly string[]): boolean {
  let digits = digitsOf(candidate);
  if (candidate.trim().startsWith('+86') || (digits.startsWith('86') && digits.length > 10)) digits = digits.slice(2);
  return allowed.some((p) => digitsOf(p) === digits);
}

/** Host names in a line: from URLs, and bare ones such as kf.qq.com. */
export function findHosts(text: string): string[] {
  const hosts = new Set<string>();
  for (const m of text.matchAll(/\bhttps?:\/\/([^\s/)）>"']+)/gi)) hosts.add(m[1]!.toLowerCase());
  for (const m of text.matchAll(
    /(?<![@\w.-])((?:[a-z0-9-]+\.)+(?:com|cn|net|org|gov|edu|info|io|me|cc|top|xyz|app|site|vip|co|hk|tw))\b/gi,
  )) {
    hosts.add(m[1]!.toLowerCase());
  }
  return [...hosts];
}

/** In-app paths as authors write them: bold text with " > " between menu names. */
export function findPaths(raw: string): string[] {
  return [...raw.matchAll(/\*\*([^*]*?\s>\s[^*]*?)\*\*/g)].map((m) => m[1]!.trim());
}

/**
 * A path without the English glosses the English articles add after each menu name:
 * `我 (Me) > 服务 (Services)` → `我 > 服务`. The Chinese names are what WeChat shows and what
 * content/channels.json lists; the glosses only translate them.
 */
export function withoutGlosses(path: string): string {
  return path.replace(/\s+\([^()]*\)/g, '').trim();
}

/**
 * A path is allowed when it is an allowed path or a consecutive part of one (e.g. 钱包 > 帮助中心),
 * once any English glosses are dropped.
 */
export function isAllowedPath(path: string, allowed: readonly string[]): boolean {
  const steps = withoutGlosses(path).split(/\s+>\s+/);
  return allowed.some((a) => {
    const full = a.split(/\s+>\s+/);
    for (let i = 0; i + steps.length <= full.length; i++) {
      if (steps.every((s, j) => s === full[i + j])) return true;
    }
    return false;
  });
}
