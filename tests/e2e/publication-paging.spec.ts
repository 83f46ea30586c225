/** A publication with editions, identifiers and files (tests/fixtures/scholarly, in the paging site): read by role, and no WCAG 2.2 AA violation at phone and desktop widths. */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

const PAGE = './publications/global-study-on-smuggling-of-migrants-2018/';

test('a reader finds each edition, its file and identifiers, and the citation files', async ({ page }) => {
	await page.goto(PAGE);
	const editions = page.getByRole('region', { name: 'Editions and files' });
	await expect(editions.getByRole('heading', { name: 'English edition', level: 3 })).toBeVisible();
	await expect(editions.getByRole('link', { name: /Download: English \(PDF\)/ })).toHaveAttribute('href', /GLOSOM_2018_web_small\.pdf$/);
	await expect(editions.getByRole('link', { name: 'https://doi.org/10.18356/9789210451819' })).toBeVisible();
	const cite = page.getByRole('region', { name: 'Cite this publication' });
	await expect(cite.getByText('United Nations Office on Drugs and Crime. (2018).')).toBeVisible();
	for (const name of ['BibTeX (.bib)', 'RIS (.ris)', 'CSL-JSON (.json)']) await expect(cite.getByRole('link', { name })).toBeVisible();
	const response = await page.request.get(`${PAGE}cite.ris`);
	expect(await response.text()).toMatch(/^TY {2}- RPRT\r\n/);
});

for (const viewport of [
	{ width: 1280, height: 900 },
	{ width: 320, height: 740 },
]) {
	test(`${viewport.width}px: no WCAG 2.2 AA violations, nothing wider than the screen`, async ({ page }) => {
		await page.setViewportSize(viewport);
		await page.goto(PAGE);
		const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
		expect(violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
	});
}
