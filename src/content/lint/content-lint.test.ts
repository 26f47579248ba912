import { describe, expect, it } from 'vitest';
import { bodyHanCount, lintArticle } from './content-lint';

const fm = `---\ntitle: 测试文章标题\ndescription: 一段足够长的描述文字，用来通过检查。\nupdated: 2026-11-27\nrelated: [a/b]\n---\n`;
const rulesOf = (body: string, head = fm) => lintArticle('x.mdx', head + body).map((p) => `${p.line} ${p.rule}`);

describe('lintArticle', () => {
  it('passes text written to the house style', () => {
    expect(rulesOf('拨打 95017，切换到 Wi-Fi 网络后再试。看到“当前交易异常。为了保障您的资金安全”时，详见[银行卡无法绑定](/activation/bank-card/)。\n')).toEqual([]);
  });
  it('wants a space between Chinese and Latin letters or digits', () => {
    expect(rulesOf('拨打95017。\n')).toEqual(['7 space']);
    expect(rulesOf('切换到Wi-Fi。\n')).toEqual(['7 space']);
  });
  it('wants full-width punctuation in Chinese sentences', () => {
    expect(rulesOf('先检查网络,再试一次.\n')).toEqual(['7 punctuation']);
    expect(rulesOf('银行卡(储蓄卡)。\n')).toEqual(['7 punctuation']);
    expect(rulesOf('提示"失败"。\n')).toEqual(['7 punctuation']);
  });
  it('does not mistake a link target for punctuation', () => {
    expect(rulesOf('看[网络问题](/activation/network/)和别的。\n')).toEqual([]);
  });
  it('wants 你, except inside a quoted app text', () => {
    expect(rulesOf('请您稍后再试。\n')).toEqual(['7 tone']);
  });
  it('wants 其他 rather than 其它', () => {
    expect(rulesOf('换其它银行卡。\n')).toEqual(['7 wording']);
  });
  it('rejects vague link text', () => {
    expect(rulesOf('详见[这里](/activation/network/)。\n')).toEqual(['7 link-text']);
    expect(rulesOf('[点击这里](/a/)。\n')).toEqual(['7 link-text']);
  });
  it('checks the title and description too', () => {
    const head = `---\ntitle: 微信支付失败怎么办?\ndescription: 一段足够长的描述文字，用来通过检查。\nupdated: 2026-11-27\nrelated: [a/b]\n---\n`;
    expect(rulesOf('正文。\n', head)).toEqual(['1 punctuation']);
  });
  it('requires updated, description and related', () => {
    const problems = lintArticle('x.mdx', '---\ntitle: 标题文字\nrelated: []\n---\n正文。\n').map((p) => p.message);
    expect(problems).toEqual([
      'field "updated" is missing: say when the facts were last checked',
      'field "description" is missing',
      'field "related" needs at least one article',
    ]);
  });
  it('ignores fenced code and JSX attributes', () => {
    expect(rulesOf('```\n拨打95017\n```\n<Checklist id="a" title="核对">\n')).toEqual([]);
  });
  it('wants the paths note where an in-app path is named', () => {
    expect(rulesOf('打开 **我 > 服务 > 钱包**。\n')).toEqual(['7 notes']);
    const head = fm.replace('related: [a/b]', 'related: [a/b]\nnotes: [paths]');
    expect(rulesOf('打开 **我 > 服务 > 钱包**。\n', head)).toEqual([]);
  });
  it('wants the figures note, or a hedge on the line, where a limit, fee or time is given', () => {
    expect(rulesOf('每年可以收 20 万元。\n')).toEqual(['7 notes']);
    expect(rulesOf('一般 24 小时后退回。\n')).toEqual(['7 notes']);
    expect(rulesOf('手续费是 0.1%。\n')).toEqual(['7 notes']);
    expect(rulesOf('每年可以收 20 万元，以微信内实际提示为准。\n')).toEqual([]);
    const head = fm.replace('related: [a/b]', 'related: [a/b]\nnotes: [figures]');
    expect(rulesOf('每年可以收 20 万元。\n', head)).toEqual([]);
    // A phone number or a step number is not a figure.
    expect(rulesOf('拨打 95017，第 2 步。\n')).toEqual([]);
  });
  it('keeps 数字钱包 out of titles', () => {
    expect(rulesOf('正文。\n', fm.replace('测试文章标题', '开通数字钱包失败'))).toEqual(['1 wording']);
  });
});

describe('bodyHanCount', () => {
  it('counts the Chinese characters of the prose, not of the frontmatter, code or tags', () => {
    expect(bodyHanCount(`${fm}正文三字。\n\n\`代码\`\n<Callout title="标题">提示</Callout>\n`)).toBe(6);
  });
});
