/**
 * Calendar dates as readers see them, in UN style for each interface
 * language: "7 March 2012", «7 mars 2012», «7 марта 2012 г.», «2012年3月7日»,
 * «7 آذار/مارس 2012», «7 de marzo de 2012», and ranges such as "3–5 March
 * 2012". Shared by the pages (at build time) and the search page's script (in
 * the browser), so both write the same dates. Dates are `YYYY-MM-DD` strings:
 * month names come from `Intl` in UTC for the three numbers, never from an
 * instant, so the day is the same in every time zone. Arabic month names are
 * the UN's paired forms («آذار/مارس»), which no `Intl` locale has; digits are
 * Latin in every language, as in UN documents. The patterns and their sources
 * are in docs/i18n.md.
 */

const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** UN Arabic month names: the Levantine name and the Egyptian one, joined by a slash. */
const ARABIC_MONTHS = [
	'كانون الثاني/يناير',
	'شباط/فبراير',
	'آذار/مارس',
	'نيسان/أبريل',
	'أيار/مايو',
	'حزيران/يونيه',
	'تموز/يوليه',
	'آب/أغسطس',
	'أيلول/سبتمبر',
	'تشرين الأول/أكتوبر',
	'تشرين الثاني/نوفمبر',
	'كانون الأول/ديسمبر',
];

/** `Intl` locales whose month names (after a day number: genitive in Russian) are the UN's. */
const MONTH_LOCALES: Record<string, string> = { en: 'en-GB', fr: 'fr', es: 'es', ru: 'ru' };

interface Day {
	year: number;
	/** 0-based. */
	month: number;
	day: number;
}

function parts(value: string): Day {
	const match = CALENDAR_DATE.exec(value);
	const date = match ? { year: Number(match[1]), month: Number(match[2]) - 1, day: Number(match[3]) } : undefined;
	// A day that does not exist (2024-02-30) rolls over in Date.UTC: refused, as the schemas refuse it.
	if (!date || new Date(Date.UTC(date.year, date.month, date.day)).getUTCDate() !== date.day || date.month > 11)
		throw new RangeError(`Not a calendar date (YYYY-MM-DD): ${JSON.stringify(value)}`);
	return date;
}

const monthNames = new Map<string, string[]>();

/** The twelve month names of `lang` as written after a day number. */
function monthsOf(lang: string): string[] {
	if (lang === 'ar') return ARABIC_MONTHS;
	const locale = MONTH_LOCALES[lang] ?? 'en-GB';
	let names = monthNames.get(locale);
	if (!names) {
		const format = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', timeZone: 'UTC' });
		names = Array.from({ length: 12 }, (_, month) => format.formatToParts(Date.UTC(2000, month, 15)).find((part) => part.type === 'month')?.value ?? '');
		monthNames.set(locale, names);
	}
	return names;
}

/** The language's rules; languages without their own use English's. */
const known = (lang: string) => (lang in MONTH_LOCALES || lang === 'ar' || lang === 'zh' ? lang : 'en');

/** The day number: French writes the first of the month «1er». */
const dayNumber = (lang: string, day: number) => (lang === 'fr' && day === 1 ? '1er' : String(day));

/** Day and month: "28 February", «1er mars», «28 de febrero», «28 февраля», «28 شباط/فبراير», «2月28日». */
function dayMonth(lang: string, { month, day }: Day): string {
	if (lang === 'zh') return `${month + 1}月${day}日`;
	const name = monthsOf(lang)[month];
	return lang === 'es' ? `${day} de ${name}` : `${dayNumber(lang, day)} ${name}`;
}

function full(lang: string, date: Day): string {
	if (lang === 'zh') return `${date.year}年${dayMonth(lang, date)}`;
	if (lang === 'es') return `${dayMonth(lang, date)} de ${date.year}`;
	// The no-break space keeps «г.» (год) with its year.
	if (lang === 'ru') return `${dayMonth(lang, date)} ${date.year}\u00a0г.`;
	return `${dayMonth(lang, date)} ${date.year}`;
}

const cache = new Map<string, string>();

/** One date, such as "7 March 2012", in `lang` (an interface language code). */
export function formatDate(value: string, lang: string): string {
	const key = `${lang}\u0000${value}`;
	let text = cache.get(key);
	if (text === undefined) cache.set(key, (text = full(known(lang), parts(value))));
	return text;
}

/**
 * A range such as "3–5 March 2012", "28 February – 2 March 2012" or
 * "30 December 2011 – 2 January 2012", repeating only what changes. Spanish
 * joins the ends with «a», Chinese with «至»; Arabic uses a hyphen, which keeps
 * the two day numbers in reading order in right-to-left text (an en dash
 * reverses them).
 */
export function formatDateRange(start: string, end: string | undefined, lang: string): string {
	if (!end || end === start) return formatDate(start, lang);
	const language = known(lang);
	const a = parts(start);
	const b = parts(end);
	const sameYear = a.year === b.year;
	const sameMonth = sameYear && a.month === b.month;
	const last = formatDate(end, lang);
	if (language === 'zh') return `${formatDate(start, lang)}至${sameMonth ? `${b.day}日` : sameYear ? dayMonth(language, b) : last}`;
	const first = sameMonth ? dayNumber(language, a.day) : sameYear ? dayMonth(language, a) : formatDate(start, lang);
	if (language === 'es') return `${first} a ${last}`;
	if (language === 'ar') return sameMonth ? `${first}-${last}` : `${first} - ${last}`;
	return sameMonth ? `${first}–${last}` : `${first} – ${last}`;
}

/** `Intl` locales whose month names on their own (nominative in Russian: «март») are the UN's. */
const STANDALONE_LOCALES: Record<string, string> = { en: 'en-GB', fr: 'fr', es: 'es', ru: 'ru' };

const standaloneNames = new Map<string, string[]>();

/**
 * The twelve month names of `lang` on their own, as a month picker lists
 * them: "March", «mars», «marzo», «март», «آذار/مارس», «3月».
 */
export function standaloneMonthNames(lang: string): string[] {
	const language = known(lang);
	if (language === 'ar') return ARABIC_MONTHS;
	if (language === 'zh') return Array.from({ length: 12 }, (_, month) => `${month + 1}月`);
	const locale = STANDALONE_LOCALES[language]!;
	let names = standaloneNames.get(locale);
	if (!names) {
		const format = new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' });
		names = Array.from({ length: 12 }, (_, month) => format.format(Date.UTC(2000, month, 15)));
		standaloneNames.set(locale, names);
	}
	return names;
}

/**
 * A calendar month (`YYYY-MM`) or year (`YYYY`), such as "March 2011",
 * «mars 2011», «marzo de 2011», «март 2011 г.», «آذار/مارس 2011», «2011年3月».
 */
export function formatMonth(value: string, lang: string): string {
	const match = /^(\d{4})(?:-(0[1-9]|1[0-2]))?$/.exec(value);
	if (!match) throw new RangeError(`Not a calendar month (YYYY-MM) or year (YYYY): ${JSON.stringify(value)}`);
	const language = known(lang);
	const year = match[1]!;
	const month = match[2] ? Number(match[2]) : undefined;
	if (language === 'zh') return month ? `${year}年${month}月` : `${year}年`;
	if (language === 'ru') return `${month ? `${standaloneMonthNames(lang)[month - 1]} ` : ''}${year}\u00a0г.`;
	if (!month) return year;
	const name = standaloneMonthNames(lang)[month - 1];
	return language === 'es' ? `${name} de ${year}` : `${name} ${year}`;
}
