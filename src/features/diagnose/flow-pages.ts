/**
 * URLs, titles and navigation for the troubleshooter's pages. Every step and every end is its own
 * static page, so the reader's place lives in the URL: back works, a step can be shared, a reload
 * keeps it, and no JavaScript is needed.
 */
import type { Flow } from './flow-schema';
import { localPath, uiFor, type Lang } from '../../i18n/ui';
import { articleHrefIn } from '../../content/en-articles';
import { parentsOf, stepNumbers } from './flow-graph';

/*
 * English flows (content/en/flows) have the same pages under /en/diagnose/: the functions below
 * take the flow's language last, Chinese when left out.
 */

export const DIAGNOSE_HREF = '/diagnose/';

/** The troubleshooter's index in `lang`. */
export function diagnoseHref(lang: Lang = 'zh-CN'): string {
  return localPath(lang, DIAGNOSE_HREF);
}

/** Replaces `{name}` in a UI string. An unknown name is a bug, so it throws. */
export function fill(template: string, vars: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    if (!Object.hasOwn(vars, name)) throw new Error(`fill: "${template}" needs {${name}}`);
    return String(vars[name]);
  });
}

/** The first question lives at the flow's own address; the others below it. */
export function flowHref(flowId: string, lang: Lang = 'zh-CN'): string {
  return `${diagnoseHref(lang)}${flowId}/`;
}

export function stepHref(flow: Pick<Flow, 'id' | 'start'>, stepId: string, lang: Lang = 'zh-CN'): string {
  return stepId === flow.start ? flowHref(flow.id, lang) : `${flowHref(flow.id, lang)}${stepId}/`;
}

/** Ends live under `end/`, which the validation keeps free of step ids. */
export function endHref(flowId: string, endId: string, lang: Lang = 'zh-CN'): string {
  return `${flowHref(flowId, lang)}end/${endId}/`;
}

/** Where an answer's `next` goes: a step or an end. */
export function nextHref(flow: Flow, next: string, lang: Lang = 'zh-CN'): string {
  return Object.hasOwn(flow.steps, next) ? stepHref(flow, next, lang) : endHref(flow.id, next, lang);
}

/** The article an end points to, at its checklist (a <Checklist id> renders an element with that id). */
export function checklistHref(article: string, checklist: string, lang: Lang = 'zh-CN'): string {
  return `${articleHrefIn(lang, article)}#${checklist}`;
}

/** One page of a flow. `path` is the rest parameter after /diagnose/<flow>/ (undefined: the first step). */
export type FlowPage = { kind: 'step'; id: string; number: number; path: string | undefined } | { kind: 'end'; id: string; path: string };

/** Every page a flow needs, first step first. */
export function flowPages(flow: Flow): FlowPage[] {
  const numbers = stepNumbers(flow);
  const steps = Object.keys(flow.steps)
    .map((id) => ({
      kind: 'step' as const,
      id,
      // Validation guarantees one number per step; the first is the shortest path otherwise.
      number: numbers.get(id)?.[0] ?? 1,
      path: id === flow.start ? undefined : id,
    }))
    .sort((a, b) => a.number - b.number);
  const ends = Object.keys(flow.ends).map((id) => ({ kind: 'end' as const, id, path: `end/${id}` }));
  return [...steps, ...ends];
}

/** Astro's static paths for the pages of `flows` under /diagnose/<flow>/[...path] (in either language). */
export function flowRoutes(
  flows: readonly Flow[],
): { params: { flow: string; path: string | undefined }; props: { flow: Flow; page: FlowPage } }[] {
  return flows.flatMap((flow) => flowPages(flow).map((page) => ({ params: { flow: flow.id, path: page.path }, props: { flow, page } })));
}

/**
 * The step to offer as “上一步”: only when exactly one step leads here. With several, only the
 * browser knows which one the reader came from, so the page points at its back button instead.
 */
export function previousStep(flow: Flow, id: string): string | undefined {
  const parents = parentsOf(flow).get(id) ?? [];
  return parents.length === 1 ? parents[0] : undefined;
}

/** 开通失败排查 */
export function flowName(flow: Pick<Flow, 'title'>, lang: Lang = 'zh-CN'): string {
  return fill(uiFor(lang).t('diagnose.flowName'), { title: flow.title });
}

export function stepLabel(number: number, lang: Lang = 'zh-CN'): string {
  return fill(uiFor(lang).t('diagnose.step'), { n: number });
}

/** 开通失败排查：第 2 步 换个网络后还失败吗？ Unique, because questions are unique within a flow. */
export function stepTitle(flow: Flow, id: string, number: number, lang: Lang = 'zh-CN'): string {
  return fill(uiFor(lang).t('diagnose.stepTitle'), {
    flow: flowName(flow, lang),
    step: stepLabel(number, lang),
    question: flow.steps[id]!.question,
  });
}

/** The first step describes the flow; the others their question and hint. */
export function stepDescription(flow: Flow, id: string, number: number, lang: Lang = 'zh-CN'): string {
  if (id === flow.start) return flow.description;
  const step = flow.steps[id]!;
  const text = fill(uiFor(lang).t('diagnose.stepDescription'), {
    flow: flowName(flow, lang),
    step: stepLabel(number, lang),
    question: step.question,
    hint: step.hint ?? '',
  });
  return text.trim();
}

export function endTitle(flow: Flow, id: string, lang: Lang = 'zh-CN'): string {
  return fill(uiFor(lang).t('diagnose.endTitle'), { flow: flowName(flow, lang), title: flow.ends[id]!.title });
}

export function endDescription(flow: Flow, id: string, lang: Lang = 'zh-CN'): string {
  const end = flow.ends[id]!;
  return fill(uiFor(lang).t('diagnose.endDescription'), { flow: flowName(flow, lang), title: end.title, advice: end.advice });
}

/** The flows whose ends send readers to an article: those the article links back to. */
export function flowsCovering<F extends Pick<Flow, 'ends'>>(flows: readonly F[], articleId: string): F[] {
  return flows.filter((f) => Object.values(f.ends).some((e) => e.article === articleId));
}
