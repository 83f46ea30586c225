/**
 * The search page: runs Pagefind's JS API from the state in the URL, renders
 * results and per-value filter counts, and keeps the URL in step so a view can
 * be shared and the back button restores it. Plain TypeScript, no framework.
 */
import {
	FILTER_KEYS,
	isEmptyState,
	pagefindFilters,
	pagefindSort,
	parseSearchState,
	startingState,
	toQueryString,
	type FilterKey,
	type SearchState,
} from '../lib/search/state.ts';
import { createTranslator, type Message } from '../lib/i18n/translate.ts';
import { resultItem, type ResultData } from './search-render.ts';

interface PagefindResult {
	id: string;
	data: () => Promise<ResultData>;
}
interface PagefindResponse {
	results: PagefindResult[];
	filters: Record<string, Record<string, number>>;
}
interface Pagefind {
	options: (options: Record<string, unknown>) => Promise<void>;
	search: (query: string | null, options: Record<string, unknown>) => Promise<PagefindResponse | null>;
	filters: () => Promise<Record<string, Record<string, number>>>;
}

const PAGE = 10;

export function startSearch(root: HTMLElement | null): void {
	if (!root) return;
	// The page's messages in its language, plural forms included (src/pages/search/index.astro).
	const strings = JSON.parse(root.dataset['strings'] ?? '{}') as Record<string, Message>;
	const say = createTranslator(root.dataset['locale'] ?? 'en-GB', strings, strings);
	const lang = root.dataset['lang'] ?? 'en';
	const base = root.dataset['base'] ?? '/';
	const form = root.querySelector('form')!;
	const input = root.querySelector<HTMLInputElement>('#search-query')!;
	const status = root.querySelector<HTMLElement>('#search-status')!;
	const list = root.querySelector<HTMLOListElement>('#search-results')!;
	const more = root.querySelector<HTMLButtonElement>('#search-more')!;
	const browse = root.querySelector<HTMLElement>('#search-browse')!;
	const filtersBox = root.querySelector<HTMLDetailsElement>('#search-filters')!;
	const filtersSummary = filtersBox.querySelector('summary')!;
	const filtersLabel = filtersSummary.textContent ?? '';
	// Filters sit beside the results on wide screens; on phones they fold away above them.
	if (matchMedia('(min-width: 50rem)').matches) filtersBox.open = true;

	// Two indexes: full text (ranked by relevance) for queries, and a small one
	// with a date sort for browsing by filter, newest first (see src/lib/search/record.ts).
	const engines: Partial<Record<'search' | 'browse', Promise<Pagefind>>> = {};
	const loadPagefind = (mode: 'search' | 'browse') =>
		(engines[mode] ??= (import(/* @vite-ignore */ `${base}${mode === 'search' ? 'pagefind' : 'pagefind-browse'}/pagefind.js`) as Promise<Pagefind>).then(
			async (module) => {
				await module.options({ baseUrl: base, excerptLength: 28 });
				return module;
			},
		));
	const modeOf = (state: SearchState) => (state.q ? 'search' : 'browse');

	const formData = () => new URLSearchParams([...new FormData(form).entries()].map(([key, value]) => [key, String(value)]));
	const readForm = (): SearchState => parseSearchState(formData());
	const writeForm = (state: SearchState) => {
		input.value = state.q;
		for (const box of form.querySelectorAll<HTMLInputElement>('input[type=checkbox]'))
			box.checked = state.filters[box.name as FilterKey]?.includes(box.value) ?? false;
		const ticked = FILTER_KEYS.reduce((sum, key) => sum + state.filters[key].length, 0);
		filtersSummary.textContent = ticked ? `${filtersLabel} (${ticked})` : filtersLabel;
	};

	let run = 0;
	let shown: PagefindResult[] = [];
	let rendered = 0;

	async function showMore(focusFirst: boolean) {
		const batch = shown.slice(rendered, rendered + PAGE);
		const current = run;
		const items = (await Promise.all(batch.map((result) => result.data()))).map((data) => resultItem(data, lang));
		if (current !== run) return;
		list.append(...items);
		rendered += batch.length;
		more.hidden = rendered >= shown.length;
		if (focusFirst) items[0]?.querySelector('a')?.focus();
	}

	/** Shows counts next to filter values, or clears them (`null`) when there is nothing to count. */
	function showCounts(counts: Partial<Record<FilterKey, Record<string, number>>> | null) {
		for (const node of root!.querySelectorAll<HTMLElement>('[data-count-for]')) {
			const [key, value] = (node.dataset['countFor'] ?? '').split(':') as [FilterKey, string];
			const count = counts?.[key]?.[value] ?? 0;
			node.textContent = counts ? `(${count})` : '';
			node.closest('li')?.classList.toggle('is-empty', counts !== null && count === 0);
		}
	}

	async function search(state: SearchState) {
		const current = ++run;
		list.replaceChildren();
		more.hidden = true;
		browse.hidden = true;
		shown = [];
		rendered = 0;
		if (isEmptyState(state)) {
			status.textContent = say('search.prompt');
			showCounts(null);
			return;
		}
		status.textContent = say('search.loading');
		let engine: Pagefind;
		try {
			engine = await loadPagefind(modeOf(state));
		} catch {
			delete engines[modeOf(state)];
			status.textContent = say('search.unavailable');
			browse.hidden = false;
			return;
		}
		const query = state.q || null;
		const response = await engine.search(query, { filters: pagefindFilters(state), sort: pagefindSort(state) });
		if (!response || current !== run) return;
		shown = response.results;
		const count = shown.length;
		if (count === 0) {
			status.textContent = `${state.q ? say('search.noResults', { q: state.q }) : say('search.noResultsFiltered')} ${say('search.noResultsHelp')}`;
			browse.hidden = false;
			return;
		}
		const summary = state.q ? say('search.resultsFor', { count, q: state.q }) : say('search.results', { count });
		// Announce the count once the first results are on the page.
		await showMore(false);
		if (current !== run) return;
		status.textContent = `${summary} ${say(state.q ? 'search.sortedRelevance' : 'search.sortedDate')}`;
		if (countsWanted) await updateCounts(state, current);
	}

	/**
	 * Result counts per filter value, as if that value were ticked too. Counting
	 * needs every filter's data (the largest part of the index on a big site), so
	 * it is fetched only once a reader turns to the filters — opens, hovers or
	 * focuses them, or arrives with filters ticked — and a plain query stays light.
	 */
	let countsWanted = FILTER_KEYS.some((key) => parseSearchState(location.search).filters[key].length > 0);
	const wantCounts = () => {
		if (countsWanted || !filtersBox.open) return;
		countsWanted = true;
		void updateCounts(readForm());
	};
	const filtersLoaded = new Map<Pagefind, Promise<unknown>>();
	async function updateCounts(state: SearchState, current = run) {
		const loading = engines[modeOf(state)];
		if (isEmptyState(state) || !loading) return;
		const engine = await loading.catch(() => undefined);
		if (!engine) return;
		if (!filtersLoaded.has(engine)) filtersLoaded.set(engine, engine.filters());
		await filtersLoaded.get(engine);
		const query = state.q || null;
		const all = await engine.search(query, { filters: pagefindFilters(state) });
		const counts: Partial<Record<FilterKey, Record<string, number>>> = {};
		// Within a filter, ticks combine with OR: count a filter with ticks as if its own ticks were off.
		await Promise.all(
			FILTER_KEYS.map(async (key) => {
				const response = state.filters[key].length ? await engine.search(query, { filters: pagefindFilters(state, key) }) : all;
				counts[key] = response?.filters[key] ?? {};
			}),
		);
		if (current === run) showCounts(counts);
	}

	// History: the first keystroke after a committed view starts a new entry, later
	// keystrokes replace it; Enter or a filter commits. Back then restores the previous view.
	let typingEntry = false;
	function update(trigger: 'typing' | 'commit') {
		const state = readForm();
		const url = `${location.pathname}${toQueryString(state)}`;
		if (url !== `${location.pathname}${location.search}`) {
			if (typingEntry) history.replaceState(null, '', url);
			else history.pushState(null, '', url);
		}
		typingEntry = trigger === 'typing';
		void search(state);
	}

	let typing: ReturnType<typeof setTimeout> | undefined;
	input.addEventListener('input', () => {
		clearTimeout(typing);
		typing = setTimeout(() => update('typing'), 250);
	});
	form.addEventListener('submit', (event) => {
		event.preventDefault();
		clearTimeout(typing);
		update('commit');
	});
	form.addEventListener('change', (event) => {
		if ((event.target as HTMLInputElement).type !== 'checkbox') return;
		writeForm(readForm());
		update('commit');
	});
	form.addEventListener('reset', () =>
		setTimeout(() => {
			update('commit');
			input.focus();
		}),
	);
	more.addEventListener('click', () => void showMore(true));
	filtersSummary.addEventListener('click', () => setTimeout(wantCounts));
	filtersBox.addEventListener('focusin', wantCounts);
	filtersBox.addEventListener('pointerenter', wantCounts);
	window.addEventListener('popstate', () => {
		typingEntry = false;
		const state = parseSearchState(location.search);
		writeForm(state);
		void search(state);
	});

	const { state: initial, typed, ticked } = startingState(location.search, formData());
	writeForm(initial);
	// What the reader typed or ticked before this script ran counts as if they had done it now.
	if (ticked) countsWanted = true;
	if (typed || ticked) update(typed ? 'typing' : 'commit');
	else void search(initial);
}
