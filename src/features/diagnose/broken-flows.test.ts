/**
 * Proves that a mistake in a troubleshooter flow stops the real build with a message naming the
 * file and the step, answer or end. Builds the site with a folder of broken flows.
 */
import { expect, it } from 'vitest';
import { runAstroOnFixture } from '../../../tests/astro-fixture';

it('a broken flow fails the build, naming file and step', () => {
  const { status, output } = runAstroOnFixture('build', { flows: 'flows-broken' });
  expect(status).not.toBe(0);
  expect(output).toContain('Troubleshooter flows are invalid');
  expect(output).toContain('tests/fixtures/flows-broken/payments.json: step "network" answer 2 ("还是失败") leads to "retry", which is not a step or an end');
  expect(output).toContain('tests/fixtures/flows-broken/payments.json: steps form a loop: prompt → network → prompt');
  expect(output).toContain('tests/fixtures/flows-broken/payments.json: end "card" names article "payments/no-such-article", which does not exist');
  expect(output).toContain('tests/fixtures/flows-broken/account.json: end "unsure" names channel "12381"');
  expect(output).toContain('tests/fixtures/flows-broken/account.json: end "lost" names flow "lost-phone", which does not exist');
});
