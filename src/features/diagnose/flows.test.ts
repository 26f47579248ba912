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
import { uncheckedKnownPayees } from './flow-known-payee';
import { readCatalog } from '../checklist/checklist-source';
import { flowContext, readFlows } from './flow-load';
import { flowsCovering } from './flow-pages';
import { flowTexts } from './flow-texts';

const ctx = flowContext(readCatalog('./content/articles'));
const flows = readFlows(ctx);

describe('the flows in content/flows', () => {
  it('are the seven the site promises, money at risk first, with the titles their files give', () => {
    expect(flows.map((f) => f.id)).toEqual(['scam', 'lost-phone', 'unknown-charge', 'wrong-transfer', 'activation', 'payments', 'account']);
    for (const flow of flows) {
      expect(flow.title).toBe((JSON.parse(readFileSync(`content/flows/${flow.id}.json`, 'utf8')) as { title: string }).title);
    }
  });

  it('end at the main articles of what they cover', () => {
    for (const id of [
      'activation/activation-failed',
      'payments/payment-failed',
      'account/frozen-account',
      'fraud/after-being-scammed',
      'account/lost-phone',
    ]) {
      expect(flowsCovering(flows, id).length, id).toBeGreaterThan(0);
    }
  });

  it('each have an end at an official channel, for when self-service cannot help', () => {
    for (const flow of flows)
      expect(
        Object.values(flow.ends).some((e) => e.channel),
        flow.id,
      ).toBe(true);
  });

  it('follow the Chinese house style', () => {
    const problems = flows.flatMap((f) =>
      flowTexts(f).flatMap(({ where, text }) => lintProse(text).map((p) => `${where} [${p.rule}] ${p.message}`)),
    );
    expect(problems).toEqual([]);
  });

  it('start the scam flow with the call that is happening now', () => {
    const scam = flows.find((f) => f.id === 'scam')!;
    expect(scam.steps[scam.start]?.answers[0]?.label).toBe('有人正在电话或视频里和我说话');
  });

  it('ask the reader to check with a person they say they know before any end', () => {
    expect(flows.flatMap((f) => uncheckedKnownPayees(f).map((p) => `${f.id}: ${p}`))).toEqual([]);
  });

  it('print only official phone numbers and web addresses', () => {
    const phones = channels.phones.map((p) => p.number);
    const domains = channels.domains.map((d) => d.domain);
    const problems: string[] = [];
    for (const { where, text } of flows.flatMap(flowTexts)) {
      for (const n of findPhoneNumbers(text)) if (!isAllowedPhone(n, phones)) problems.push(`${where}: ${n}`);
      for (const h of findHosts(text)) if (!domains.includes(h)) problems.push(`${where}: ${h}`);
      if (/@|https?:/.test(text)) problems.push(`${where}: no addresses in flow text; use an end's "channel"`);
    }
    expect(problems).toEqual([]);
  });
});

describe('a flow written the old way', () => {
  it('fails the known-payee rule: “熟悉的商家或家人” went straight to a phone number', () => {
    // The payments flow as it was: valid in every other way, but no check with the person.
    const [old] = readFlows(ctx, './tests/fixtures/flows-known-payee');
    expect(uncheckedKnownPayees(old!)).toEqual([
      'step "risk" answer 3 ("不是，是熟悉的商家或家人") names a known person (熟悉的) but reaches end "risk-call" without a step that asks the reader to check with that person first (call the number they always used, ask face to face): add such a step, marked "checksWithPerson": true, before the end',
    ]);
  });
});

describe('a broken flow', () => {
  const EXPECTED = [
    'tests/fixtures/flows-broken/account.json: end "unsure" names channel "12381", which is not an official channel readers are told to contact',
    'tests/fixtures/flows-broken/account.json: end "lost" names flow "lost-phone", which does not exist. Flows: payments',
    'tests/fixtures/flows-broken/payments.json: step "network" answer 2 ("还是失败") leads to "retry", which is not a step or an end',
    'tests/fixtures/flows-broken/payments.json: steps form a loop: prompt → network → prompt',
    'tests/fixtures/flows-broken/payments.json: end "card" names article "payments/no-such-article", which does not exist',
  ];

  it('stops the loader with every problem in every file', () => {
    let message = '';
    try {
      readFlows(ctx, './tests/fixtures/flows-broken');
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/^Troubleshooter flows are invalid:\n/);
    for (const line of EXPECTED) expect(message).toContain(line);
  });
});
