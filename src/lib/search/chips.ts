/**
 * The active filters shown above the results as removable chips: one per
 * ticked value ("Topic: Legislation") and one per end of the date range
 * ("From March 2011"), in the order of the filters on the page.
 */
import { FILTER_KEYS, type FilterKey, type SearchState } from './state.ts';

export type Chip = { kind: 'filter'; key: FilterKey; value: string; label: string } | { kind: 'from' | 'to'; value: string; label: string };

/** How chips are worded, in the page's language. */
export interface ChipText {
	/** A ticked value: "Topic: Legislation"; undefined when the page has no such value. */
	filter: (key: FilterKey, value: string) => string | undefined;
	/** An end of the date range (`YYYY` or `YYYY-MM`): "From March 2011", "Until 2012". */
	range: (end: 'from' | 'to', value: string) => string;
}

/** The chips of a state. */
export function activeChips(state: SearchState, text: ChipText): Chip[] {
	const chips: Chip[] = [];
	for (const key of FILTER_KEYS) {
		for (const value of state.filters[key]) {
			const label = text.filter(key, value);
			if (label !== undefined) chips.push({ kind: 'filter', key, value, label });
		}
		// The date range sits with the years on the page.
		if (key === 'year')
			for (const end of ['from', 'to'] as const) if (state[end]) chips.push({ kind: end, value: state[end], label: text.range(end, state[end]) });
	}
	return chips;
}

/** The state without one chip's filter, from the first page. */
export function withoutChip(state: SearchState, chip: Chip): SearchState {
	if (chip.kind !== 'filter') return { ...state, [chip.kind]: '', pages: 1 };
	return { ...state, filters: { ...state.filters, [chip.key]: state.filters[chip.key].filter((value) => value !== chip.value) }, pages: 1 };
}

/** The state without any filter ("Clear all"): the query and the order stay. */
export function withoutFilters(state: SearchState): SearchState {
	return {
		...state,
		filters: Object.fromEntries(FILTER_KEYS.map((key) => [key, []])) as unknown as SearchState['filters'],
		from: '',
		to: '',
		pages: 1,
	};
}

/**
 * Where focus goes when the chip at `index` of `count` is removed: the chip
 * that takes its place, else the one before it; none (-1) when it was the
 * last, and the page moves focus to the results instead.
 */
export function focusAfterRemoving(index: number, count: number): number {
	if (count <= 1) return -1;
	return index < count - 1 ? index : index - 1;
}
