import { describe, expect, it } from 'vitest';
import { bodyHanCount, lintProse } from './content-lint';

describe('lintProse (flows and other prose outside articles)', () => {
  it('applies the typography and house rules to one piece of text', () => {
    expect(
      lintProse('请您拨打95017,换其它卡。')
        .map((p) => p.rule)
        .sort(),
    ).toEqual(['punctuation', 'space', 'tone', 'wording']);
    expect(lintProse('详见这里。', '详见[这里](/a/)。').map((p) => p.rule)).toEqual(['link-text']);
    expect(lintProse('请拨打 95017，换其他卡，详见银行卡无法绑定。', '请拨打 95017，换其他卡，详见[银行卡无法绑定](/a/)。')).toEqual([]);
  });
});

describe('bodyHanCount', () => {
  it('counts the Chinese characters of the prose, not of the frontmatter, code or tags', () => {
    const fm = `---\ntitle: 测试文章标题\n---\n`;
    expect(bodyHanCount(`${fm}正文三字。\n\n\`代码\`\n<Callout title="标题">提示</Callout>\n`)).toBe(6);
  });
});
