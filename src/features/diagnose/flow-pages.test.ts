import { describe, expect, it } from 'vitest';
import type { Lang } from '../../i18n/ui';
import type { Flow } from './flow-schema';
import {
  checklistHref,
  diagnoseHref,
  endDescription,
  endHref,
  endTitle,
  fill,
  flowHref,
  flowPages,
  flowRoutes,
  flowsCovering,
  nextHref,
  previousStep,
  stepDescription,
  stepHref,
  stepTitle,
} from './flow-pages';

/** The flow the tests walk, prompt → network → ok, and card from either step; only its words differ by language. */
function flowIn(words: {
  id: string;
  title: string;
  description: string;
  prompt: string;
  network: string;
  hint?: string;
  /** Labels: prompt → network, prompt → card, network → ok, network → card. */
  answers: [string, string, string, string];
  card: Flow['ends'][string];
  ok: Flow['ends'][string];
}): Flow {
  const [toNetwork, toCard, toOk, stillCard] = words.answers;
  return {
    id: words.id,
    title: words.title,
    description: words.description,
    order: 1,
    start: 'prompt',
    steps: {
      prompt: {
        question: words.prompt,
        answers: [
          { label: toNetwork, next: 'network' },
          { label: toCard, next: 'card' },
        ],
      },
      network: {
        question: words.network,
        ...(words.hint ? { hint: words.hint } : {}),
        answers: [
          { label: toOk, next: 'ok' },
          { label: stillCard, next: 'card' },
        ],
      },
    },
    ends: { card: words.card, ok: words.ok },
  };
}

const zhFlow = flowIn({
  id: 'payments',
  title: '支付失败',
  description: '付款失败时，回答几个问题，找到原因。',
  prompt: '你看到了什么提示？',
  network: '换个网络后还失败吗？',
  hint: '切换一下网络。',
  answers: ['没有提示', '超过限额', '好了', '还是失败'],
  card: { title: '换一张卡', advice: '换一张卡或改用零钱。', article: 'payments/card-declined' },
  ok: { title: '是网络的问题', advice: '信号好了再付。', article: 'payments/payment-failed' },
});

// Without a hint on its second step: the description must not end in a space.
const enFlow = flowIn({
  id: 'cannot-pay',
  title: 'I cannot pay',
  description: 'Answer a few questions to find what to do.',
  prompt: 'What happened?',
  network: 'Does another network help?',
  answers: ['It keeps loading', 'Card refused', 'Yes', 'No'],
  card: { title: 'Ask your bank', advice: 'Ask why it refused.', article: 'card-will-not-bind' },
  ok: { title: 'It was the network', advice: 'Check your bill first.', article: 'payment-failed' },
});

interface Case {
  lang: Lang;
  flow: Flow;
  /** The checklist `checklistHref` links to, at the article of the end `card`. */
  checklist: string;
  hrefs: { diagnose: string; flow: string; step: string; end: string; next: string; checklist: string };
  text: { stepTitle: string; stepDescription: string; endTitle: string; endDescription: string };
}

const cases: Case[] = [
  {
    lang: 'zh-CN',
    flow: zhFlow,
    checklist: 'bank-card-check',
    hrefs: {
      diagnose: '/diagnose/',
      flow: '/diagnose/payments/',
      step: '/diagnose/payments/network/',
      end: '/diagnose/payments/end/card/',
      next: '/diagnose/payments/end/ok/',
      checklist: '/payments/card-declined/#bank-card-check',
    },
    text: {
      stepTitle: '支付失败排查：第 2 步 换个网络后还失败吗？',
      stepDescription: '支付失败排查的第 2 步：换个网络后还失败吗？切换一下网络。',
      endTitle: '支付失败排查结果：是网络的问题',
      endDescription: '支付失败排查结果：是网络的问题。信号好了再付。',
    },
  },
  {
    lang: 'en',
    flow: enFlow,
    checklist: 'en-bank',
    hrefs: {
      diagnose: '/en/diagnose/',
      flow: '/en/diagnose/cannot-pay/',
      step: '/en/diagnose/cannot-pay/network/',
      end: '/en/diagnose/cannot-pay/end/card/',
      next: '/en/diagnose/cannot-pay/end/ok/',
      checklist: '/en/card-will-not-bind/#en-bank',
    },
    text: {
      stepTitle: 'I cannot pay: Step 2, Does another network help?',
      stepDescription: 'I cannot pay, Step 2: Does another network help?',
      endTitle: 'I cannot pay: It was the network',
      endDescription: 'I cannot pay: It was the network. Check your bill first.',
    },
  },
];

describe.each(cases)('flow pages in $lang', ({ lang, flow, checklist, hrefs, text }) => {
  it('put the first step at the flow’s address, the others below it, and end at the language’s articles', () => {
    expect(diagnoseHref(lang)).toBe(hrefs.diagnose);
    expect(flowHref(flow.id, lang)).toBe(hrefs.flow);
    expect(stepHref(flow, 'prompt', lang)).toBe(hrefs.flow);
    expect(stepHref(flow, 'network', lang)).toBe(hrefs.step);
    expect(nextHref(flow, 'network', lang)).toBe(hrefs.step);
    expect(endHref(flow.id, 'card', lang)).toBe(hrefs.end);
    expect(nextHref(flow, 'ok', lang)).toBe(hrefs.next);
    expect(checklistHref(flow.ends['card']!.article!, checklist, lang)).toBe(hrefs.checklist);
  });

  it('write titles and descriptions that name the flow, the step and the question', () => {
    expect(stepTitle(flow, 'network', 2, lang)).toBe(text.stepTitle);
    expect(stepDescription(flow, 'network', 2, lang)).toBe(text.stepDescription);
    expect(stepDescription(flow, 'prompt', 1, lang)).toBe(flow.description);
    expect(endTitle(flow, 'ok', lang)).toBe(text.endTitle);
    expect(endDescription(flow, 'ok', lang)).toBe(text.endDescription);
  });
});

describe('flow pages', () => {
  it('are Chinese when no language is given', () => {
    expect(stepHref(enFlow, 'network')).toBe('/diagnose/cannot-pay/network/');
    expect(stepTitle(zhFlow, 'network', 2)).toBe(cases[0]!.text.stepTitle);
  });

  it('lists every page once, with step numbers', () => {
    expect(flowPages(zhFlow)).toEqual([
      { kind: 'step', id: 'prompt', number: 1, path: undefined },
      { kind: 'step', id: 'network', number: 2, path: 'network' },
      { kind: 'end', id: 'card', path: 'end/card' },
      { kind: 'end', id: 'ok', path: 'end/ok' },
    ]);
  });

  it('gives Astro one route per page of every flow, with the flow and the page as props', () => {
    const routes = flowRoutes([zhFlow, enFlow]);
    expect(routes.map((r) => [r.params.flow, r.params.path])).toEqual([
      ['payments', undefined],
      ['payments', 'network'],
      ['payments', 'end/card'],
      ['payments', 'end/ok'],
      ['cannot-pay', undefined],
      ['cannot-pay', 'network'],
      ['cannot-pay', 'end/card'],
      ['cannot-pay', 'end/ok'],
    ]);
    expect(routes[5]!.props).toEqual({ flow: enFlow, page: flowPages(enFlow)[1] });
  });

  it('offers a previous step only when exactly one step leads here', () => {
    expect(previousStep(zhFlow, 'network')).toBe('prompt');
    expect(previousStep(zhFlow, 'ok')).toBe('network');
    expect(previousStep(zhFlow, 'card')).toBeUndefined();
    expect(previousStep(zhFlow, 'prompt')).toBeUndefined();
  });

  it('finds the flows that end at an article', () => {
    expect(flowsCovering([zhFlow], 'payments/card-declined')).toEqual([zhFlow]);
    expect(flowsCovering([zhFlow], 'tips/wallet-features')).toEqual([]);
  });

  it('fills UI strings and refuses a missing value', () => {
    expect(fill('第 {n} 步', { n: 2 })).toBe('第 2 步');
    expect(() => fill('{flow}：{step}', { flow: 'x' })).toThrow('needs {step}');
  });
});
