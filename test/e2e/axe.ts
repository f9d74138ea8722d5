/**
 * axe-core in the pane's page: the library is evaluated through the DevTools protocol (so the
 * task pane's strict Content-Security-Policy stays as it is, no script tag is added), then run
 * on the whole document.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { ROOT } from './harness';

const AXE_SOURCE = readFileSync(join(ROOT, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');

/** One axe violation, as the test reports it: the rule and the elements it names. */
export interface AxeProblem {
  rule: string;
  help: string;
  /** Each element: its selector, the start of its HTML and axe's summary of what fails. */
  targets: string[];
  /** Whether every element is a Fluent/tabster focus-trap dummy (`data-tabster-dummy`). */
  onlyTabsterDummies: boolean;
}

/**
 * The violations axe-core finds on the page as it is now (WCAG 2.1 A/AA rules and best
 * practices, as axe runs by default).
 *
 * @example
 * expect(allowed(await axeProblems(page))).toEqual([]);
 */
export async function axeProblems(page: Page): Promise<AxeProblem[]> {
  const loaded = await page.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe === 'object');
  if (!loaded) await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    type AxeNode = { target: string[]; html: string; failureSummary?: string };
    type AxeResult = { violations: { id: string; help: string; nodes: AxeNode[] }[] };
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<AxeResult> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      rule: v.id,
      help: v.help,
      targets: v.nodes.map((n) => `${n.target.join(' ')}: ${n.html.slice(0, 160)} — ${(n.failureSummary ?? '').replace(/\s+/g, ' ').slice(0, 200)}`),
      onlyTabsterDummies: v.nodes.every((n) => n.target.every((t) => document.querySelector(t)?.hasAttribute('data-tabster-dummy') ?? false)),
    }));
  });
}

/**
 * The violations left once Fluent's known one is set aside: `aria-hidden-focus` on tabster's
 * focus-trap dummies. A Fluent v9 Dialog (through tabster) puts a focusable, `aria-hidden` span
 * at each end of a modal so Tab wraps inside it; they carry `data-tabster-dummy`, take focus
 * only to send it on, and are not read. Any other element with that rule still fails.
 *
 * @example
 * expect(notAllowed(await axeProblems(page))).toEqual([]);
 */
export function notAllowed(problems: readonly AxeProblem[]): AxeProblem[] {
  return problems.filter((p) => !(p.rule === 'aria-hidden-focus' && p.onlyTabsterDummies));
}
