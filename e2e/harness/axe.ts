import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * React Aria hides everything outside an open combobox's input and list with aria-hidden
 * (useComboBox's ariaHideOutside, no inert option), so axe's aria-hidden-focus flags the
 * page behind it while the list is open. Only that state may set this aside.
 */
export const OPEN_COMBOBOX_RULES = ['aria-hidden-focus'] as const;

/** Fails with a readable list (rule, impact, first nodes) when axe finds WCAG 2.2 A/AA violations. */
export async function expectNoAxeViolations(page: Page, label: string, setAside: readonly string[] = []): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(wcagTags).disableRules([...setAside]).analyze();
  const summary = results.violations.map((violation) => ({
    rule: violation.id,
    impact: violation.impact,
    nodes: violation.nodes.slice(0, 3).map((node) => node.target.join(' ')),
  }));
  expect(summary, `axe violations on ${label}`).toEqual([]);
}
