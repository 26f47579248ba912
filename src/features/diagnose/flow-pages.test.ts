import { describe, expect, it } from 'vitest';
import type { Flow } from './flow-schema';
import {
  endDescription,
  endHref,
  endTitle,
  fill,
  flowPages,
  flowsCovering,
  nextHref,
  previousStep,
  stepDescription,
  stepHref,
  stepTitle,
} from './flow-pages';

const flow: Flow = {
  id: 'payments',
  title: '支付失败',
  description: '付款失败时，回答几个问题，找到原因。',
  order: 1,
  start: 'prompt',
  steps: {
    prompt: {
      question: '你看到了什么提示？',
      answers: [
        { label: '没有提示', next: 'network' },
        { label: '超过限额', next: 'card' },
      ],
    },
    network: {
      question: '换个网络后还失败吗？',
      hint: '切换一下网络。',
      answers: [
        { label: '好了', next: 'ok' },
        { label: '还是失败', next: 'card' },
      ],
    },
  },
  ends: {
    card: { title: '换一张卡', advice: '换一张卡或改用零钱。', article: 'payments/card-declined' },
    ok: { title: '是网络的问题', advice: '信号好了再付。', article: 'payments/payment-failed' },
  },
};

describe('flow pages', () => {
  it('puts the first step at the flow’s address and the others below it', () => {
    expect(stepHref(flow, 'prompt')).toBe('/diagnose/payments/');
    expect(stepHref(flow, 'network')).toBe('/diagnose/payments/network/');
    expect(endHref('payments', 'card')).toBe('/diagnose/payments/end/card/');
    expect(nextHref(flow, 'network')).toBe('/diagnose/payments/network/');
    expect(nextHref(flow, 'ok')).toBe('/diagnose/payments/end/ok/');
  });

  it('lists every page once, with step numbers', () => {
    expect(flowPages(flow)).toEqual([
      { kind: 'step', id: 'prompt', number: 1, path: undefined },
      { kind: 'step', id: 'network', number: 2, path: 'network' },
      { kind: 'end', id: 'card', path: 'end/card' },
      { kind: 'end', id: 'ok', path: 'end/ok' },
    ]);
  });

  it('writes titles and descriptions that name the flow, the step and the question', () => {
    expect(stepTitle(flow, 'network', 2)).toBe('支付失败排查：第 2 步 换个网络后还失败吗？');
    expect(stepDescription(flow, 'network', 2)).toBe('支付失败排查的第 2 步：换个网络后还失败吗？切换一下网络。');
    expect(stepDescription(flow, 'prompt', 1)).toBe(flow.description);
    expect(endTitle(flow, 'ok')).toBe('支付失败排查结果：是网络的问题');
    expect(endDescription(flow, 'ok')).toBe('支付失败排查结果：是网络的问题。信号好了再付。');
  });

  it('offers a previous step only when exactly one step leads here', () => {
    expect(previousStep(flow, 'network')).toBe('prompt');
    expect(previousStep(flow, 'ok')).toBe('network');
    expect(previousStep(flow, 'card')).toBeUndefined();
    expect(previousStep(flow, 'prompt')).toBeUndefined();
  });

  it('finds the flows that end at an article', () => {
    expect(flowsCovering([flow], 'payments/card-declined')).toEqual([flow]);
    expect(flowsCovering([flow], 'tips/wallet-features')).toEqual([]);
  });

  it('fills UI strings and refuses a missing value', () => {
    expect(fill('第 {n} 步', { n: 2 })).toBe('第 2 步');
    expect(() => fill('{flow}：{step}', { flow: 'x' })).toThrow('needs {step}');
  });
});
