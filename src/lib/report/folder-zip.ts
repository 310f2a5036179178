/**
 * The published report as a folder in a zip (fflate, pure JavaScript): `<name>/index.html` and
 * `<name>/report.css`. The headless publisher unzips the same archive into its output folder.
 */
import { strToU8, unzipSync, zipSync } from 'fflate';
import type { StaticReport } from './snapshot';

/** Zips the static report into one folder named `folder`. */
export function zipStaticReport(folder: string, report: StaticReport): Uint8Array {
	return zipSync(
		{
			[folder]: {
				'index.html': strToU8(report.html),
				'report.css': strToU8(report.css)
			}
		},
		{ level: 6, mtime: new Date('2000-01-01T00:00:00Z') }
	);
}

/** The files of a zipped report, by path inside the archive (folders skipped). */
export function unzipStaticReport(bytes: Uint8Array): Record<string, Uint8Array> {
	const entries = unzipSync(bytes);
	return Object.fromEntries(Object.entries(entries).filter(([path]) => !path.endsWith('/')));
}

/** The folder (and zip) name of a published report: pilot-atlas-report-<title>-<date>. */
export function publishedFolderName(title: string, date: string): string {
	const slug = title
		.toLowerCase()
		.replace(/[^\p{L}\p{N}]+/gu, '-')
		.replace(/^-|-$/g, '')
		.slice(0, 60);
	return `pilot-atlas-report-${slug || 'untitled'}-${date}`;
}
