import { expect, it } from 'vitest';
import { formatSummary } from './checklist-summary';
import { translate } from '../../i18n/zh-CN';

it('summarises a checklist for a helper: title, numbered steps marked done or not, and the address', () => {
  const text = formatSummary(
    {
      title: '止损步骤',
      articleTitle: '被骗后如何止损和维权',
      url: 'https://help.example.org/fraud/after-being-scammed/',
      items: [
        { text: '停止付款，不再给对方转任何钱', done: true },
        { text: '拨打 110 报警', done: false },
        { text: '联系发卡银行', done: true },
      ],
    },
    translate,
  );
  expect(text).toBe(
    [
      '止损步骤（已完成 2/3）',
      '1. 【已完成】停止付款，不再给对方转任何钱',
      '2. 【还没做】拨打 110 报警',
      '3. 【已完成】联系发卡银行',
      '',
      '清单来自钱包帮助中心《被骗后如何止损和维权》：',
      'https://help.example.org/fraud/after-being-scammed/',
    ].join('\n'),
  );
});

it('names only the site when the list has no article', () => {
  const text = formatSummary({ title: 'X', url: 'https://h.example/x/', items: [{ text: '一步', done: false }] }, translate);
  expect(text.split('\n').slice(-2)).toEqual(['清单来自钱包帮助中心：', 'https://h.example/x/']);
});
