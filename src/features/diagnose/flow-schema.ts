import { z } from 'astro/zod';
import { ID_RULE as CHECKLIST_ID_RULE, isValidId as isValidChecklistId } from '../checklist/checklist-ids';

/**
 * A troubleshooter flow: `content/flows/<id>.json`. One question per page; each answer leads to the
 * next question or to an end (advice plus an article, an official channel or another flow). Each
 * field's comment is the author's manual; the README repeats it with an example. The graph rules
 * (every answer leads somewhere, no loops, nothing unreachable) are checked in
 * `src/features/diagnose/flow-validate.ts`.
 */

const ID_RULE = 'lowercase letters, digits and hyphens, starting with a letter';
const id = (what: string) => z.string().regex(/^[a-z][a-z0-9-]*$/, `${what} must be ${ID_RULE}`);
/** A checklist's id follows the checklist's own rule (src/features/checklist/checklist-ids.ts), not the flow's. */
const checklistId = z.string().refine(isValidChecklistId, `checklist must be ${CHECKLIST_ID_RULE}`);

export const answerSchema = z
  .object({
    /** The button text, in the reader's words: 提示“银行卡超过支付限额”. */
    label: z
      .string({ error: 'label is required' })
      .trim()
      .min(2, 'label needs at least 2 characters')
      .max(30, 'label: 30 characters at most, it is a button on a phone'),
    /** The id of the step or end this answer leads to. */
    next: z.string({ error: 'next is required: the id of a step or an end' }).min(1, 'next is empty: give the id of a step or an end'),
  })
  .strict();

export const stepSchema = z
  .object({
    /** One plain question, ending in ？: 换个网络后还失败吗？ Shown as the page's heading and in its title. */
    question: z
      .string({ error: 'question is required' })
      .trim()
      .min(4, 'question needs at least 4 characters')
      .max(30, 'question: 30 characters at most'),
    /** Optional: one short sentence that helps the reader answer. */
    hint: z.string().trim().min(4, 'hint needs at least 4 characters').max(80, 'hint: 80 characters at most').optional(),
    /** 2–5 answers, in the order shown. */
    answers: z
      .array(answerSchema, { error: 'answers is required: a list of 2 to 5 answers' })
      .min(2, {
        error: (issue) =>
          Array.isArray(issue.input) && issue.input.length === 0
            ? 'has no answers: a reader would be stuck here'
            : 'needs at least 2 answers: a question with one answer is not a question',
      })
      .max(5, 'has more than 5 answers: too many to choose from on a phone'),
    /**
     * Optional, `true`: this step asks the reader to check with the person an earlier answer named
     * (a relative, a friend, a shop they know) through a way they already had: the number they always
     * called, face to face; never the chat or the number that is asking. After an answer whose label
     * names a known person, every path must pass such a step before an end (flow-known-payee.ts).
     */
    checksWithPerson: z.literal(true, { error: 'checksWithPerson is either true or left out' }).optional(),
  })
  .strict();

export const endSchema = z
  .object({
    /** A short heading for the result, without final punctuation: 银行卡号可能输错了. */
    title: z
      .string({ error: 'title is required' })
      .trim()
      .min(4, 'title needs at least 4 characters')
      .max(24, 'title: 24 characters at most')
      .regex(/[^。.！!？?]$/, 'title: no punctuation at the end'),
    /** One or two calm sentences saying what to do now. */
    advice: z
      .string({ error: 'advice is required' })
      .trim()
      .min(10, 'advice needs at least 10 characters')
      .max(150, 'advice: 150 characters at most, one or two sentences'),
    /** The article that helps further, as `category/slug`. Give exactly one of `article`, `channel` and `flow`. */
    article: z.string().optional(),
    /** Optional, with `article`: the id of a <Checklist> in that article. */
    checklist: checklistId.optional(),
    /** When self-service cannot help: a phone number or domain from content/channels.json. */
    channel: z.string().optional(),
    /** Another flow that takes over from here, by id (`lost-phone`): the result links to its first question. Not the flow itself. */
    flow: id('flow').optional(),
  })
  .strict()
  .superRefine((end, ctx) => {
    const given = (['article', 'channel', 'flow'] as const).filter((k) => end[k] !== undefined).map((k) => `"${k}"`);
    if (given.length === 0) {
      ctx.addIssue({ code: 'custom', message: 'needs an "article", a "channel" or a "flow": where does the reader go from here?' });
    }
    if (given.length > 1) {
      const list = given.length === 2 ? `both ${given.join(' and ')}` : `${given.slice(0, -1).join(', ')} and ${given.at(-1)}`;
      ctx.addIssue({ code: 'custom', message: `has ${list}: give exactly one` });
    }
    if (end.checklist !== undefined && end.article === undefined) {
      ctx.addIssue({ code: 'custom', path: ['checklist'], message: 'checklist needs an "article" to be in' });
    }
  });

export const flowSchema = z
  .object({
    /** Must equal the file name (`payments` for payments.json); it is the URL: /diagnose/payments/. */
    id: id('id'),
    /** What went wrong, short: 支付失败. The pages call the flow “支付失败排查”. */
    title: z
      .string({ error: 'title is required' })
      .trim()
      .min(2, 'title needs at least 2 characters')
      .max(12, 'title: 12 characters at most'),
    /** One or two sentences for the list of flows and the first page's description. */
    description: z
      .string({ error: 'description is required' })
      .trim()
      .min(20, 'description needs at least 20 characters')
      .max(120, 'description: 120 characters at most'),
    /** Position on /diagnose/ and the home page, smallest first. */
    order: z.number({ error: 'order must be a whole number' }).int('order must be a whole number').positive('order must be 1 or more'),
    /** The id of the first step. */
    start: z.string({ error: 'start is required: the id of the first step' }),
    /** The questions, by id. An id is part of the URL: /diagnose/payments/network/. */
    steps: z.record(id('a step id'), stepSchema, { error: 'steps is required: an object of steps by id' }),
    /** The results, by id: /diagnose/payments/end/card-limit/. */
    ends: z.record(id('an end id'), endSchema, { error: 'ends is required: an object of ends by id' }),
  })
  .strict();

export type Flow = z.infer<typeof flowSchema>;
export type FlowStep = z.infer<typeof stepSchema>;
export type FlowEnd = z.infer<typeof endSchema>;
