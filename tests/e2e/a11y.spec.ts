/**
 * axe-core on one page of every template, as deployed (nginx, sub-path, CSP):
 * no violation of WCAG 2.2 AA. Run at a desktop and a phone width, since the
 * layout (and so contrast, overlap and target sizes) changes between them.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { TEMPLATE_PAGES } from './templates.ts';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

for (const viewport of [
	{ width: 1280, height: 900 },
	{ width: 375, height: 740 },
]) {
	test.describe(`${viewport.width}px wide`, () => {
		test.use({ viewport });
		for (const { name, path } of TEMPLATE_PAGES) {
			test(`${name}: no WCAG 2.2 AA violations`, async ({ page }) => {
				await page.goto(path);
				if (name.startsWith('search')) await expect(page.locator('#search-results > li').first()).toBeVisible();
				const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
				const summary = violations.map(
					(violation) =>
						`${violation.id} (${violation.impact}): ${violation.help}\n${violation.nodes.map((node) => `  ${node.target.join(' ')}: ${node.failureSummary}`).join('\n')}`,
				);
				expect(summary, summary.join('\n')).toEqual([]);
			});
		}
	});
}
