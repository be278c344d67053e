import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

export type Theme = 'light' | 'dark' | 'projector';

/**
 * Every WCAG 2.1 A/AA and best-practice rule in the light theme; the other themes change only
 * colours, so there the colour rules. Fails with each violated rule and its first three nodes.
 */
export async function expectNoAxeViolations(page: Page, theme: Theme = 'light'): Promise<void> {
  // Only violations are read: skipping the passes' node lists keeps a long table page's run short.
  const axe = new AxeBuilder({ page }).options({ resultTypes: ['violations'] });
  if (theme === 'light') axe.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']);
  else axe.withRules(['color-contrast', 'link-in-text-block', 'focus-order-semantics']);
  const results = await axe.analyze();
  const summary = results.violations.map((v) => `${v.id} (${v.nodes.length}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
  expect(summary).toEqual([]);
}
