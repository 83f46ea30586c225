/** One page of every template of the launch site, as site paths (relative to the base). */
import { LAUNCH_ENTRIES } from '../fixtures/launch-entries.ts';

const first = (type: string) => LAUNCH_ENTRIES.find((entry) => entry.type === type)!;

export const TEMPLATE_PAGES: { name: string; path: string }[] = [
	{ name: 'home', path: './' },
	{ name: 'news listing', path: './news/' },
	{ name: 'events listing', path: './events/' },
	{ name: 'publications listing', path: './publications/' },
	{ name: 'news item', path: `./news/${first('news').slug}/` },
	{ name: 'event', path: `./events/${first('events').slug}/` },
	{ name: 'publication', path: `./publications/${first('publications').slug}/` },
	{ name: 'topics index', path: './topics/' },
	{ name: 'topic', path: './topics/migrant-smuggling/' },
	{ name: 'regions index', path: './regions/' },
	{ name: 'region', path: './regions/global/' },
	{ name: 'archive', path: './archive/' },
	{ name: 'year', path: './archive/2011/' },
	{ name: 'search with results', path: './search/?q=smuggling' },
	{ name: 'search listing everything', path: './search/' },
	{ name: 'search with filters and chips', path: './search/?q=smuggling&type=news&from=2011-06' },
	{ name: 'developers', path: './developers/' },
	{ name: '404', path: './no-such-page/' },
];
