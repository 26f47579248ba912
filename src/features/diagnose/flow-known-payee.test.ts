import { describe, expect, it } from 'vitest';
import { namesKnownPerson, uncheckedKnownPayees, type PayeeGraph } from './flow-known-payee';

describe('namesKnownPerson', () => {
  it('finds the person or shop a label says the reader knows', () => {
    expect(namesKnownPerson('不是，是熟悉的商家或家人')).toBe('熟悉的');
    expect(namesKnownPerson('有人自称家人或朋友，找我要钱')).toBe('家人');
    expect(namesKnownPerson('是认识的人')).toBe('认识的');
    expect(namesKnownPerson('老板让我先转一笔')).toBe('老板');
  });
  it('leaves other labels alone, a stranger included', () => {
    for (const label of ['是，对方是陌生人或一直在催', '不认识的人加我好久了', '还是付不了', '收款方的名字对不上']) {
      expect(namesKnownPerson(label), label).toBeUndefined();
    }
  });
});

/** prompt → (家人 → call) | (陌生人 → stop): the old way, a number right after “家人”. */
const oldWay = (): PayeeGraph => ({
  steps: {
    prompt: {
      answers: [
        { label: '是陌生人', next: 'stop' },
        { label: '是熟悉的商家或家人', next: 'call' },
      ],
    },
  },
});

describe('uncheckedKnownPayees', () => {
  it('fails an answer naming a known person that goes straight to an end', () => {
    expect(uncheckedKnownPayees(oldWay())).toEqual([
      'step "prompt" answer 2 ("是熟悉的商家或家人") names a known person (熟悉的) but reaches end "call" without a step that asks the reader to check with that person first (call the number they always used, ask face to face): add such a step, marked "checksWithPerson": true, before the end',
    ]);
  });

  it('fails when a step in between is not the check, naming every end it can reach', () => {
    const flow = oldWay();
    flow.steps['prompt']!.answers[1]!.next = 'amount';
    flow.steps['amount'] = {
      answers: [
        { label: '很多', next: 'call' },
        { label: '不多', next: 'pay' },
      ],
    };
    expect(uncheckedKnownPayees(flow)[0]).toContain('reaches end "call", end "pay" without a step');
  });

  it('fails when only one branch skips the check', () => {
    const flow = oldWay();
    flow.steps['prompt']!.answers[1]!.next = 'amount';
    flow.steps['amount'] = {
      answers: [
        { label: '很多', next: 'check' },
        { label: '不多', next: 'pay' },
      ],
    };
    flow.steps['check'] = {
      checksWithPerson: true,
      answers: [
        { label: '问过了', next: 'call' },
        { label: '还没问', next: 'ask' },
      ],
    };
    expect(uncheckedKnownPayees(flow)).toHaveLength(1);
    expect(uncheckedKnownPayees(flow)[0]).toContain('reaches end "pay" without');
  });

  it('passes when every path goes through the check first', () => {
    const flow = oldWay();
    flow.steps['prompt']!.answers[1]!.next = 'check';
    flow.steps['check'] = {
      checksWithPerson: true,
      // The check's own answers may name the person: they are its result.
      answers: [
        { label: '问过了，确实是家人', next: 'call' },
        { label: '还没问', next: 'ask' },
      ],
    };
    expect(uncheckedKnownPayees(flow)).toEqual([]);
  });

  it('passes when the check comes a step later', () => {
    const flow = oldWay();
    flow.steps['prompt']!.answers[1]!.next = 'amount';
    flow.steps['amount'] = {
      answers: [
        { label: '很多', next: 'check' },
        { label: '不多', next: 'check' },
      ],
    };
    flow.steps['check'] = {
      checksWithPerson: true,
      answers: [
        { label: '问过了', next: 'call' },
        { label: '还没问', next: 'ask' },
      ],
    };
    expect(uncheckedKnownPayees(flow)).toEqual([]);
  });

  it('does not count a check before the answer', () => {
    const flow: PayeeGraph = {
      steps: {
        check: {
          checksWithPerson: true,
          answers: [
            { label: '问过了', next: 'who' },
            { label: '还没问', next: 'ask' },
          ],
        },
        who: {
          answers: [
            { label: '说是朋友要的', next: 'call' },
            { label: '说是陌生人', next: 'stop' },
          ],
        },
      },
    };
    expect(uncheckedKnownPayees(flow)[0]).toMatch(
      /^step "who" answer 1 \("说是朋友要的"\) names a known person \(朋友\) but reaches end "call"/,
    );
  });
});
