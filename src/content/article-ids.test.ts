import { describe, expect, it } from 'vitest';
import { articleIdFromPath } from './article-ids';

describe('articleIdFromPath', () => {
  it('drops the extension and keeps the folder', () => {
    expect(articleIdFromPath('activation/bank-card.mdx')).toBe('activation/bank-card');
    expect(articleIdFromPath('tips/a.md')).toBe('tips/a');
  });
  it('ignores other files and drafts', () => {
    expect(articleIdFromPath('activation/notes.txt')).toBeUndefined();
    expect(articleIdFromPath('activation/_draft.mdx')).toBeUndefined();
    expect(articleIdFromPath('_wip/x.mdx')).toBeUndefined();
  });
});
