/**
 * Checks a troubleshooter flow the way a reader would walk it: every answer leads to a step or an
 * end, there are no loops and nothing unreachable, every end sends the reader to an article (and
 * checklist) that exists, to an official channel or to another flow. Pure: the caller reads the
 * files. Each problem names the file and the step, answer or end, so an author can go straight to it.
 */
import { basename } from 'node:path';
import type { z } from 'astro/zod';
import { flowSchema, type Flow } from './flow-schema';
import { findLoops, reachableIds, stepNumbers } from './flow-graph';

export interface FlowContext {
  /** Every article id (`category/slug`), with the checklists written in it: id → title. */
  articles: ReadonlyMap<string, ReadonlyMap<string, string>>;
  /** The phone numbers and domains an end may send readers to. */
  channels: readonly string[];
  /** The flow ids an end may send readers to; `validateFlows` fills it in from the files it checks. */
  flows?: readonly string[];
}

/** Step ids that would clash with the pages' own URLs (/diagnose/<flow>/end/<end>/). */
export const RESERVED_STEP_IDS = ['end'] as const;

const quoteList = (items: Iterable<string>) => [...items].join(', ') || '(none)';

/** Where in the file a schema issue is, in the author's terms: `step "network", answer 2, field "label"`. */
function locate(path: readonly PropertyKey[]): string {
  const parts: string[] = [];
  let i = 0;
  if ((path[0] === 'steps' || path[0] === 'ends') && path.length > 1) {
    parts.push(`${path[0] === 'steps' ? 'step' : 'end'} "${String(path[1])}"`);
    i = 2;
    if (path[i] === 'answers' && typeof path[i + 1] === 'number') {
      parts.push(`answer ${(path[i + 1] as number) + 1}`);
      i += 2;
    } else if (path[i] === 'answers' && i === path.length - 1) {
      i += 1; // the message is about the list of answers as a whole
    }
  }
  const rest = path.slice(i).map(String);
  if (rest.length) parts.push(`field "${rest.join('.')}"`);
  return parts.join(', ');
}

function describeIssue(issue: z.core.$ZodIssue): string {
  let message = issue.message;
  if (issue.code === 'unrecognized_keys') message = `unknown field ${issue.keys.map((k) => `"${k}"`).join(', ')} (a typo?)`;
  if (issue.code === 'invalid_key') message = issue.issues[0]?.message ?? message;
  const where = locate(issue.path);
  return where ? `${where}: ${message}` : message;
}

/** Checks that need the parsed flow: the graph and the references to articles and channels. */
function checkFlow(flow: Flow, file: string, ctx: FlowContext): string[] {
  const problems: string[] = [];
  const stepIds = Object.keys(flow.steps);
  const endIds = Object.keys(flow.ends);
  const isStep = (id: string) => Object.hasOwn(flow.steps, id);
  const isEnd = (id: string) => Object.hasOwn(flow.ends, id);

  const fileId = basename(file).replace(/\.json$/, '');
  if (flow.id !== fileId) problems.push(`field "id" is "${flow.id}" but the file is named "${basename(file)}": they must match`);

  if (!isStep(flow.start)) problems.push(`start "${flow.start}" is not a step. Steps: ${quoteList(stepIds)}`);
  for (const id of stepIds) {
    if (isEnd(id)) problems.push(`"${id}" is both a step and an end: an answer's "next" must say which one it means`);
    if ((RESERVED_STEP_IDS as readonly string[]).includes(id))
      problems.push(`step "${id}": the id "${id}" is reserved for result pages; choose another`);
  }

  const questions = new Map<string, string>();
  for (const [id, step] of Object.entries(flow.steps)) {
    const other = questions.get(step.question);
    if (other) problems.push(`steps "${other}" and "${id}" ask the same question "${step.question}": each page needs its own title`);
    else questions.set(step.question, id);

    const labels = new Map<string, number>();
    step.answers.forEach((answer, i) => {
      const n = i + 1;
      if (!isStep(answer.next) && !isEnd(answer.next)) {
        problems.push(`step "${id}" answer ${n} ("${answer.label}") leads to "${answer.next}", which is not a step or an end`);
      }
      const same = labels.get(answer.label);
      if (same) problems.push(`step "${id}" answers ${same} and ${n} have the same label "${answer.label}"`);
      else labels.set(answer.label, n);
    });
  }

  const loops = findLoops(flow);
  for (const loop of loops) {
    problems.push(`steps form a loop: ${loop.join(' → ')}. A reader could go round forever; every path must finish at an end`);
  }

  if (isStep(flow.start)) {
    const reachable = reachableIds(flow);
    for (const id of stepIds) if (!reachable.has(id)) problems.push(`step "${id}" cannot be reached from the start "${flow.start}"`);
    for (const id of endIds) if (!reachable.has(id)) problems.push(`end "${id}" cannot be reached from the start "${flow.start}"`);
    // The pages say “第 N 步”; that number must be true on every path to the step.
    if (loops.length === 0) {
      for (const [id, numbers] of stepNumbers(flow)) {
        if (numbers.length > 1) {
          problems.push(
            `step "${id}" is step ${numbers.join(' or ')} depending on the path: make every path to it equally long, so its “第 N 步” is true`,
          );
        }
      }
    }
  }

  const endTitles = new Map<string, string>();
  for (const [id, end] of Object.entries(flow.ends)) {
    const other = endTitles.get(end.title);
    if (other) problems.push(`ends "${other}" and "${id}" have the same title "${end.title}": each page needs its own title`);
    else endTitles.set(end.title, id);

    if (end.article !== undefined) {
      const checklists = ctx.articles.get(end.article);
      if (!checklists) {
        problems.push(
          `end "${id}" names article "${end.article}", which does not exist. Articles: ${quoteList([...ctx.articles.keys()].sort())}`,
        );
      } else if (end.checklist !== undefined && !checklists.has(end.checklist)) {
        problems.push(
          `end "${id}" names checklist "${end.checklist}", which is not in ${end.article}. Its checklists: ${quoteList(checklists.keys())}`,
        );
      }
    }
    if (end.channel !== undefined && !ctx.channels.includes(end.channel)) {
      problems.push(
        `end "${id}" names channel "${end.channel}", which is not an official channel readers are told to contact: ${quoteList(ctx.channels)}`,
      );
    }
    if (end.flow === flow.id) {
      problems.push(`end "${id}" leads to its own flow "${end.flow}": that would start the reader over; name another flow`);
    } else if (end.flow !== undefined && !(ctx.flows ?? []).includes(end.flow)) {
      problems.push(
        `end "${id}" names flow "${end.flow}", which does not exist. Flows: ${quoteList((ctx.flows ?? []).filter((f) => f !== flow.id))}`,
      );
    }
  }
  return problems;
}

export interface FlowResult {
  /** The flow, when it has no problems. */
  flow?: Flow;
  /** One line per problem, each starting with the file. */
  problems: string[];
}

/** Validates one flow file's parsed JSON. */
export function validateFlow(file: string, data: unknown, ctx: FlowContext): FlowResult {
  const parsed = flowSchema.safeParse(data);
  // Graph checks need well-formed data; schema problems come first and alone.
  if (!parsed.success) return { problems: parsed.error.issues.map((issue) => `${file}: ${describeIssue(issue)}`) };
  const problems = checkFlow(parsed.data, file, ctx);
  if (problems.length) return { problems: problems.map((p) => `${file}: ${p}`) };
  return { flow: parsed.data, problems: [] };
}

/**
 * Validates every flow, then what they must not share: ids, titles and positions. Returns the
 * valid flows in display order and every problem found in any file.
 */
export function validateFlows(files: readonly { file: string; data: unknown }[], ctx: FlowContext): { flows: Flow[]; problems: string[] } {
  const flows: Flow[] = [];
  const problems: string[] = [];
  const seen = { id: new Map<string, string>(), title: new Map<string, string>(), order: new Map<number, string>() };
  // An end may lead to any flow being checked (a flow's id is its file name).
  const all = { ...ctx, flows: ctx.flows ?? files.map(({ file }) => basename(file).replace(/\.json$/, '')) };
  for (const { file, data } of files) {
    const result = validateFlow(file, data, all);
    problems.push(...result.problems);
    if (!result.flow) continue;
    const flow = result.flow;
    for (const [field, value] of [
      ['id', flow.id],
      ['title', flow.title],
      ['order', flow.order],
    ] as const) {
      const map = seen[field] as Map<typeof value, string>;
      const other = map.get(value);
      if (other) problems.push(`${file}: field "${field}" ${JSON.stringify(value)} is already used by ${other}`);
      else map.set(value, file);
    }
    flows.push(flow);
  }
  return { flows: flows.sort((a, b) => a.order - b.order), problems };
}
