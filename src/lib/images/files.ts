/**
 * Where an entry's image lives, and whether the build can optimise it. An
 * image is a file next to the entry (`./photo.jpg`, resolved from the entry
 * file as Astro's `image()` schema helper resolves it), a file of the media
 * folder under a site path (`/media/photo.jpg` is `public/media/photo.jpg`),
 * or an https:// URL, which the build cannot measure (its size is given in
 * front matter). The checks run before Astro sees the file, so that a missing,
 * unreadable or oversized image is reported as `file:line: field: message`
 * with every other problem, instead of as a bundler error about one file.
 */
import { closeSync, openSync, readSync, realpathSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { imageSize } from 'image-size';

/** Formats Astro's image service (sharp) reads, by file extension. */
export const IMAGE_EXTENSIONS = ['jpg', 'jpeg', 'png', 'webp', 'avif', 'gif', 'tiff'] as const;

/** Limits of one image file: larger files take minutes to encode and are never what an editor meant to publish. */
export const IMAGE_LIMITS = { bytes: 20 * 1024 * 1024, pixels: 8000 } as const;

/** Where an image's `src` points. */
export type ImageLocation =
	| { kind: 'remote'; url: string }
	/** A file the build optimises: its absolute path, and the path Astro imports it by, relative to the entry's folder. */
	| { kind: 'file'; path: string; importPath: string }
	/** A path that names no file: `problem` says why, as the end of a sentence. */
	| { kind: 'invalid'; problem: string };

/** True for http(s) URLs, which the build does not fetch. */
export const isRemoteImage = (src: string): boolean => /^https?:\/\//i.test(src);

/** True for a path relative to the entry file (`./photo.jpg`, `photo.jpg`), as opposed to a site path or a URL. */
export const isRelativeImage = (src: string): boolean => !isRemoteImage(src) && !src.startsWith('/');

/** The path of `to` relative to the folder `from`, written with forward slashes and starting with `./` or `../`, as an import. */
function importPathFrom(from: string, to: string): string {
	const rel = relative(from, to).split(sep).join('/');
	return rel.startsWith('.') ? rel : `./${rel}`;
}

/** Where `src` of the entry file `entryFile` points; `publicDir` is the folder site paths are served from. */
export function locateImage(src: string, entryFile: string, publicDir: string): ImageLocation {
	if (isRemoteImage(src)) return { kind: 'remote', url: src };
	const folder = dirname(entryFile);
	const written = src.startsWith('/') ? src.split(/[?#]/)[0]! : src;
	let decoded: string;
	try {
		decoded = decodeURIComponent(written);
	} catch {
		// A `%` not followed by a character's escape (`%E0` alone, `100%.jpg`): no file can be found by it.
		return { kind: 'invalid', problem: 'has a % that does not start an escape (%20 is a space): write the file name as it is, or %25 for a percent sign' };
	}
	const path = src.startsWith('/') ? join(publicDir, decoded) : resolve(folder, decoded);
	return { kind: 'file', path, importPath: importPathFrom(folder, path) };
}

/** What is wrong with the image `location` names (a file allowed under `roots`), as the end of a sentence, or undefined when the build can use it; remote images are not checked. */
export function imageLocationProblem(location: ImageLocation, roots: readonly string[]): string | undefined {
	if (location.kind === 'invalid') return location.problem;
	return location.kind === 'file' ? imageFileProblem(location.path, roots) : undefined;
}

/** True when `path` is `folder` or inside it. */
const inside = (path: string, folder: string) => path === folder || path.startsWith(folder.endsWith(sep) ? folder : `${folder}${sep}`);

/** What is wrong with the image file at `path` (allowed under `roots`), as the end of a sentence, or undefined when the build can use it. */
export function imageFileProblem(path: string, roots: readonly string[]): string | undefined {
	const extension = /\.([^./]+)$/.exec(path)?.[1]?.toLowerCase();
	if (!extension || !(IMAGE_EXTENSIONS as readonly string[]).includes(extension))
		return `is not an image file the site can resize: use a ${IMAGE_EXTENSIONS.filter((name) => name !== 'jpeg').join(', ')} file`;
	let real: string;
	let size: number;
	try {
		real = realpathSync(path);
		const stats = statSync(real);
		if (!stats.isFile()) return 'is a folder, not an image file';
		size = stats.size;
	} catch {
		return `names a file that does not exist (${path}): check the file name, or put the photo next to the entry`;
	}
	const allowed = roots.flatMap((root) => {
		try {
			return [realpathSync(root)];
		} catch {
			return [];
		}
	});
	if (!allowed.some((root) => inside(real, root))) return 'leads out of the content and media folders (a link or ../): put the photo next to the entry';
	if (size > IMAGE_LIMITS.bytes)
		return `is ${(size / 1024 / 1024).toFixed(1)} MB, more than the ${IMAGE_LIMITS.bytes / 1024 / 1024} MB limit: export it smaller (2,000 px wide is plenty)`;
	let dimensions: { width: number; height: number };
	try {
		dimensions = imageSize(readHead(real));
	} catch {
		return 'cannot be read as an image (the file is damaged or is not what its name says): export it again as JPEG or PNG';
	}
	const { width, height } = dimensions;
	if (!width || !height) return 'cannot be read as an image (it has no width or height): export it again as JPEG or PNG';
	if (width > IMAGE_LIMITS.pixels || height > IMAGE_LIMITS.pixels)
		return `is ${width}×${height} pixels, more than the ${IMAGE_LIMITS.pixels.toLocaleString('en')} px limit: export it smaller (2,000 px wide is plenty)`;
	return undefined;
}

/** The first bytes of a file, where every format the site takes keeps its size (JPEG's may come after large metadata). */
function readHead(path: string): Uint8Array {
	const buffer = new Uint8Array(512 * 1024);
	const fd = openSync(path, 'r');
	try {
		const read = readSync(fd, buffer, 0, buffer.length, 0);
		return buffer.subarray(0, read);
	} finally {
		closeSync(fd);
	}
}

/** Absolute `publicDir` of the project at `root` (Astro's default). */
export const publicDirOf = (root: string = process.cwd()): string => (isAbsolute(root) ? join(root, 'public') : resolve(root, 'public'));
