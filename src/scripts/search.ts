/**
 * The search page: runs Pagefind's JS API from the state in the URL, renders
 * results, the active filters as chips and per-value filter counts, and keeps
 * the URL in step so a view can be shared and Back restores it, as many
 * results as were shown and where the reader was. Plain TypeScript, no
 * framework. The pure parts are in src/lib/search/.
 *
 * Everything that depends on the page's language or where the indexes live
 * comes from the page (`data-*` on the root): the language, its messages and
 * labels, the URLs of its language's full-text index, of the other languages'
 * (searched too when the reader includes other languages, each with its own
 * Pagefind module so that each keeps its own stemmer) and of the browse index.
 */
import { activeChips, focusAfterRemoving, withoutChip, withoutFilters, type Chip } from '../lib/search/chips.ts';
import { DATE_ORDER_FILE, mergedDateOrder, orderByDate, type DateOrderFile } from '../lib/search/date-order.ts';
import { mergeFilters, mergeResponses } from '../lib/search/merge.ts';
import { FAILURE_MESSAGE, guardedFetch, type FetchFailure } from '../lib/search/fetch-guard.ts';
import {
	effectiveSort,
	ALL_LANGUAGES,
	FILTER_KEYS,
	formParams,
	indexFilters,
	isEmptyState,
	pagefindSort,
	parseSearchState,
	RESULTS_PER_PAGE,
	sameSearch,
	startingState,
	toQueryString,
	withKnownValues,
	type FilterKey,
	type MonthBounds,
	type SearchState,
} from '../lib/search/state.ts';
import { resultSummary } from '../lib/search/summary.ts';
import { queryWords, unmatchedWords } from '../lib/search/words.ts';
import { formatMonth } from '../lib/dates/format.ts';
import { createTranslator, type Message } from '../lib/i18n/translate.ts';
import { resultItem, type ResultData } from './search-render.ts';
import guardWorkerUrl from './pagefind-guard-worker.ts?worker&url';

interface PagefindResult {
	id: string;
	score: number;
	data: () => Promise<ResultData>;
}
interface PagefindResponse {
	results: PagefindResult[];
	filters: Record<string, Record<string, number>>;
}
interface Pagefind {
	search: (query: string | null, options: Record<string, unknown>) => Promise<PagefindResponse | null>;
	filters: () => Promise<Record<string, Record<string, number>>>;
}
interface PagefindModule {
	createInstance: (options: Record<string, unknown>) => Pagefind;
}

type Counts = Partial<Record<FilterKey, Record<string, number>>>;

/**
 * Pagefind 1.6 starts its worker with `new Worker(<bundle>pagefind-worker.js)`,
 * looked up on `window` when it is needed: that one worker starts through the
 * checking script instead, whose failure reports come back as messages. Relies
 * on Pagefind's internals (the version is pinned; tests/e2e/search-failures.spec.ts
 * fails if they change).
 */
function guardWorkers(report: (failure: FetchFailure) => void) {
	const NativeWorker = window.Worker;
	if (!NativeWorker || NativeWorker.name === 'GuardedWorker') return;
	window.Worker = class GuardedWorker extends NativeWorker {
		constructor(url: string | URL, options?: WorkerOptions) {
			const href = new URL(url, location.href);
			if (!href.pathname.endsWith('/pagefind-worker.js')) {
				super(url, options);
				return;
			}
			super(`${guardWorkerUrl}?src=${encodeURIComponent(href.href)}`, options);
			this.addEventListener('message', (event: MessageEvent<Record<string, unknown> | null>) => {
				const failure = event.data?.[FAILURE_MESSAGE] as FetchFailure | undefined;
				if (failure) report(failure);
			});
		}
	};
}

const RIGHT_TO_LEFT_LETTER = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]/;

/**
 * A query set apart from the direction of the sentence around it (Unicode
 * first-strong isolate … pop directional isolate, as <bdi> would in markup)
 * when its script runs the other way: an English query in an Arabic
 * sentence, an Arabic one in an English sentence.
 */
const isolated = (text: string) => (RIGHT_TO_LEFT_LETTER.test(text) !== (document.documentElement.dir === 'rtl') ? `\u2068${text}\u2069` : text);

/** How long a search may take before the page offers to try again: a fetch that hangs is no reason to spin for ever. */
const SLOW_MS = 12_000;

export function startSearch(root: HTMLElement | null): void {
	if (!root) return;
	// The page's messages in its language, plural forms included (src/pages/search/index.astro).
	const strings = JSON.parse(root.dataset['strings'] ?? '{}') as Record<string, Message>;
	const locale = root.dataset['locale'] ?? 'en-GB';
	const say = createTranslator(locale, strings, strings);
	const lang = root.dataset['lang'] ?? 'en';
	// Sentences follow one another with a space, except in Chinese, whose full stop (。) carries its own.
	const sentenceGap = /^zh\b/.test(lang) ? '' : ' ';
	const base = root.dataset['base'] ?? '/';
	const bundles = {
		// '' when nothing is published in the page's language: then every language is searched.
		own: root.dataset['index'] ?? '',
		others: JSON.parse(root.dataset['otherIndexes'] ?? '[]') as string[],
		browse: root.dataset['browseIndex'] ?? `${base}pagefind-browse/`,
	};
	const labels = JSON.parse(root.dataset['labels'] ?? '{}') as { types?: Record<string, string>; languages?: Record<string, string> };
	const [first = '', last = ''] = (root.dataset['months'] ?? '').split('/');
	const bounds: MonthBounds = { first, last };
	const $ = <T extends Element>(selector: string) => root.querySelector<T>(selector)!;
	const form = $<HTMLFormElement>('#search-form');
	const input = $<HTMLInputElement>('#search-query');
	const summary = $<HTMLElement>('#search-summary');
	const notice = $<HTMLElement>('#search-notice');
	const heading = $<HTMLElement>('#search-results-heading');
	const list = $<HTMLOListElement>('#search-results');
	const more = $<HTMLButtonElement>('#search-more');
	const browse = $<HTMLElement>('#search-browse');
	const skip = $<HTMLAnchorElement>('#search-skip');
	const sortSelect = $<HTMLSelectElement>('#search-sort');
	const sortRow = $<HTMLElement>('#search-sort-row');
	const status = $<HTMLElement>('#search-status');
	const retryRow = $<HTMLElement>('#search-retry-row');
	const retry = $<HTMLButtonElement>('#search-retry');
	const chipsBox = $<HTMLElement>('#search-chips');
	const chipList = chipsBox.querySelector('ul')!;
	const clearAll = $<HTMLButtonElement>('#search-clear-all');
	const filtersBox = $<HTMLDetailsElement>('#search-filters');
	const filtersSummary = filtersBox.querySelector('summary')!;
	const filtersLabel = filtersSummary.textContent ?? '';
	const pageTitle = document.title;
	// Filters sit beside the results on wide screens; on phones they fold away above them.
	if (matchMedia('(min-width: 50rem)').matches) filtersBox.open = true;

	/** The values the page offers, with their labels and the counts rendered at build time (nothing asked). */
	const boxes = [...form.querySelectorAll<HTMLInputElement>('input[type=checkbox]')].filter((box) => (FILTER_KEYS as readonly string[]).includes(box.name));
	const allLanguagesBox = form.querySelector<HTMLInputElement>(`input[name="${ALL_LANGUAGES.name}"]`);
	const known = Object.fromEntries(FILTER_KEYS.map((key) => [key, new Set(boxes.filter((box) => box.name === key).map((box) => box.value))])) as Record<
		FilterKey,
		Set<string>
	>;
	const labelOf = (key: string, value: string) =>
		boxes
			.find((box) => box.name === key && box.value === value)
			?.closest('label')
			?.querySelector('.search-filter__label')?.textContent ?? undefined;
	const countNodes = [...root.querySelectorAll<HTMLElement>('[data-count-for]')];
	const builtCounts: Counts = {};
	for (const node of countNodes) {
		const [key, value] = (node.dataset['countFor'] ?? '').split(':') as [FilterKey, string];
		(builtCounts[key] ??= {})[value] = Number(/\d+/.exec(node.textContent ?? '')?.[0] ?? 0);
	}

	// Every Pagefind file is checked as it arrives: Pagefind answers "no results" when an index
	// chunk fails (src/lib/search/fetch-guard.ts). Pagefind fetches in its web worker, so the worker
	// is started through a script that checks there and tells the page (pagefind-guard-worker.ts);
	// on the main thread, where Pagefind goes when a worker cannot start, the page's fetch is checked.
	let failures = 0;
	const report = (failure: FetchFailure) => {
		failures++;
		console.warn(`Search: ${failure.url} could not be loaded (${failure.reason})`);
	};
	window.fetch = guardedFetch(window.fetch.bind(window), report);
	guardWorkers(report);

	// Full text (ranked by relevance) for queries, in the page's language or in all of them, and a
	// small index with a date sort for listing without a query (see src/lib/search/record.ts).
	const instances = new Map<string, Promise<Pagefind>>();
	let attempts = 0;
	const instanceFor = (bundle: string) => {
		let instance = instances.get(bundle);
		if (!instance) {
			instance = (async () => {
				// A module that failed to load stays failed under its URL: a retry asks for it anew.
				const url = `${bundle}pagefind.js${attempts ? `?retry=${attempts}` : ''}`;
				const module = (await import(/* @vite-ignore */ url)) as PagefindModule;
				return module.createInstance({ basePath: bundle, baseUrl: base, excerptLength: 28, excerptEllipsis: '…' });
			})();
			instances.set(bundle, instance);
		}
		return instance;
	};
	/** The bundles a state searches. */
	const bundlesFor = (state: SearchState): string[] => {
		if (!state.q) return [bundles.browse];
		if (bundles.own && !state.allLanguages) return [bundles.own];
		return [bundles.own, ...bundles.others].filter(Boolean);
	};
	const engines = new Map<string, Promise<Pagefind>>();
	/** One engine over the state's bundles: with several, their results as one list by score and their counts summed. */
	const engineFor = (state: SearchState) => {
		const list = bundlesFor(state);
		const key = list.join(' ');
		let engine = engines.get(key);
		if (!engine) {
			engine = Promise.all(list.map(instanceFor)).then((parts): Pagefind => {
				if (parts.length === 1) return parts[0]!;
				return {
					search: async (query, options) => mergeResponses(await Promise.all(parts.map((part) => part.search(query, options)))),
					filters: async () => mergeFilters(await Promise.all(parts.map((part) => part.filters()))),
				};
			});
			engines.set(key, engine);
		}
		return engine;
	};
	const dateOrders = new Map<string, Promise<string[]>>();
	/** The full-text results' date order over the state's bundles. */
	const dateOrderIds = (state: SearchState) => {
		const list = bundlesFor(state);
		const key = list.join(' ');
		let order = dateOrders.get(key);
		if (!order) {
			order = Promise.all(
				list.map(async (bundle) => {
					const response = await fetch(`${bundle}${DATE_ORDER_FILE}`);
					if (!response.ok) throw new Error(`${DATE_ORDER_FILE}: HTTP ${response.status}`);
					return (await response.json()) as DateOrderFile;
				}),
			).then(mergedDateOrder);
			dateOrders.set(key, order);
		}
		return order;
	};
	/** After a failure, start again from nothing: a fresh Pagefind instance refetches what failed. */
	const forgetEngines = () => {
		instances.clear();
		engines.clear();
		dateOrders.clear();
		filtersLoaded.clear();
		attempts++;
	};

	const formData = () => formParams(new URLSearchParams([...new FormData(form).entries()].map(([key, value]) => [key, String(value)])));
	/** The form's state. The order is not a form field: it is the reader's choice, kept until a new query starts at best match. */
	const readForm = (): SearchState => {
		const state = parseSearchState(formData());
		return { ...state, sort: state.q && !current.q ? '' : current.sort };
	};
	const writeForm = (state: SearchState) => {
		input.value = state.q;
		for (const box of boxes) box.checked = state.filters[box.name as FilterKey]?.includes(box.value) ?? false;
		if (allLanguagesBox) allLanguagesBox.checked = state.allLanguages;
		for (const end of ['from', 'to'] as const) {
			const [year = '', month = ''] = state[end].split('-');
			const yearSelect = form.querySelector<HTMLSelectElement>(`select[name="${end}-year"]`)!;
			const monthSelect = form.querySelector<HTMLSelectElement>(`select[name="${end}-month"]`)!;
			// A month picked before its year is no bound yet, but the reader's choice: kept.
			if (!state[end] && !yearSelect.value) continue;
			yearSelect.value = year;
			monthSelect.value = month;
		}
		// Best match needs a query.
		const relevance = sortSelect.querySelector<HTMLOptionElement>('option[value="relevance"]')!;
		relevance.hidden = relevance.disabled = !state.q;
		sortSelect.value = effectiveSort(state);
		const ticked = FILTER_KEYS.reduce((sum, key) => sum + state.filters[key].length, 0) + (state.from ? 1 : 0) + (state.to ? 1 : 0);
		filtersSummary.textContent = ticked ? `${filtersLabel} (${ticked})` : filtersLabel;
		renderChips(state);
	};

	/** The chips of the active filters; removing one searches without it and keeps focus among the chips. */
	let chips: Chip[] = [];
	function renderChips(state: SearchState) {
		chips = activeChips(state, {
			filter: (key, value) => {
				const label = labelOf(key, value);
				return label === undefined ? undefined : say('search.chip', { filter: say(`filter.${key}`), value: label });
			},
			range: (end, value) => say(end === 'from' ? 'search.chipFrom' : 'search.chipTo', { date: formatMonth(value, lang) }),
		});
		chipList.replaceChildren(
			...chips.map((chip, index) => {
				const item = document.createElement('li');
				const button = document.createElement('button');
				button.type = 'button';
				button.className = 'chip';
				button.setAttribute('aria-label', say('search.removeFilter', { label: chip.label }));
				const cross = document.createElement('span');
				cross.setAttribute('aria-hidden', 'true');
				cross.className = 'chip__remove';
				cross.textContent = '×';
				button.append(chip.label, ' ', cross);
				button.addEventListener('click', () => {
					const count = chips.length;
					const next = withoutChip(current, chip);
					writeForm(next);
					commit(next);
					// Focus stays among the chips; after the last, it goes to the results.
					const focus = focusAfterRemoving(index, count);
					(focus >= 0 ? chipList.querySelectorAll('button')[focus] : heading)?.focus();
				});
				item.append(button);
				return item;
			}),
		);
		chipsBox.hidden = chips.length === 0;
	}
	clearAll.addEventListener('click', () => {
		const next = withoutFilters(current);
		writeForm(next);
		commit(next);
		heading.focus();
	});

	let run = 0;
	let current: SearchState = parseSearchState(location.search);
	let results: PagefindResult[] = [];
	let rendered = 0;
	let slow: ReturnType<typeof setTimeout> | undefined;
	/** Scroll position to restore once the results are back (Back to this view). */
	let restoreScroll: number | undefined;
	/** Notes for the reader shown with the next results. */
	let notes: string[] = [];

	function showSummary(state: SearchState, total: number) {
		// The query keeps its own direction inside the sentence (an English query in Arabic, an Arabic one in English).
		summary.textContent = resultSummary(state, total, rendered, Boolean(allLanguagesBox) && !state.allLanguages)
			.map(([key, vars]) => say(key, vars && 'q' in vars ? { ...vars, q: isolated(String(vars['q'])) } : vars))
			.join(sentenceGap);
	}

	/** A failure: say so, offer to try again, and show no results rather than wrong ones. */
	function showFailure(message: 'search.failed' | 'search.slow' = 'search.failed') {
		clearTimeout(slow);
		list.replaceChildren();
		more.hidden = true;
		skip.hidden = true;
		showCounts(null);
		forgetEngines();
		// In development the likely cause is that no index has been built yet.
		summary.textContent = say(import.meta.env.DEV && message === 'search.failed' ? 'search.unavailable' : message);
		status.classList.add('is-error');
		sortRow.hidden = true;
		notice.hidden = true;
		retryRow.hidden = false;
		browse.hidden = false;
	}

	/** Cards for results, their data fetched together (a fragment that fails rejects). */
	const cards = (batch: PagefindResult[]) =>
		Promise.all(
			batch.map(async (result) =>
				resultItem(await result.data(), lang, {
					type: (meta) => labels.types?.[meta['kind'] ? `${meta['section']}:${meta['kind']}` : (meta['section'] ?? '')],
					otherLanguage: (code) => say('entry.inLanguage', { language: labels.languages?.[code] ?? code }),
				}),
			),
		);

	async function search(state: SearchState, partialWord = false) {
		const runId = ++run;
		const before = failures;
		current = state;
		clearTimeout(slow);
		list.replaceChildren();
		more.hidden = true;
		browse.hidden = true;
		retryRow.hidden = true;
		notice.hidden = true;
		skip.hidden = true;
		results = [];
		rendered = 0;
		document.title = state.q ? say('search.pageTitle', { q: isolated(state.q), title: pageTitle }) : pageTitle;
		summary.textContent = say('search.loading');
		status.classList.remove('is-error');
		slow = setTimeout(() => {
			if (runId === run) showFailure('search.slow');
		}, SLOW_MS);
		try {
			const engine = await engineFor(state);
			const response = await engine.search(state.q || null, { filters: indexFilters(state, bounds, lang), sort: pagefindSort(state) });
			if (runId !== run) return;
			let found = response?.results ?? [];
			const sort = effectiveSort(state);
			if (state.q && sort !== 'relevance' && found.length > 1) found = orderByDate(found, await dateOrderIds(state), sort);
			const unmatched = state.q && found.length ? await unmatchedNotice(engine, state.q, partialWord) : undefined;
			const items = await cards(found.slice(0, state.pages * RESULTS_PER_PAGE));
			// A chunk that failed gave fewer results than there are, or none: not an answer to show.
			if (failures > before) throw new Error('A search index file could not be loaded');
			if (runId !== run) return;
			clearTimeout(slow);
			retryRow.hidden = true;
			results = found;
			list.replaceChildren(...items);
			rendered = items.length;
			more.hidden = rendered >= results.length;
			skip.hidden = results.length === 0;
			// An order of nothing means nothing.
			sortRow.hidden = results.length < 2;
			browse.hidden = results.length > 0;
			showSummary(state, results.length);
			const said = [unmatched, ...notes].filter(Boolean).join(sentenceGap);
			notes = [];
			notice.textContent = said;
			notice.hidden = !said;
			if (restoreScroll !== undefined) {
				scrollTo(0, restoreScroll);
				restoreScroll = undefined;
			}
		} catch (error) {
			if (runId !== run) return;
			console.warn('Search failed:', error);
			showFailure();
			return;
		}
		// Counts even when nothing matches: they say which filter to loosen.
		if (countsWanted || isEmptyState(state)) await updateCounts(state, runId);
		else showCounts(null);
	}

	/** "No results contain “xylophone”; showing results for “migrant”." when some words of a query matched nothing. */
	async function unmatchedNotice(engine: Pagefind, query: string, partialWord: boolean): Promise<string | undefined> {
		const words = queryWords(query, locale);
		if (words.length < 2) return undefined;
		// While the reader is still typing the last word, it is only a beginning.
		const found = await Promise.all(
			words.map(async (word, index) => (partialWord && index === words.length - 1 ? 1 : ((await engine.search(`"${word.search}"`, {}))?.results.length ?? 0))),
		);
		const split = unmatchedWords(words, found);
		if (!split) return undefined;
		const quote = (items: string[], type: 'conjunction' | 'disjunction') =>
			new Intl.ListFormat(locale, { type }).format(items.map((word) => say('search.quoted', { word })));
		return say('search.unmatched', { missing: quote(split.missing, 'disjunction'), kept: quote(split.kept, 'conjunction') });
	}

	async function showMore() {
		const runId = run;
		const before = failures;
		const batch = results.slice(rendered, rendered + RESULTS_PER_PAGE);
		let items: HTMLLIElement[];
		try {
			items = await cards(batch);
			if (failures > before) throw new Error('A search index file could not be loaded');
		} catch (error) {
			if (runId !== run) return;
			console.warn('Search failed:', error);
			showFailure();
			return;
		}
		if (runId !== run) return;
		list.append(...items);
		rendered += items.length;
		more.hidden = rendered >= results.length;
		showSummary(current, results.length);
		// The URL keeps how many pages are shown, so Back from a result returns to all of them.
		current = { ...current, pages: Math.ceil(rendered / RESULTS_PER_PAGE) };
		history.replaceState(history.state, '', `${location.pathname}${toQueryString(current)}`);
		items[0]?.querySelector('a')?.focus();
	}

	/** Shows counts next to filter values, or clears them (`null`) when there is nothing to count. */
	function showCounts(counts: Counts | null) {
		for (const node of countNodes) {
			const [key, value] = (node.dataset['countFor'] ?? '').split(':') as [FilterKey, string];
			const count = counts?.[key]?.[value] ?? 0;
			node.textContent = counts ? `(${count})` : '';
			node.closest('li')?.classList.toggle('is-empty', counts !== null && count === 0);
		}
	}

	/**
	 * Result counts per filter value, as if that value were ticked too. With
	 * nothing asked they are the ones the page was built with. Otherwise
	 * counting needs every filter's data (the largest part of the index on a
	 * big site), so for a query it is fetched only once a reader turns to the
	 * filters — opens, hovers or focuses them, or arrives with filters ticked —
	 * and a plain query stays light.
	 */
	let countsWanted = FILTER_KEYS.some((key) => current.filters[key].length > 0) || Boolean(current.from || current.to);
	const wantCounts = () => {
		if (countsWanted || !filtersBox.open) return;
		countsWanted = true;
		void updateCounts(current, run);
	};
	const filtersLoaded = new Map<Pagefind, Promise<unknown>>();
	async function updateCounts(state: SearchState, runId: number) {
		if (isEmptyState(state)) return showCounts(builtCounts);
		const before = failures;
		try {
			const engine = await engineFor(state);
			if (!filtersLoaded.has(engine)) filtersLoaded.set(engine, engine.filters());
			await filtersLoaded.get(engine);
			const query = state.q || null;
			const all = await engine.search(query, { filters: indexFilters(state, bounds, lang) });
			const counts: Counts = {};
			// Within a filter, ticks combine with OR: count a filter with ticks as if its own ticks were off.
			await Promise.all(
				FILTER_KEYS.map(async (key) => {
					const response = state.filters[key].length ? await engine.search(query, { filters: indexFilters(state, bounds, lang, key) }) : all;
					counts[key] = response?.filters[key] ?? {};
				}),
			);
			if (failures > before) throw new Error('A filter index file could not be loaded');
			if (runId === run) showCounts(counts);
		} catch (error) {
			if (runId !== run) return;
			console.warn('Search counts failed:', error);
			showFailure();
		}
	}

	// History: the first keystroke after a committed view starts a new entry, later
	// keystrokes replace it; Enter, a filter or an order commits. Back then restores the previous view.
	let typingEntry = false;
	function update(state: SearchState, trigger: 'typing' | 'commit') {
		const url = `${location.pathname}${toQueryString(state)}`;
		if (url !== `${location.pathname}${location.search}`) {
			if (typingEntry) history.replaceState(null, '', url);
			else history.pushState(null, '', url);
		}
		typingEntry = trigger === 'typing';
		void search(state, trigger === 'typing' && !/\s$/.test(input.value));
	}
	const commit = (state: SearchState) => update(state, 'commit');

	let typing: ReturnType<typeof setTimeout> | undefined;
	input.addEventListener('input', () => {
		clearTimeout(typing);
		typing = setTimeout(() => {
			const state = readForm();
			if (!sameSearch(state, current)) update(state, 'typing');
		}, 250);
	});
	form.addEventListener('submit', (event) => {
		event.preventDefault();
		clearTimeout(typing);
		commit(readForm());
	});
	form.addEventListener('change', (event) => {
		if (event.target === input) return;
		const state = readForm();
		writeForm(state);
		countsWanted = true;
		commit(state);
	});
	sortSelect.addEventListener('change', () => {
		const state = { ...readForm(), sort: sortSelect.value as SearchState['sort'] };
		writeForm(state);
		commit(state);
	});
	retry.addEventListener('click', async () => {
		await search(current);
		(retryRow.hidden ? heading : retry).focus();
	});
	more.addEventListener('click', () => void showMore());
	filtersSummary.addEventListener('click', () => setTimeout(wantCounts));
	filtersBox.addEventListener('focusin', wantCounts);
	filtersBox.addEventListener('pointerenter', wantCounts);
	skip.addEventListener('click', (event) => {
		event.preventDefault();
		heading.focus();
		heading.scrollIntoView();
	});

	// Where the reader was: kept in the history entry, restored when they come back to it.
	// The browser's own restoration runs before the results are back, so it is turned off.
	history.scrollRestoration = 'manual';
	let scrolling: ReturnType<typeof setTimeout> | undefined;
	const saveScroll = () => history.replaceState({ ...(history.state as object | null), scroll: scrollY }, '');
	addEventListener('scroll', () => {
		clearTimeout(scrolling);
		scrolling = setTimeout(saveScroll, 200);
	});
	addEventListener('pagehide', saveScroll);
	const savedScroll = () => {
		const scroll = (history.state as { scroll?: unknown } | null)?.scroll;
		return typeof scroll === 'number' ? scroll : undefined;
	};
	addEventListener('popstate', () => {
		typingEntry = false;
		const state = withKnownValues(parseSearchState(location.search), known).state;
		writeForm(state);
		restoreScroll = savedScroll();
		void search(state);
	});

	const start = startingState(location.search, formData());
	// Filter values the page does not offer (an old link) are left out, and the reader told.
	const { state: initial, dropped } = withKnownValues(start.state, known);
	if (dropped.length) {
		history.replaceState(history.state, '', `${location.pathname}${toQueryString(initial)}`);
		const values = new Intl.ListFormat(locale, { type: 'conjunction' }).format(dropped.map(({ value }) => say('search.quoted', { word: value })));
		notes.push(say('search.unknownFilters', { count: dropped.length, values }));
	}
	current = initial;
	writeForm(initial);
	restoreScroll = savedScroll();
	// Counts built for the empty page would be wrong for anything else until they are counted.
	if (!isEmptyState(initial)) showCounts(null);
	// What the reader typed or ticked before this script ran counts as if they had done it now.
	if (start.ticked) countsWanted = true;
	if (start.typed || start.ticked) update(initial, start.typed ? 'typing' : 'commit');
	else void search(initial);
}
