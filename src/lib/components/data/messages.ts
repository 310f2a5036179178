/** Upload errors and row problems as sentences in the reader's language. */
import { t, type MessageKey } from '$lib/i18n/index.svelte';
import type { ErrorParams, FileErrorCode, RowProblemCode } from '$lib/ingest/errors';

/** A file-level error. */
export function fileErrorText(code: FileErrorCode, params: ErrorParams): string {
	return t(`workbench.error.${code}` as MessageKey, { ...params });
}

/** A row problem, without its row (the report shows the row in its own column). */
export function problemText(code: RowProblemCode, params: ErrorParams): string {
	return t(`workbench.problem.${code}` as MessageKey, { ...params });
}
