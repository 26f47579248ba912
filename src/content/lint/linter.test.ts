/**
 * The article checks on textlint, proven on planted articles: each bad input must fail with its
 * rule and line (these are the inputs the regex checks before textlint proved), good ones pass.
 */
import { describe, expect, it } from 'vitest';
import { articleLinter, lintArticle } from './linter';

const fm = `---\ntitle: 测试文章标题\ndescription: 一段足够长的描述文字，用来通过检查。\nupdated: 2026-11-27\nrelated: [a/b]\n---\n`;
const allowed = {
  phones: ['95017', '110', '400-670-0700'],
  domains: ['kf.qq.com', 'weixin110.qq.com'],
  paths: ['我 > 服务 > 钱包 > 消费者保护 > 安全保障', '我 > 设置 > 帮助与反馈'],
};
const linter = articleLinter(allowed);
/** `line rule` of each problem; the body starts on line 7. */
const rulesOf = async (body: string, head = fm) => (await lintArticle('x.mdx', head + body, linter)).map((p) => `${p.line} ${p.rule}`);
/** `line text` of each problem the channels rule finds. */
const channelsOf = async (body: string) =>
  (await lintArticle('x.mdx', fm + body, linter))
    .filter((p) => p.rule === 'channels')
    .map((p) => `${p.line} ${/"([^"]+)"/.exec(p.message)![1]}`);

describe('lintArticle', () => {
  it('passes text written to the house style', async () => {
    expect(
      await rulesOf(
        '拨打 95017，切换到 Wi-Fi 网络后再试。看到“当前交易异常。为了保障您的资金安全”时，详见[银行卡无法绑定](/activation/bank-card/)。\n',
      ),
    ).toEqual([]);
  });
  it('wants a space between Chinese and Latin letters or digits', async () => {
    expect(await rulesOf('拨打95017。\n')).toEqual(['7 space']);
    expect(await rulesOf('切换到Wi-Fi。\n')).toEqual(['7 space']);
  });
  it('wants full-width punctuation in Chinese sentences, quotation marks included', async () => {
    expect(await rulesOf('先检查网络,再试一次.\n')).toEqual(['7 punctuation', '7 punctuation']);
    expect(await rulesOf('银行卡(储蓄卡)。\n')).toEqual(['7 punctuation', '7 punctuation']);
    expect(await rulesOf('提示"失败"。\n')).toEqual(['7 punctuation', '7 punctuation']);
  });
  it('leaves link targets and English paragraphs alone', async () => {
    expect(await rulesOf('看[网络问题](/activation/network/)和别的。\n\nOpen WeChat (the app), then try again.\n')).toEqual([]);
  });
  it('wants 你, except inside a quoted app text', async () => {
    expect(await rulesOf('请您稍后再试。\n')).toEqual(['7 tone']);
  });
  it('wants 其他 rather than 其它', async () => {
    expect(await rulesOf('换其它银行卡。\n')).toEqual(['7 wording']);
  });
  it('rejects vague link text', async () => {
    expect(await rulesOf('详见[这里](/activation/network/)。\n')).toEqual(['7 link-text']);
    expect(await rulesOf('[点击这里](/a/)。\n')).toEqual(['7 link-text']);
  });
  it('checks the title and description too, on their lines', async () => {
    expect(await rulesOf('正文。\n', fm.replace('测试文章标题', '微信支付失败怎么办?'))).toEqual(['2 punctuation']);
    expect(await rulesOf('正文。\n', fm.replace('一段足够长', '请您一段足够长'))).toEqual(['3 tone']);
  });
  it('requires updated, description and related', async () => {
    const problems = await lintArticle('x.mdx', '---\ntitle: 标题文字\nrelated: []\n---\n正文。\n', linter);
    expect(problems.map((p) => p.message)).toEqual([
      'field "updated" is missing: say when the facts were last checked',
      'field "description" is missing',
      'field "related" needs at least one article',
    ]);
  });
  it('reads the MDX as a syntax tree: code, ESM and JSX attributes are not prose', async () => {
    const body =
      'import X from \'./x\';\n\n```\n拨打95017\n```\n\n用 `npm run build`命令。\n\n<Checklist id="a" title="核对Wi-Fi">\n\n- [ ] 拨打 95017\n\n</Checklist>\n';
    expect(await rulesOf(body)).toEqual([]);
  });
  it('checks the prose inside JSX components', async () => {
    expect(await rulesOf('<Callout type="tip" title="提示">\n请您稍后再试。\n</Callout>\n')).toEqual(['8 tone']);
  });
  it('wants the paths note where an in-app path is named', async () => {
    expect(await rulesOf('打开 **我 > 服务 > 钱包**。\n')).toEqual(['7 notes']);
    expect(await rulesOf('打开 **我 > 服务 > 钱包**。\n', fm.replace('related: [a/b]', 'related: [a/b]\nnotes: [paths]'))).toEqual([]);
  });
  it('wants the figures note, or a hedge beside it, where a limit, fee or time is given', async () => {
    expect(await rulesOf('每年可以收 20 万元。\n')).toEqual(['7 notes']);
    expect(await rulesOf('一般 24 小时后退回。\n')).toEqual(['7 notes']);
    expect(await rulesOf('手续费是 0.1%。\n')).toEqual(['7 notes']);
    expect(await rulesOf('每年可以收 20 万元，以微信内实际提示为准。\n')).toEqual([]);
    expect(await rulesOf('每年可以收 20 万元。\n', fm.replace('related: [a/b]', 'related: [a/b]\nnotes: [figures]'))).toEqual([]);
    // A phone number or a step number is not a figure.
    expect(await rulesOf('拨打 95017，第 2 步。\n')).toEqual([]);
  });
  it('keeps 数字钱包 out of titles', async () => {
    expect(await rulesOf('正文。\n', fm.replace('测试文章标题', '开通数字钱包失败'))).toEqual(['2 wording']);
  });
});

describe('the channels rule', () => {
  it('accepts what the list allows', async () => {
    expect(await channelsOf('拨打 95017 或 110，访问 [微信安全中心](https://weixin110.qq.com/)，打开 **我 > 服务 > 钱包**。\n')).toEqual(
      [],
    );
  });
  it('names an unknown phone number with its line', async () => {
    expect(await channelsOf('正文。\n\n追款热线 0755-86013860。\n')).toEqual(['9 0755-86013860']);
  });
  it('names an unknown web address, in text or in a link', async () => {
    expect(await channelsOf('访问 wx-refund.com 退款。\n')).toEqual(['7 wx-refund.com']);
    expect(await channelsOf('[官方客服](https://kf.qq.com.evil.cn/)\n')).toEqual(['7 kf.qq.com.evil.cn']);
  });
  it('never allows an e-mail address, written out or behind a link', async () => {
    expect(await channelsOf('写信到 help@example.com。\n')).toEqual(['7 help@example.com']);
    expect(await channelsOf('[写信给客服](mailto:help@example.com)。\n')).toEqual(['7 help@example.com']);
  });
  it('names an in-app path that is not on the list', async () => {
    expect(await channelsOf('打开 **我 > 钱包 > 退款中心**。\n')).toEqual(['7 我 > 钱包 > 退款中心']);
  });
  it('checks what JSX components print from their attributes', async () => {
    expect(await channelsOf('<Callout type="danger" title="拨打 0755-86013860">\n正文。\n</Callout>\n')).toEqual(['7 0755-86013860']);
  });
});
