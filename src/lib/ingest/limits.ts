/** Limits that keep an upload inside what a browser tab can parse and hold. */

/**
 * Largest file read. Files are parsed in the ingest worker (the page stays responsive), and a
 * workbook of Excel's full 1,048,576 rows × 20 columns is about 140 MB; a text file must also
 * decode into one JavaScript string (at most ~512 M characters).
 */
export const MAX_UPLOAD_BYTES = 400 * 1024 * 1024;

/** Rows scanned for the header (title rows above it are skipped). */
export const HEADER_SCAN_ROWS = 30;

/** Row problems kept for the report; the count of all problems is kept too. */
export const MAX_REPORTED_PROBLEMS = 500;

/** Earliest and latest year accepted for a month: outside this a month is surely a typo. */
export const MIN_YEAR = 2000;
export const MAX_YEAR = 2099;
