/**
 * The troubleshooter: walking a flow by its answers to a result and on to the article, the
 * browser's back button, a step opened from a shared link, and all of it without JavaScript.
 */
import type { Page } from '@playwright/test';
import { test, expect } from '../../../e2e/fixtures';

const question = (page: Page) => page.getByRole('heading', { level: 1 });
const answers = (page: Page) => page.locator('[data-answers]').getByRole('link');
const answer = (page: Page, label: string) => answers(page).and(page.getByRole('link', { name: label, exact: true }));

/** Home → 支付失败 → 没有提示 → 还是付不了 → 换了就能付 → the result → its article. */
async function walkPayments(page: Page) {
  await page.goto('/');
  const card = page.getByRole('region', { name: '不知道从哪里查起？' });
  await card.getByRole('link', { name: '支付失败', exact: true }).click();
  await expect(page).toHaveURL('/diagnose/payments/');
  await expect(question(page)).toHaveText('付款失败时，你看到了什么提示？');
  await expect(page.getByText('支付失败排查 · 第 1 步')).toBeVisible();

  await answer(page, '没有明确提示，或者一直转圈').click();
  await expect(page).toHaveURL('/diagnose/payments/network/');
  await expect(question(page)).toHaveText('换个网络后，还是付不了吗？');
  await expect(page.getByText('支付失败排查 · 第 2 步')).toBeVisible();

  await answer(page, '还是付不了').click();
  await expect(page).toHaveURL('/diagnose/payments/method/');
  await expect(page.getByText('支付失败排查 · 第 3 步')).toBeVisible();

  await answer(page, '换了就能付').click();
  await expect(page).toHaveURL('/diagnose/payments/end/card-problem/');
  await expect(question(page)).toHaveText('原来那张卡有问题');
  await expect(page.getByText('支付失败排查 · 排查结果')).toBeVisible();

  await page.getByRole('region', { name: '接着看这篇文章' }).getByRole('link', { name: '银行卡被拒或超出限额' }).click();
  await expect(page).toHaveURL('/payments/card-declined/');
  await expect(question(page)).toHaveText('银行卡被拒或超出限额');
}

test('answering questions leads from the home page to a result and its article', async ({ page }) => {
  await walkPayments(page);
});

test('the browser’s back button returns to the previous question, and forward again', async ({ page }) => {
  await page.goto('/diagnose/activation/');
  await answer(page, '和银行卡或手机号有关').click();
  await expect(page).toHaveURL('/diagnose/activation/card/');
  await answer(page, '“你的银行卡号有误”').click();
  await expect(page).toHaveURL('/diagnose/activation/end/card-number/');

  await page.goBack();
  await expect(page).toHaveURL('/diagnose/activation/card/');
  await expect(question(page)).toHaveText('绑卡时的提示是哪一种？');
  await page.goBack();
  await expect(page).toHaveURL('/diagnose/activation/');
  await expect(question(page)).toHaveText('开通失败时，你看到了什么提示？');
  await page.goForward();
  await expect(question(page)).toHaveText('绑卡时的提示是哪一种？');
});

test('a shared step opens directly, survives a reload, and links back and to the start', async ({ page }) => {
  await page.goto('/diagnose/account/verify/');
  await expect(page).toHaveTitle('账号被限制或冻结排查：第 2 步 自助验证进行得怎么样？ - 钱包帮助中心');
  await expect(question(page)).toHaveText('自助验证进行得怎么样？');
  await page.reload();
  await expect(question(page)).toHaveText('自助验证进行得怎么样？');

  const nav = page.getByRole('navigation', { name: '排查导航' });
  await nav.getByRole('link', { name: '上一步' }).click();
  await expect(page).toHaveURL('/diagnose/account/');
  await page.goto('/diagnose/account/end/verify-failed/');
  await nav.getByRole('link', { name: '重新开始' }).click();
  await expect(page).toHaveURL('/diagnose/account/');
  await expect(question(page)).toHaveText('登录时的提示说的是哪种情况？');
});

test('answers are large tap targets', async ({ page }) => {
  await page.goto('/diagnose/activation/card/');
  const links = answers(page);
  await expect(links).toHaveCount(5);
  for (const box of await links.evaluateAll((as) => as.map((a) => a.getBoundingClientRect()))) {
    expect(box.height).toBeGreaterThanOrEqual(48);
    expect(box.width).toBeGreaterThan(250);
  }
});

test('a result that needs the official channel offers a call or the official site', async ({ page }) => {
  await page.goto('/diagnose/payments/end/call/');
  const channel = page.getByRole('region', { name: '联系官方渠道' });
  await expect(channel.getByRole('link', { name: '拨打微信支付客服 95017' })).toHaveAttribute('href', 'tel:95017');

  await page.goto('/diagnose/account/end/unfreeze/');
  const site = page.getByRole('region', { name: '联系官方渠道' }).getByRole('link', { name: /微信安全中心/ });
  await expect(site).toHaveAttribute('href', 'https://weixin110.qq.com/');
  await expect(site).toHaveAttribute('rel', 'noopener noreferrer');
});

test('a result can hand over to another flow, which starts at its first question', async ({ page }) => {
  await page.goto('/diagnose/wrong-transfer/');
  await answer(page, '是别人催我转的，怕被骗了').click();
  await expect(page).toHaveURL('/diagnose/wrong-transfer/end/scam/');
  const next = page.getByRole('region', { name: '接着回答几个问题' });
  await next.getByRole('link', { name: '开始我可能被骗了排查' }).click();
  await expect(page).toHaveURL('/diagnose/scam/');
  await expect(question(page)).toHaveText('现在是什么情况？');
  await expect(answers(page).first()).toHaveText('有人正在电话或视频里和我说话');
});

test('a result names the checklist in its article', async ({ page }) => {
  await page.goto('/diagnose/activation/end/unclear/');
  const next = page.getByRole('region', { name: '接着看这篇文章' });
  await expect(next.getByRole('link', { name: '微信钱包开通失败怎么办' })).toHaveAttribute('href', /^\/activation\/activation-failed\/(#activation-failed-precheck)?$/);
  await expect(next).toContainText('“开通前自查”清单');
});

test('the overview lists the seven flows, money at risk first; articles a flow ends at link to it, others do not', async ({ page }) => {
  await page.goto('/diagnose/');
  await expect(question(page)).toHaveText('一步一步排查');
  const flows = page.locator('[data-flows]').getByRole('link');
  await expect(flows).toHaveCount(7);
  await expect(flows.first()).toHaveAttribute('href', '/diagnose/scam/');

  for (const [article, flow] of [
    ['/activation/activation-failed/', '/diagnose/activation/'],
    ['/payments/payment-failed/', '/diagnose/payments/'],
    ['/account/frozen-account/', '/diagnose/account/'],
    ['/fraud/common-scams/', '/diagnose/payments/'],
  ] as const) {
    await page.goto(article);
    const box = page.getByRole('region', { name: '不确定是不是这个原因？' });
    await expect(box.getByRole('link'), article).toHaveAttribute('href', flow);
  }
  await page.goto('/tips/wallet-features/');
  await expect(page.getByRole('region', { name: '不确定是不是这个原因？' })).toHaveCount(0);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('every step is an ordinary link: the whole walk works', async ({ page }) => {
    await walkPayments(page);
  });

  test('back and a directly opened step work too', async ({ page }) => {
    await page.goto('/diagnose/account/');
    await answer(page, '手机丢了，或者是我自己冻结的').click();
    await answer(page, '还没有，手机可能在别人手里').click();
    await expect(page).toHaveURL('/diagnose/account/end/still-lost/');
    await expect(page.getByRole('link', { name: '开始手机丢了或被偷排查' })).toHaveAttribute('href', '/diagnose/lost-phone/');
    await page.goBack();
    await expect(question(page)).toHaveText('手机找回来了，或者补好手机卡了吗？');
    await page.goto('/diagnose/activation/network/');
    await expect(question(page)).toHaveText('换个网络后，钱包开通了吗？');
  });
});
