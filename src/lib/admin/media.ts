/**
 * Where the browser editor puts uploaded images and files, and what it takes.
 * Uploads land in the repository's `public/media/` and entries refer to them
 * by site path (`/media/report.pdf`), which pages put under BASE_PATH like
 * any other site path.
 */

/** Repository folder of uploads (Astro publishes `public/` as is). */
export const MEDIA_FOLDER = 'public/media';

/** Site path of that folder: what `image.src` and link and file URLs say. */
export const MEDIA_PATH = '/media';

/** Largest upload, in bytes: 20 MB (the editor shows it so), enough for a long report as PDF. */
export const MAX_UPLOAD_BYTES = 20_000_000;

/** File types an entry's photo may have. */
export const IMAGE_TYPES = ['.jpg', '.jpeg', '.png', '.webp', '.avif'] as const;

/** File types a download may have: documents, e-books, spreadsheets, slides, archives, and images. */
export const FILE_TYPES = ['.pdf', '.docx', '.doc', '.odt', '.rtf', '.epub', '.xlsx', '.ods', '.csv', '.pptx', '.odp', '.zip', ...IMAGE_TYPES] as const;

/** An HTML `accept` list. */
export const acceptList = (types: readonly string[]): string => types.join(',');
