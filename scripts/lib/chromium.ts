/**
 * Debian's Chromium, the one browser every tool and test drives: the path
 * (`CHROMIUM_PATH`, default /usr/bin/chromium) and the flags it starts with.
 * Never a downloaded browser. Without the background-networking flags,
 * Chromium keeps calling Google's hosts, which a closed network refuses.
 */

/** The Chromium binary: `CHROMIUM_PATH` or Debian's. */
export const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] || '/usr/bin/chromium';

/** Flags for headless runs as root on a closed network. */
export const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
];

/** Launch options for Playwright (`chromium.launch`, `use.launchOptions`). */
export const chromiumLaunchOptions = { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS };
