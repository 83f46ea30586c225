/**
 * The site in six languages, as a reader meets it, on the fixture of entries
 * in every language (tests/fixtures/i18n-content/README.md): the language
 * switcher keeps the reader on the same entry; every page says its language
 * and direction; search finds words by their language's rules; every Arabic
 * and Chinese template passes axe, and Arabic reflows at 320 px.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

const COURSE = 'unodc-launches-an-online-course-on-investigating-migrant-smuggling';
const COURSE_TITLES: Record<string, string> = {
	en: 'UNODC launches an online course on investigating migrant smuggling',
	fr: 'L’ONUDC lance un cours en ligne sur les enquêtes en matière de trafic illicite de migrants',
	es: 'La UNODC pone en marcha un curso en línea sobre la investigación del tráfico ilícito de migrantes',
	ru: 'ЮНОДК представило онлайн-курс по расследованию незаконного ввоза мигрантов',
	ar: 'مكتب الأمم المتحدة المعني بالمخدرات والجريمة يطلق دورة إلكترونية بشأن التحقيق في جرائم تهريب المهاجرين',
	zh: '毒品和犯罪问题办公室推出偷运移民案件调查在线课程',
};
const ALEXANDRIA = 'حلقة عمل في الإسكندرية بشأن التصدي لتهريب المهاجرين عن طريق البحر';
const MEKONG = '大湄公河次区域边境联络办公室打击偷运移民区域研讨会';
const ATLANTIC = 'Document thématique : le trafic illicite de migrants sur la route atlantique';

/** One page of every template in a language that has pages of its own in the fixture. */
const templates = (lang: 'ar' | 'zh') => [
	{ name: 'home', path: `./${lang}/` },
	{ name: 'news listing', path: `./${lang}/news/` },
	{ name: 'events listing', path: `./${lang}/events/` },
	{ name: 'publications listing', path: `./${lang}/publications/` },
	{ name: 'news item (a translation)', path: `./${lang}/news/${COURSE}/` },
	lang === 'ar'
		? { name: 'news item (an original)', path: './ar/news/workshop-in-alexandria-on-countering-migrant-smuggling-by-sea/' }
		: { name: 'event (an original)', path: './zh/events/regional-seminar-for-border-liaison-offices-in-the-greater-mekong-subregion/' },
	{ name: 'topics index', path: `./${lang}/topics/` },
	{ name: 'topic', path: `./${lang}/topics/migrant-smuggling/` },
	{ name: 'regions index', path: `./${lang}/regions/` },
	{ name: 'region', path: `./${lang}/regions/americas/` },
	{ name: 'archive', path: `./${lang}/archive/` },
	{ name: 'year', path: `./${lang}/archive/2020/` },
	{ name: 'search listing everything', path: `./${lang}/search/` },
	{ name: 'search with results', path: `./${lang}/search/?q=${encodeURIComponent(lang === 'ar' ? 'صياد' : '边境联络办公室')}` },
];

const resultTitles = (page: Page) => page.locator('#search-results .card__title');

/** Waits for the search page to answer: results, or its summary of none. */
async function searched(page: Page) {
	await expect(page.locator('#search-summary')).not.toHaveText('');
	await expect(page.locator('#search-summary')).not.toHaveText(/…$/);
}

test.describe('the language switcher', () => {
	test('keeps the reader on the same entry in every language, each named in itself', async ({ page }) => {
		await page.goto(`./news/${COURSE}/`);
		const names = { ar: 'العربية', zh: '中文', fr: 'Français', ru: 'Русский', es: 'Español', en: 'English' } as const;
		for (const [lang, name] of Object.entries(names)) {
			const switcher = page.getByRole('navigation', { name: /Languages|Langues|Idiomas|Языки|اللغات|语言/ });
			const link = switcher.getByRole('link', { name, exact: true });
			await expect(link).toHaveAttribute('hreflang', lang);
			await expect(link).toHaveAttribute('lang', lang);
			await link.click();
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(COURSE_TITLES[lang]!);
			await expect(page.locator('html')).toHaveAttribute('lang', lang);
			await expect(page.locator('html')).toHaveAttribute('dir', lang === 'ar' ? 'rtl' : 'ltr');
		}
	});

	test('an entry with no translation into a language leads to that language’s section', async ({ page }) => {
		await page.goto('./ru/news/workshop-in-chisinau-on-investigating-migrant-smuggling-cases/');
		await page.getByRole('link', { name: 'Français', exact: true }).click();
		await expect(page).toHaveURL(/\/fr\/news\/$/);
		await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
	});

	test('an entry lists its other versions, each in its own language', async ({ page }) => {
		await page.goto(`./fr/news/${COURSE}/`);
		const versions = page.locator('.entry__translations');
		await expect(versions.getByRole('link')).toHaveCount(5);
		await expect(versions.getByRole('link', { name: 'العربية' })).toHaveAttribute('dir', 'rtl');
	});
});

test('every page of the site says its language and direction', async ({ request }) => {
	const sitemap = await (await request.get('./sitemap-0.xml')).text();
	const urls = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname);
	expect(urls.length).toBeGreaterThan(100);
	for (const path of urls) {
		const lang = /^\/(ar|zh|fr|ru|es)\//.exec(path)?.[1] ?? 'en';
		const response = await request.get(`.${path}`);
		expect(response.status(), path).toBe(200);
		const html = /<html[^>]*>/.exec(await response.text())?.[0] ?? '';
		expect(html, path).toBe(`<html lang="${lang}" dir="${lang === 'ar' ? 'rtl' : 'ltr'}">`);
	}
});

test.describe('a listing in a language', () => {
	test('shows each work in that language where a version exists, otherwise the original, marked with its language', async ({ page }) => {
		await page.goto('./fr/news/');
		await expect(page.getByRole('link', { name: COURSE_TITLES['fr']!, exact: true })).toBeVisible();
		await expect(page.getByRole('link', { name: COURSE_TITLES['en']!, exact: true })).toHaveCount(0);
		const alexandria = page.locator('.card', { has: page.getByRole('link', { name: ALEXANDRIA }) });
		await expect(alexandria.locator('.card__language')).toHaveText('En arabe');
		await expect(alexandria.getByRole('heading')).toHaveAttribute('lang', 'ar');
		await expect(alexandria.getByRole('heading')).toHaveAttribute('dir', 'rtl');
	});
});

test.describe('search in each language', () => {
	test('Arabic: a different inflection of a word finds the Arabic entry', async ({ page }) => {
		await page.goto(`./ar/search/?q=${encodeURIComponent('صياد')}`);
		await searched(page);
		await expect(resultTitles(page)).toHaveText([ALEXANDRIA]);
		await expect(page.locator('#search-results mark').first()).toHaveText('الصيادين');
	});

	test('Chinese: an unspaced phrase finds the Chinese entry', async ({ page }) => {
		await page.goto(`./zh/search/?q=${encodeURIComponent('边境联络办公室')}`);
		await searched(page);
		await expect(resultTitles(page)).toHaveText([MEKONG]);
	});

	test('French from the English page: only with other languages included, and marked as French', async ({ page }) => {
		await page.goto('./search/?q=pirogues');
		await searched(page);
		await expect(resultTitles(page)).toHaveCount(0);
		// Nothing in English: the summary names the box that searches the other languages too.
		await expect(page.locator('#search-summary')).toContainText('select “Include results in other languages” to search them all.');
		await page.getByRole('checkbox', { name: 'Include results in other languages' }).check();
		await expect(resultTitles(page)).toHaveText([ATLANTIC]);
		await expect(page).toHaveURL(/languages=all/);
		const card = page.locator('#search-results .card');
		await expect(card.locator('.card__language')).toHaveText('In French');
		await expect(card.getByRole('heading')).toHaveAttribute('lang', 'fr');
		// Back to the page's language only.
		await page.getByRole('checkbox', { name: 'Include results in other languages' }).uncheck();
		await expect(resultTitles(page)).toHaveCount(0);
	});

	test('the French page finds the French entry by a singular of the word, with French labels and dates', async ({ page }) => {
		await page.goto('./fr/search/?q=pirogue');
		await searched(page);
		await expect(resultTitles(page)).toHaveText([ATLANTIC]);
		await expect(page.locator('#search-results time')).toHaveText('20 mars 2019');
		await expect(page.locator('#search-results .type-label')).toHaveText('Document thématique');
	});

	test('browsing lists each work once, in the page’s language where it exists; other languages add every version', async ({ page }) => {
		await page.goto('./es/search/?type=news');
		await searched(page);
		await expect(resultTitles(page)).toHaveCount(3);
		await expect(page.getByRole('link', { name: COURSE_TITLES['es']!, exact: true })).toBeVisible();
		await page.getByRole('checkbox', { name: /otros idiomas/ }).check();
		await expect(resultTitles(page)).toHaveCount(8);
	});
});

for (const lang of ['ar', 'zh'] as const) {
	for (const viewport of [
		{ width: 1280, height: 900 },
		{ width: 375, height: 740 },
	]) {
		test.describe(`${lang}, ${viewport.width}px wide`, () => {
			test.use({ viewport });
			for (const { name, path } of templates(lang)) {
				test(`${name}: no WCAG 2.2 AA violations`, async ({ page }) => {
					await page.goto(path);
					if (name.startsWith('search')) await expect(resultTitles(page).first()).toBeVisible();
					const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
					const summary = violations.map(
						(violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
					);
					expect(summary, summary.join('\n')).toEqual([]);
				});
			}
		});
	}
}

test.describe('Arabic at 320 px', () => {
	test.use({ viewport: { width: 320, height: 720 } });
	for (const { name, path } of templates('ar')) {
		test(`${name}: no horizontal scrolling`, async ({ page }) => {
			await page.goto(path);
			if (name.startsWith('search')) await expect(resultTitles(page).first()).toBeVisible();
			// Right to left, overflow sticks out on the left: measure both sides.
			const overflow = await page.evaluate(() => {
				const width = document.documentElement.clientWidth;
				const out = [...document.querySelectorAll('body *')].find((element) => {
					const box = element.getBoundingClientRect();
					return box.width > 0 && (box.right > width + 0.5 || box.left < -0.5);
				});
				return { scroll: document.documentElement.scrollWidth - width, out: out ? `${out.tagName.toLowerCase()}.${out.className}` : '' };
			});
			expect(overflow.scroll, overflow.out).toBeLessThanOrEqual(0);
			expect(overflow.out).toBe('');
		});
	}
});
