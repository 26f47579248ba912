/**
 * A content rule for troubleshooter flows. A reader who answers “it is my relative”, “a friend”,
 * “a shop I know” is exactly who a 冒充熟人 scam counts on: the police advice is to check with that
 * person first, on the number they always called or face to face, before paying anything. So an
 * answer whose label names a known person must not lead to an end (and its phone number) unless the
 * path passes a step that asks for that check: a step marked `"checksWithPerson": true`.
 *
 * The label is read for the words in KNOWN_PERSON; 不认识的 does not count. A step marked as the
 * check covers its own answers (“问过了，是家人付的” is the check's result) and everything after it.
 * Pure: it takes a parsed flow and returns one line per problem, naming the step, answer and ends.
 */
/** Words in an answer's label that say the reader knows the person (or shop) they pay or are asked to pay. */
export const KNOWN_PERSON = /家人|家里人|亲人|亲友|亲戚|熟人|朋友|好友|同事|同学|老板|领导|老师|熟悉的|常去的|(?<!不)认识的/u;

/** The known person a label names, or undefined: `namesKnownPerson('不是，是熟悉的商家或家人')` is `熟悉的`. */
export function namesKnownPerson(label: string): string | undefined {
  return KNOWN_PERSON.exec(label)?.[0];
}

/** The part of a flow the rule reads (a parsed `Flow` is one). */
export interface PayeeGraph {
  steps: Record<string, { answers: readonly { label: string; next: string }[]; checksWithPerson?: boolean | undefined }>;
}

/** The ends reachable from `id` without passing a step marked `checksWithPerson`, in the order found. */
function uncheckedEnds(flow: PayeeGraph, id: string, seen = new Set<string>()): string[] {
  if (seen.has(id)) return [];
  seen.add(id);
  const step = flow.steps[id];
  if (!step) return [id]; // an end (an unknown id is the graph validation's business)
  if (step.checksWithPerson) return [];
  return step.answers.flatMap((a) => uncheckedEnds(flow, a.next, seen));
}

/** One problem per answer that names a known person and can reach an end without the check. */
export function uncheckedKnownPayees(flow: PayeeGraph): string[] {
  const problems: string[] = [];
  for (const [id, step] of Object.entries(flow.steps)) {
    if (step.checksWithPerson) continue;
    step.answers.forEach((answer, i) => {
      const who = namesKnownPerson(answer.label);
      if (!who) return;
      const ends = uncheckedEnds(flow, answer.next);
      if (ends.length === 0) return;
      problems.push(
        `step "${id}" answer ${i + 1} ("${answer.label}") names a known person (${who}) but reaches ${ends.map((e) => `end "${e}"`).join(', ')} ` +
          'without a step that asks the reader to check with that person first (call the number they always used, ask face to face): ' +
          'add such a step, marked "checksWithPerson": true, before the end',
      );
    });
  }
  return problems;
}
