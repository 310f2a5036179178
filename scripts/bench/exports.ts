/** Export of 1,000,000 filtered rows with the workbench's writer, timed in the baseline page. */
import type { Page } from '@playwright/test';

export interface ExportRun {
	readonly rows: number;
	readonly queryMs: number;
	readonly csvMs: number;
	readonly csvBytes: number;
	readonly parquetMs: number;
	readonly parquetBytes: number;
}

/** The filtered query: the batch table at scale, else the imports table repeated to 1M rows. */
export function exportSql(batches: boolean): string {
	return batches
		? `SELECT * FROM "imports_batches" WHERE "channel" = '1210' AND "month" >= DATE '2019-01-01' LIMIT 1000000`
		: `SELECT i.* FROM "imports" i, range(5) r WHERE i."month" >= DATE '2016-01-01' LIMIT 1000000`;
}

/** One export run. */
export async function exportRun(page: Page, sql: string): Promise<ExportRun> {
	return (await page.evaluate(
		(q) =>
			(
				window as unknown as { bench: { exportRows(s: string): Promise<ExportRun> } }
			).bench.exportRows(q),
		sql
	)) as ExportRun;
}
