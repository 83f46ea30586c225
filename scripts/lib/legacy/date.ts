/**
 * Dates of legacy listing pages, written `07/03/2012`: always day/month/year,
 * parsed strictly with date-fns (no `31/02/2012`, no month/day guessing).
 */
import { format } from 'date-fns/format';
import { isValid } from 'date-fns/isValid';
import { parse } from 'date-fns/parse';

/** A date-shaped token `d/m/yyyy` (one or two digits for day and month, four for the year). */
export const LEGACY_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

/** Something that looks like a date but is cut or malformed, such as `07/03/20` or `07-03-2012`. */
export const DATE_LIKE = /^\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{0,4})?$/;

/** `07/03/2012` → `2012-03-07`; `null` when it is not a real day/month/year date. */
export function parseLegacyDate(value: string): string | null {
	const match = LEGACY_DATE.exec(value.trim());
	if (!match) return null;
	const [, day = '', month = '', year = ''] = match;
	const padded = `${day.padStart(2, '0')}/${month.padStart(2, '0')}/${year}`;
	const parsed = parse(padded, 'dd/MM/yyyy', new Date(2000, 0, 1, 12));
	if (!isValid(parsed) || format(parsed, 'dd/MM/yyyy') !== padded) return null;
	return format(parsed, 'yyyy-MM-dd');
}
