/**
 * The real troubleshooter flows in content/flows: they load and validate as the build does, their
 * copy follows the house style, and every number or address in them is an official one. Then the
 * proof that a broken flow stops the loader, naming file and step.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findHosts, findPhoneNumbers, isAllowedPhone } from '../../content/lint/channel-check';
import { channels } from '../../content/channels';
import { lintProse } from '../../content/lint/content-lint';
import { readFlows } from './flow-load';
import { flowsCovering } from './flow-pages';
import type { Flow } from './flow-schema';

const flows = readFlows();

/** Every piece of text a reader sees in a flow, with where it is. */
function textsOf(flow: Flow): { where: string; text: string }[] {
  const out = [
    { where: `${flow.id}: title`, text: flow.title },
    { where: `${flow.id}: description`, text: flow.description },
  ];
  for (const [id, step] of Object.entries(flow.steps)) {
    out.push({ where: `${flow.id}: step "${id}" question`, text: step.question });
    if (step.hint) out.push({ where: `${flow.id}: step "${id}" hint`, text: step.hint });
    step.answers.forEach((a, i) => out.push({ where: `${flow.id}: step "${id}" answer ${i + 1}`, text: a.label }));
  }
  for (const [id, end] of Object.entries(flow.ends)) {
    out.push({ where: `${flow.id}: end "${id}" title`, text: end.title }, { where: `${flow.id}: end "${id}" advice`, text: end.advice });
  }
  return out;
}

describe('the flows in content/flows', () => {
  it('are the three the site promises, in order, with the titles their files give', () => {
    expect(flows.map((f) => f.id)).toEqual(['activation', 'payments', 'account']);
    for (const flow of flows) {
      expect(flow.title).toBe((JSON.parse(readFileSync(`content/flows/${flow.id}.json`, 'utf8')) as { title: string }).title);
    }
  });

  it('end at the main articles of what they cover', () => {
    for (const id of ['activation/activation-failed', 'payments/payment-failed', 'account/frozen-account']) {
      expect(flowsCovering(flows, id).length, id).toBeGreaterThan(0);
    }
  });

  it('each have an end at an official channel, for when self-service cannot help', () => {
    for (const flow of flows) expect(Object.values(flow.ends).some((e) => e.channel), flow.id).toBe(true);
  });

  it('follow the Chinese house style', () => {
    const problems = flows.flatMap((f) => textsOf(f).flatMap(({ where, text }) => lintProse(text).map((p) => `${where} [${p.rule}] ${p.message}`)));
    expect(problems).toEqual([]);
  });

  it('print only official phone numbers and web addresses', () => {
    const phones = channels.phones.map((p) => p.number);
    const domains = channels.domains.map((d) => d.domain);
    const problems: string[] = [];
    for (const { where, text } of flows.flatMap(textsOf)) {
      for (const n of findPhoneNumbers(text)) if (!isAllowedPhone(n, phones)) problems.push(`${where}: ${n}`);
      for (const h of findHosts(text)) if (!domains.includes(h)) problems.push(`${where}: ${h}`);
      if (/@|https?:/.test(text)) problems.push(`${where}: no addresses in flow text; use an end's "channel"`);
    }
    expect(problems).toEqual([]);
  });
});

describe('a broken flow', () => {
  const EXPECTED = [
    'tests/fixtures/flows-broken/account.json: end "unsure" names channel "12381", which is not an official channel readers are told to contact',
    'tests/fixtures/flows-broken/payments.json: step "network" answer 2 ("还是失败") leads to "retry", which is not a step or an end',
    'tests/fixtures/flows-broken/payments.json: steps form a loop: prompt → network → prompt',
    'tests/fixtures/flows-broken/payments.json: end "card" names article "payments/no-such-article", which does not exist',
  ];

  it('stops the loader with every problem in every file', () => {
    let message = '';
    try {
      readFlows('./tests/fixtures/flows-broken');
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/^Troubleshooter flows are invalid:\n/);
    for (const line of EXPECTED) expect(message).toContain(line);
  });
});
