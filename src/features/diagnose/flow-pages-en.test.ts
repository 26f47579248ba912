import { describe, expect, it } from 'vitest';
import type { Flow } from './flow-schema';
import {
  checklistHref,
  diagnoseHref,
  endDescription,
  endHref,
  endTitle,
  flowHref,
  nextHref,
  stepDescription,
  stepHref,
  stepTitle,
} from './flow-pages';

const flow: Flow = {
  id: 'cannot-pay',
  title: 'I cannot pay',
  description: 'Answer a few questions to find what to do.',
  order: 1,
  start: 'prompt',
  steps: {
    prompt: {
      question: 'What happened?',
      answers: [
        { label: 'It keeps loading', next: 'network' },
        { label: 'Card refused', next: 'card' },
      ],
    },
    network: {
      question: 'Does another network help?',
      answers: [
        { label: 'Yes', next: 'ok' },
        { label: 'No', next: 'card' },
      ],
    },
  },
  ends: {
    card: { title: 'Ask your bank', advice: 'Ask why it refused.', article: 'card-will-not-bind' },
    ok: { title: 'It was the network', advice: 'Check your bill first.', article: 'payment-failed' },
  },
};

describe('English flow pages', () => {
  it('live under /en/diagnose/ and end in English articles', () => {
    expect(diagnoseHref('en')).toBe('/en/diagnose/');
    expect(flowHref('cannot-pay', 'en')).toBe('/en/diagnose/cannot-pay/');
    expect(stepHref(flow, 'network', 'en')).toBe('/en/diagnose/cannot-pay/network/');
    expect(endHref('cannot-pay', 'card', 'en')).toBe('/en/diagnose/cannot-pay/end/card/');
    expect(nextHref(flow, 'ok', 'en')).toBe('/en/diagnose/cannot-pay/end/ok/');
    expect(checklistHref('card-will-not-bind', 'en-bank', 'en')).toBe('/en/card-will-not-bind/#en-bank');
  });

  it('have English titles and descriptions, without a dangling space when a step has no hint', () => {
    expect(stepTitle(flow, 'network', 2, 'en')).toBe('I cannot pay: Step 2, Does another network help?');
    expect(stepDescription(flow, 'network', 2, 'en')).toBe('I cannot pay, Step 2: Does another network help?');
    expect(endTitle(flow, 'ok', 'en')).toBe('I cannot pay: It was the network');
    expect(endDescription(flow, 'ok', 'en')).toBe('I cannot pay: It was the network. Check your bill first.');
  });

  it('stay Chinese when no language is given', () => {
    expect(stepHref(flow, 'network')).toBe('/diagnose/cannot-pay/network/');
  });
});
