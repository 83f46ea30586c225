import { describe, expect, test } from 'vitest';
import { renderOnce, type FragmentCache } from '../../../src/lib/render/once.ts';

/** A render function that counts its calls and answers `html` (or fails with `error`) after a tick. */
function counted(html: string, error?: Error) {
	const calls = { count: 0 };
	const render = async () => {
		calls.count++;
		await new Promise((resolve) => setTimeout(resolve, 1));
		if (error) throw error;
		return html;
	};
	return { calls, render };
}

describe('renderOnce: a fragment per key, rendered on the first call', () => {
	test.each([
		{ name: 'one key asked three times', keys: ['site-header en /news/', 'site-header en /news/', 'site-header en /news/'], renders: 1 },
		{ name: 'three sections', keys: ['site-header en /news/', 'site-header en /events/', 'site-header en '], renders: 3 },
		{ name: 'two languages of one section', keys: ['site-header en /news/', 'site-header ar /news/', 'site-header en /news/'], renders: 2 },
	])('$name: $renders render(s)', async ({ keys, renders }) => {
		const cache: FragmentCache = new Map();
		const rendered: string[] = [];
		let count = 0;
		for (const key of keys)
			rendered.push(
				await renderOnce(cache, key, async () => {
					count++;
					return `<nav>${key}</nav>`;
				}),
			);
		expect(count).toBe(renders);
		expect(rendered).toEqual(keys.map((key) => `<nav>${key}</nav>`));
	});

	test('pages rendered side by side share the pending render', async () => {
		const cache: FragmentCache = new Map();
		const { calls, render } = counted('<footer>…</footer>');
		const pages = await Promise.all([1, 2, 3, 4].map(() => renderOnce(cache, 'site-footer en', render)));
		expect(calls.count).toBe(1);
		expect(pages).toEqual(Array(4).fill('<footer>…</footer>'));
	});

	test('a render that fails is not kept: each page that needs it fails with the cause', async () => {
		const cache: FragmentCache = new Map();
		const failing = counted('', new Error('t: no string "nav.home" in fr'));
		await expect(renderOnce(cache, 'site-header fr ', failing.render)).rejects.toThrow('no string "nav.home" in fr');
		expect(cache.has('site-header fr ')).toBe(false);
		await expect(renderOnce(cache, 'site-header fr ', failing.render)).rejects.toThrow('no string "nav.home" in fr');
		expect(failing.calls.count).toBe(2);
		const fixed = counted('<nav>fr</nav>');
		await expect(renderOnce(cache, 'site-header fr ', fixed.render)).resolves.toBe('<nav>fr</nav>');
	});
});
