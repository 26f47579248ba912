import type { Flow } from './flow-schema';

/** Every piece of text a reader sees in a flow, with where it is: for the content checks. */
export function flowTexts(flow: Flow): { where: string; text: string }[] {
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
