import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listArticleIds } from './article-ids';
import { sortArticles } from './articles';
import { readArticles, readEnArticles } from './read-articles';

/** A folder of articles made from `files` (path below the folder → source). */
function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'read-articles-'));
  for (const [path, source] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), source);
  }
  return dir;
}

const article = (title: string, order: number, related: string, body: string) =>
  `---\ntitle: ${title}\ndescription: 一段足够长的描述，说明这篇文章讲什么，以及读者能得到什么帮助。\ncategory: payments\norder: ${order}\nupdated: 2026-11-27\nrelated: [${related}]\n---\n${body}`;

describe('readArticles', () => {
  it('reads every article through the schema, in the order the site lists them', () => {
    const list = readArticles();
    expect(new Set(list.map((a) => a.id))).toEqual(listArticleIds('./content/articles'));
    expect(list.map((a) => a.id)).toEqual(sortArticles(list).map((a) => a.id));
    // The schema's defaults are filled in, as the collection fills them.
    for (const a of list) expect(Array.isArray(a.data.keywords)).toBe(true);
  });

  it('gives the body as the collection does: after the frontmatter, trimmed', () => {
    const dir = folder({
      'payments/b.mdx': article('第二篇文章的标题', 2, 'payments/a', '\n\n## 小标题\n\n正文。\n\n'),
      'payments/a.mdx': article('第一篇文章的标题', 1, 'payments/b', '正文一。\n'),
      'payments/_draft.mdx': article('草稿', 3, 'payments/a', '草稿。'),
    });
    const list = readArticles(dir);
    expect(list.map((a) => [a.id, a.body])).toEqual([
      ['payments/a', '正文一。'],
      ['payments/b', '## 小标题\n\n正文。'],
    ]);
  });

  it('names the file and the field when a frontmatter is wrong', () => {
    const dir = folder({ 'payments/broken.mdx': '---\ndescription: 太短\ncategory: payments\norder: 1\n---\n正文。' });
    expect(() => readArticles(dir)).toThrow(/broken\.mdx is invalid:[\s\S]*title/);
  });
});

describe('readEnArticles', () => {
  it('reads the English articles in their display order', () => {
    const list = readEnArticles();
    expect(new Set(list.map((a) => a.id))).toEqual(listArticleIds('./content/en/articles'));
    const orders = list.map((a) => a.data.order);
    expect(orders).toEqual([...orders].sort((a, b) => a - b));
  });
});
