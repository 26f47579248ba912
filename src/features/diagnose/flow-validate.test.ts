import { describe, expect, it } from 'vitest';
import { validateFlow, validateFlows, type FlowContext } from './flow-validate';
import { ID_RULE as CHECKLIST_ID_RULE } from '../checklist/checklist-ids';

const FILE = 'content/flows/payments.json';
const ctx: FlowContext = {
  articles: new Map([
    ['payments/payment-failed', new Map([['payment-failed-steps', '逐项排查']])],
    ['payments/card-declined', new Map()],
  ]),
  channels: ['95017', 'weixin110.qq.com'],
};

/** A small valid flow: prompt → network → (ok | call), prompt → card. A fresh copy each time. */
const good = () => ({
  id: 'payments',
  title: '支付失败',
  description: '付款失败时，回答几个问题，找到卡住的地方和解决办法。',
  order: 2,
  start: 'prompt',
  steps: {
    prompt: {
      question: '你看到了什么提示？',
      hint: '提示文字是最快的线索。',
      answers: [
        { label: '银行卡超过支付限额', next: 'card' },
        { label: '没有提示，一直转圈', next: 'network' },
      ],
    },
    network: {
      question: '换个网络后还失败吗？',
      answers: [
        { label: '换了就好了', next: 'ok' },
        { label: '还是失败', next: 'call' },
      ],
    },
  },
  ends: {
    card: { title: '银行卡的额度用完了', advice: '换一张卡或改用零钱，想提额找发卡银行。', article: 'payments/card-declined' },
    ok: {
      title: '是网络的问题',
      advice: '信号好的时候再付，先看账单有没有扣过款。',
      article: 'payments/payment-failed',
      checklist: 'payment-failed-steps',
    },
    call: { title: '请官方客服帮你查', advice: '拨打微信支付客服，说明提示文字和付款时间。', channel: '95017' },
  },
});
type Good = ReturnType<typeof good>;
const problemsOf = (change: (f: Good) => void, file = FILE) => {
  const flow = good();
  change(flow);
  return validateFlow(file, flow, ctx).problems;
};

describe('a valid flow', () => {
  it('passes and comes back parsed', () => {
    const result = validateFlow(FILE, good(), ctx);
    expect(result.problems).toEqual([]);
    expect(result.flow?.steps['network']?.answers[1]?.next).toBe('call');
  });
});

describe('the schema names the file, the step or end, and the field', () => {
  it('a missing question', () => {
    expect(problemsOf((f) => delete (f.steps.network as Partial<Good['steps']['network']>).question)).toEqual([
      `${FILE}: step "network", field "question": question is required`,
    ]);
  });
  it('a dead end: a step without answers', () => {
    expect(problemsOf((f) => (f.steps.network.answers = []))).toEqual([
      `${FILE}: step "network": has no answers: a reader would be stuck here`,
    ]);
  });
  it('a step with a single answer, or too many', () => {
    expect(problemsOf((f) => f.steps.network.answers.splice(1))).toEqual([
      `${FILE}: step "network": needs at least 2 answers: a question with one answer is not a question`,
    ]);
    const six = Array.from({ length: 6 }, (_, i) => ({ label: `答案 ${i}`, next: 'ok' }));
    expect(problemsOf((f) => (f.steps.network.answers = six))[0]).toContain('step "network": has more than 5 answers');
  });
  it('an answer without next, naming its position', () => {
    expect(problemsOf((f) => delete (f.steps.prompt.answers[1] as { next?: string }).next)).toEqual([
      `${FILE}: step "prompt", answer 2, field "next": next is required: the id of a step or an end`,
    ]);
  });
  it('an end with none of article, channel and flow, or more than one', () => {
    expect(problemsOf((f) => delete (f.ends.card as { article?: string }).article)).toEqual([
      `${FILE}: end "card": needs an "article", a "channel" or a "flow": where does the reader go from here?`,
    ]);
    expect(problemsOf((f) => Object.assign(f.ends.call, { article: 'payments/card-declined' }))).toEqual([
      `${FILE}: end "call": has both "article" and "channel": give exactly one`,
    ]);
    expect(problemsOf((f) => Object.assign(f.ends.card, { flow: 'account' }))).toEqual([
      `${FILE}: end "card": has both "article" and "flow": give exactly one`,
    ]);
    expect(problemsOf((f) => Object.assign(f.ends.call, { article: 'payments/card-declined', flow: 'account' }))).toEqual([
      `${FILE}: end "call": has "article", "channel" and "flow": give exactly one`,
    ]);
  });
  it('a flow id that cannot be a URL', () => {
    expect(
      problemsOf((f) => Object.assign(f.ends, { call: { title: '换一个排查', advice: '这里由另一个排查接着问。', flow: 'Lost Phone' } })),
    ).toEqual([`${FILE}: end "call", field "flow": flow must be lowercase letters, digits and hyphens, starting with a letter`]);
  });
  it('checksWithPerson is true or left out', () => {
    expect(problemsOf((f) => Object.assign(f.steps.network, { checksWithPerson: true }))).toEqual([]);
    expect(problemsOf((f) => Object.assign(f.steps.network, { checksWithPerson: false }))).toEqual([
      `${FILE}: step "network", field "checksWithPerson": checksWithPerson is either true or left out`,
    ]);
  });
  it('a checklist id that no checklist could have, by the checklist rule', () => {
    expect(problemsOf((f) => (f.ends.ok.checklist = 'Steps--2'))).toEqual([
      `${FILE}: end "ok", field "checklist": checklist must be ${CHECKLIST_ID_RULE}`,
    ]);
  });
  it('a checklist id that starts with a digit, as checklist ids may', () => {
    const withDigit = { ...ctx, articles: new Map([...ctx.articles, ['payments/payment-failed', new Map([['2fa-steps', '两步验证']])]]) };
    const flow = good();
    flow.ends.ok.checklist = '2fa-steps';
    expect(validateFlow(FILE, flow, withDigit).problems).toEqual([]);
  });
  it('a checklist without an article', () => {
    expect(problemsOf((f) => Object.assign(f.ends.call, { checklist: 'payment-failed-steps' }))).toEqual([
      `${FILE}: end "call", field "checklist": checklist needs an "article" to be in`,
    ]);
  });
  it('a mistyped field name', () => {
    expect(problemsOf((f) => Object.assign(f.steps.prompt, { hnit: 'x' }))).toEqual([
      `${FILE}: step "prompt": unknown field "hnit" (a typo?)`,
    ]);
  });
  it('an id that cannot be part of a URL', () => {
    expect(problemsOf((f) => Object.assign(f.steps, { 'Bad Step': f.steps.network }))).toEqual([
      `${FILE}: step "Bad Step": a step id must be lowercase letters, digits and hyphens, starting with a letter`,
    ]);
  });
  it('an end title with a full stop', () => {
    expect(problemsOf((f) => (f.ends.ok.title = '是网络的问题。'))).toEqual([
      `${FILE}: end "ok", field "title": title: no punctuation at the end`,
    ]);
  });
});

describe('the graph', () => {
  it('an answer that leads nowhere', () => {
    expect(problemsOf((f) => (f.steps.network.answers[1]!.next = 'retry'))).toEqual([
      `${FILE}: step "network" answer 2 ("还是失败") leads to "retry", which is not a step or an end`,
      `${FILE}: end "call" cannot be reached from the start "prompt"`,
    ]);
  });
  it('a start that is not a step', () => {
    expect(problemsOf((f) => (f.start = 'begin'))).toEqual([`${FILE}: start "begin" is not a step. Steps: prompt, network`]);
  });
  it('a loop, back to an earlier step', () => {
    expect(problemsOf((f) => (f.steps.network.answers[1]!.next = 'prompt'))).toEqual([
      `${FILE}: steps form a loop: prompt → network → prompt. A reader could go round forever; every path must finish at an end`,
      `${FILE}: end "call" cannot be reached from the start "prompt"`,
    ]);
  });
  it('a step that leads to itself', () => {
    expect(problemsOf((f) => (f.steps.network.answers[0]!.next = 'network'))).toContain(
      `${FILE}: steps form a loop: network → network. A reader could go round forever; every path must finish at an end`,
    );
  });
  it('a loop among steps nobody reaches is still a loop', () => {
    const problems = problemsOf((f) =>
      Object.assign(f.steps, {
        a: {
          question: '问题甲是什么？',
          answers: [
            { label: '去乙', next: 'b' },
            { label: '结束', next: 'ok' },
          ],
        },
        b: {
          question: '问题乙是什么？',
          answers: [
            { label: '去甲', next: 'a' },
            { label: '结束', next: 'ok' },
          ],
        },
      }),
    );
    expect(problems).toContain(`${FILE}: steps form a loop: a → b → a. A reader could go round forever; every path must finish at an end`);
    expect(problems).toContain(`${FILE}: step "a" cannot be reached from the start "prompt"`);
  });
  it('an unreachable step and end', () => {
    const problems = problemsOf((f) => {
      Object.assign(f.steps, {
        orphan: {
          question: '没人来的问题？',
          answers: [
            { label: '是的', next: 'ok' },
            { label: '不是', next: 'lonely' },
          ],
        },
      });
      Object.assign(f.ends, { lonely: { title: '没有人到这里', advice: '这条结果没有任何回答通向它。', channel: '95017' } });
    });
    expect(problems).toEqual([
      `${FILE}: step "orphan" cannot be reached from the start "prompt"`,
      `${FILE}: end "lonely" cannot be reached from the start "prompt"`,
    ]);
  });
  it('a step whose number depends on the path', () => {
    // prompt → network directly (step 2) and prompt → extra → network (step 3).
    const problems = problemsOf((f) => {
      f.steps.prompt.answers.push({ label: '不确定', next: 'extra' });
      Object.assign(f.steps, {
        extra: {
          question: '钱扣了吗？',
          answers: [
            { label: '扣了', next: 'call' },
            { label: '没扣', next: 'network' },
          ],
        },
      });
    });
    expect(problems).toEqual([
      `${FILE}: step "network" is step 2 or 3 depending on the path: make every path to it equally long, so its “第 N 步” is true`,
    ]);
  });
  it('an id used for both a step and an end, and the reserved id', () => {
    expect(
      problemsOf((f) => Object.assign(f.ends, { network: { title: '同名的结果', advice: '这个结果和步骤同名。', channel: '95017' } })),
    ).toContain(`${FILE}: "network" is both a step and an end: an answer's "next" must say which one it means`);
    expect(
      problemsOf((f) => {
        Object.assign(f.steps, { end: f.steps.network });
        f.steps.prompt.answers[1]!.next = 'end';
        delete (f.steps as Partial<Good['steps']>).network;
      }),
    ).toEqual([`${FILE}: step "end": the id "end" is reserved for result pages; choose another`]);
  });
  it('two answers with one label, two steps with one question, two ends with one title', () => {
    expect(problemsOf((f) => (f.steps.network.answers[1]!.label = '换了就好了'))).toEqual([
      `${FILE}: step "network" answers 1 and 2 have the same label "换了就好了"`,
    ]);
    expect(problemsOf((f) => (f.steps.network.question = '你看到了什么提示？'))).toEqual([
      `${FILE}: steps "prompt" and "network" ask the same question "你看到了什么提示？": each page needs its own title`,
    ]);
    expect(problemsOf((f) => (f.ends.ok.title = '银行卡的额度用完了'))).toEqual([
      `${FILE}: ends "card" and "ok" have the same title "银行卡的额度用完了": each page needs its own title`,
    ]);
  });
});

describe('where the ends send readers', () => {
  it('an article that does not exist', () => {
    expect(problemsOf((f) => (f.ends.card.article = 'payments/no-such'))).toEqual([
      `${FILE}: end "card" names article "payments/no-such", which does not exist. Articles: payments/card-declined, payments/payment-failed`,
    ]);
  });
  it('a checklist that is not in the article', () => {
    expect(problemsOf((f) => Object.assign(f.ends.card, { checklist: 'payment-failed-steps' }))).toEqual([
      `${FILE}: end "card" names checklist "payment-failed-steps", which is not in payments/card-declined. Its checklists: (none)`,
    ]);
    expect(problemsOf((f) => (f.ends.ok.checklist = 'steps'))).toEqual([
      `${FILE}: end "ok" names checklist "steps", which is not in payments/payment-failed. Its checklists: payment-failed-steps`,
    ]);
  });
  it('a channel that is not an official one', () => {
    expect(problemsOf((f) => (f.ends.call.channel = '0755-86013860'))).toEqual([
      `${FILE}: end "call" names channel "0755-86013860", which is not an official channel readers are told to contact: 95017, weixin110.qq.com`,
    ]);
  });
  it('another flow that does not exist, or the flow itself', () => {
    const withFlows = { ...ctx, flows: ['payments', 'lost-phone'] };
    const toFlow = (flowId: string) => {
      const flow = good();
      Object.assign(flow.ends, { call: { title: '按手机丢失的步骤处理', advice: '接着回答几个问题，一步一步处理。', flow: flowId } });
      return validateFlow(FILE, flow, withFlows).problems;
    };
    expect(toFlow('lost-phone')).toEqual([]);
    expect(toFlow('lost-phones')).toEqual([`${FILE}: end "call" names flow "lost-phones", which does not exist. Flows: lost-phone`]);
    expect(toFlow('payments')).toEqual([
      `${FILE}: end "call" leads to its own flow "payments": that would start the reader over; name another flow`,
    ]);
  });
  it('an id that does not match the file name', () => {
    expect(problemsOf(() => {}, 'content/flows/pay.json')).toEqual([
      'content/flows/pay.json: field "id" is "payments" but the file is named "pay.json": they must match',
    ]);
  });
});

describe('validateFlows', () => {
  it('lists every file’s problems and returns the valid flows in order', () => {
    const second = { ...good(), id: 'account', title: '账号被限制', order: 1 };
    const broken = { ...good(), id: 'broken', order: 3, start: 'nowhere' };
    const { flows, problems } = validateFlows(
      [
        { file: FILE, data: good() },
        { file: 'content/flows/account.json', data: second },
        { file: 'content/flows/broken.json', data: broken },
      ],
      ctx,
    );
    expect(flows.map((f) => f.id)).toEqual(['account', 'payments']);
    expect(problems).toEqual(['content/flows/broken.json: start "nowhere" is not a step. Steps: prompt, network']);
  });
  it('lets an end lead to any flow among the files, and names the file and end of one that does not', () => {
    const toAccount = good();
    Object.assign(toAccount.ends, { call: { title: '换一个排查', advice: '这里由另一个排查接着问。', flow: 'account' } });
    const toNowhere = { ...good(), id: 'other', title: '其他问题', order: 3 };
    Object.assign(toNowhere.ends, { call: { title: '换一个排查', advice: '这里由另一个排查接着问。', flow: 'acount' } });
    const { flows, problems } = validateFlows(
      [
        { file: FILE, data: toAccount },
        { file: 'content/flows/account.json', data: { ...good(), id: 'account', title: '账号被限制', order: 1 } },
        { file: 'content/flows/other.json', data: toNowhere },
      ],
      ctx,
    );
    expect(flows.map((f) => f.id)).toEqual(['account', 'payments']);
    expect(problems).toEqual(['content/flows/other.json: end "call" names flow "acount", which does not exist. Flows: payments, account']);
  });
  it('names a title or position used twice', () => {
    const { problems } = validateFlows(
      [
        { file: FILE, data: good() },
        { file: 'content/flows/account.json', data: { ...good(), id: 'account' } },
      ],
      ctx,
    );
    expect(problems).toEqual([
      `content/flows/account.json: field "title" "支付失败" is already used by ${FILE}`,
      `content/flows/account.json: field "order" 2 is already used by ${FILE}`,
    ]);
  });
});
