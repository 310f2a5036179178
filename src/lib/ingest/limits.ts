/** Limits that keep an upload inside what a browser tab can parse and hold. */

/** Largest file read: parsing happens on the main thread and every cell becomes a JS string. */
export const MAX_UPLOAD_BYTES = 100 * 1024 * 1024;

/** Rows scanned for the header (title rows above it are skipped). */
export const HEADER_SCAN_ROWS = 30;

/** Row problems kept for the report; the count of all problems is kept too. */
export const MAX_REPORTED_PROBLEMS = 500;

/** Earliest and latest year accepted for a month: outside this a month is surely a typo. */
export const MIN_YEAR = 2000;
export const MAX_YEAR = 2099;
