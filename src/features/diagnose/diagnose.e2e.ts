/**
 * The troubleshooter: walking a flow by its answers to a result and on to the article, the
 * browser's back button and a step opened from a shared link. Without JavaScript the pages are the
 * same plain links (tests/dist/no-javascript.test.ts).
 *
 * The flows, their words and the articles they lead to are read from the content (as the build
 * loads them), and the paths are chosen by the flows' shape, so rewording a question, an answer or
 * an article changes nothing here. What the pages say (the overview's list, a result's official
 * channel and checklist, the articles' links to flows) is read from the built HTML in
 * tests/dist/flows.test.ts.
 */
import type { Page } from '@playwright/test';
import { test, expect } from '../../../e2e/fixtures';
import { article, flows } from '../../../tools/content';
import { ui } from '../../i18n/zh-CN';
import { endHref, fill, flowHref, flowName, stepHref, stepLabel, stepTitle } from './flow-pages';
import type { Flow } from './flow-schema';
import { URGENT_FLOWS } from '../urgent/urgent';

const ALL = flows();

const question = (page: Page) => page.getByRole('heading', { level: 1 });
const answers = (page: Page) => page.locator('[data-answers]').getByRole('link');
const answer = (page: Page, label: string) => answers(page).and(page.getByRole('link', { name: label, exact: true }));

/** A way through a flow: the steps in order, the answer chosen at each, and the end reached. */
interface Path {
  flow: Flow;
  steps: string[];
  labels: string[];
  end: string;
}

/** Every path from a flow's first question to an end, in the order of the answers. */
function pathsOf(flow: Flow): Path[] {
  const out: Path[] = [];
  const walk = (stepId: string, steps: string[], labels: string[]) => {
    for (const a of flow.steps[stepId]!.answers) {
      if (Object.hasOwn(flow.steps, a.next)) walk(a.next, [...steps, a.next], [...labels, a.label]);
      else out.push({ flow, steps, labels: [...labels, a.label], end: a.next });
    }
  };
  walk(flow.start, [flow.start], []);
  return out;
}
const ALL_PATHS = ALL.flatMap(pathsOf);

/** The longest walk that ends at an article: the most questions a reader can be asked. */
const LONGEST = ALL_PATHS.filter((p) => p.flow.ends[p.end]!.article).sort((a, b) => b.steps.length - a.steps.length)[0]!;

/** Home → the flow's button → every question of the longest walk → its result → the article. */
async function walkLongest(page: Page) {
  const { flow, steps, labels, end } = LONGEST;
  await page.goto('/');
  const card = page.getByRole('region', { name: ui['diagnose.homeTitle'] });
  await card.getByRole('link', { name: flow.title, exact: true }).click();
  for (const [i, id] of steps.entries()) {
    await expect(page).toHaveURL(stepHref(flow, id));
    await expect(question(page)).toHaveText(flow.steps[id]!.question);
    await expect(page.getByText(`${flowName(flow)} · ${stepLabel(i + 1)}`)).toBeVisible();
    await answer(page, labels[i]!).click();
  }
  await expect(page).toHaveURL(endHref(flow.id, end));
  await expect(question(page)).toHaveText(flow.ends[end]!.title);
  await expect(page.getByText(`${flowName(flow)} · ${ui['diagnose.result']}`)).toBeVisible();

  const target = article(flow.ends[end]!.article!);
  await page.getByRole('region', { name: ui['diagnose.readArticle'] }).getByRole('link', { name: target.data.title, exact: true }).click();
  await expect(page).toHaveURL(target.href);
  await expect(question(page)).toHaveText(target.data.title);
}

test('the walk under test asks several questions', () => {
  expect(ALL.length).toBeGreaterThanOrEqual(1);
  expect(LONGEST.steps.length).toBeGreaterThanOrEqual(3);
});

test('answering questions leads from the home page to a result and its article', async ({ page }) => {
  await walkLongest(page);
});

// Moving around flows, in one page (each part used to start a page of its own).
test('moving around: back and forward between questions, a shared step opened directly, a result handing over to another flow', async ({
  page,
}) => {
  await test.step('the browser’s back button returns to the previous question, and forward again', async () => {
    // Two questions, then an end.
    const { flow, steps, labels, end } = ALL_PATHS.find((p) => p.steps.length === 2)!;
    const [first, second] = steps as [string, string];
    await page.goto(flowHref(flow.id));
    await answer(page, labels[0]!).click();
    await expect(page).toHaveURL(stepHref(flow, second));
    await answer(page, labels[1]!).click();
    await expect(page).toHaveURL(endHref(flow.id, end));

    await page.goBack();
    await expect(page).toHaveURL(stepHref(flow, second));
    await expect(question(page)).toHaveText(flow.steps[second]!.question);
    await page.goBack();
    await expect(page).toHaveURL(stepHref(flow, first));
    await expect(question(page)).toHaveText(flow.steps[first]!.question);
    await page.goForward();
    await expect(question(page)).toHaveText(flow.steps[second]!.question);
  });

  await test.step('a shared step opens directly, survives a reload, and links back and to the start', async () => {
    // A second question that only the first leads to, so the page can offer 上一步.
    const flow = ALL.at(-1)!;
    const second = flow.steps[flow.start]!.answers.map((a) => a.next).find(
      (id) => Object.hasOwn(flow.steps, id) && Object.values(flow.steps).filter((s) => s.answers.some((a) => a.next === id)).length === 1,
    )!;
    expect(second).toBeDefined();
    await page.goto(stepHref(flow, second));
    await expect(page).toHaveTitle(`${stepTitle(flow, second, 2)} - ${ui['site.name']}`);
    await expect(question(page)).toHaveText(flow.steps[second]!.question);
    await page.reload();
    await expect(question(page)).toHaveText(flow.steps[second]!.question);

    const nav = page.getByRole('navigation', { name: ui['diagnose.nav'] });
    await nav.getByRole('link', { name: ui['diagnose.previous'] }).click();
    await expect(page).toHaveURL(flowHref(flow.id));
    await page.goto(endHref(flow.id, Object.keys(flow.ends)[0]!));
    await nav.getByRole('link', { name: ui['diagnose.restart'] }).click();
    await expect(page).toHaveURL(flowHref(flow.id));
    await expect(question(page)).toHaveText(flow.steps[flow.start]!.question);
  });

  await test.step('a result can hand over to another flow, which starts at its first question', async () => {
    const path = ALL_PATHS.find((p) => p.flow.ends[p.end]!.flow)!;
    const target = ALL.find((f) => f.id === path.flow.ends[path.end]!.flow)!;
    await page.goto(flowHref(path.flow.id));
    for (const label of path.labels) await answer(page, label).click();
    await expect(page).toHaveURL(endHref(path.flow.id, path.end));
    const next = page.getByRole('region', { name: ui['diagnose.nextFlow'] });
    await next.getByRole('link', { name: fill(ui['diagnose.articleLink'], { flow: flowName(target) }) }).click();
    await expect(page).toHaveURL(flowHref(target.id));
    await expect(question(page)).toHaveText(target.steps[target.start]!.question);
  });
});

test('answers are large tap targets', async ({ page }) => {
  // The question with the most answers.
  const [flow, id] = ALL.flatMap((f) => Object.keys(f.steps).map((id) => [f, id] as const)).sort(
    ([fa, a], [fb, b]) => fb.steps[b]!.answers.length - fa.steps[a]!.answers.length,
  )[0]!;
  await page.goto(stepHref(flow, id));
  const links = answers(page);
  await expect(links).toHaveCount(flow.steps[id]!.answers.length);
  for (const box of await links.evaluateAll((as) => as.map((a) => a.getBoundingClientRect()))) {
    expect(box.height).toBeGreaterThanOrEqual(48);
    expect(box.width).toBeGreaterThan(250);
  }
});

// The flows for money at risk now: a reader in a hurry, maybe on a keyboard, must get through. One
// walk per flow by keyboard, its longest, one flow after another in one page (a fresh page for each
// cost a second apiece and tested nothing more); that every end is linked at all is checked over the
// built pages for every flow (tests/dist/flows.test.ts).
test(`the urgent flows (${URGENT_FLOWS.join(', ')}) are each walked to an end by keyboard`, async ({ page }) => {
  for (const id of URGENT_FLOWS) {
    const paths = ALL_PATHS.filter((p) => p.flow.id === id);
    expect(paths.length, id).toBeGreaterThan(1);
    const { flow, labels, end } = paths.reduce((a, b) => (b.labels.length > a.labels.length ? b : a));
    await page.goto(flowHref(flow.id));
    for (const label of labels) {
      await answer(page, label).focus();
      await page.keyboard.press('Enter');
    }
    await expect(page, labels.join(' → ')).toHaveURL(endHref(flow.id, end));
    await expect(question(page)).toHaveText(flow.ends[end]!.title);
  }
});
