/**
 * Publish and print a report: wait until every block is drawn (naming any block that failed),
 * then zip the static folder for download, or print. A report in another language than the
 * interface is rendered in its own language in a hidden frame first.
 */
import { locale, t } from '$lib/i18n/index.svelte';
import { whenReportSettles, type Readiness } from '$lib/report/readiness';
import { snapshotReport } from '$lib/report/snapshot';
import { publishedFolderName, zipStaticReport } from '$lib/report/folder-zip';
import type { ReportSpec } from '$lib/report/spec';
import { openReportFrame, type ReportFrame } from './report-frame';
import { REPORT_VIEWS } from './view-registry';

export type PublishStatus =
	| { readonly kind: 'idle' }
	| { readonly kind: 'busy'; readonly text: string }
	| { readonly kind: 'done'; readonly text: string }
	| { readonly kind: 'error'; readonly text: string };

export class ReportPublisher {
	status = $state<PublishStatus>({ kind: 'idle' });

	/** Builds the zip and hands it to the browser's downloads. */
	async publish(spec: ReportSpec): Promise<void> {
		this.status = { kind: 'busy', text: t('report.publishing') };
		try {
			const name = publishedFolderName(spec.title, spec.date);
			const bytes = await this.#inReportLanguage(spec, (doc) =>
				zipStaticReport(name, snapshotReport(doc))
			);
			const { saveFiles } = await import('$lib/export/download');
			await saveFiles([{ name: `${name}.zip`, type: 'application/zip', bytes }]);
			this.status = { kind: 'done', text: t('report.published', { file: `${name}.zip` }) };
		} catch (e) {
			this.#fail(e);
		}
	}

	/** Prints the report (in its own language, through a frame when the interface differs). */
	async print(spec: ReportSpec): Promise<void> {
		if (spec.lang === locale()) {
			window.print();
			return;
		}
		const report = t(`report.langName.${spec.lang}`);
		this.status = { kind: 'busy', text: t('report.printing', { report }) };
		try {
			await this.#inReportLanguage(spec, (_doc, win) => win.print());
			this.status = { kind: 'idle' };
		} catch (e) {
			this.#fail(e);
		}
	}

	async #inReportLanguage<T>(spec: ReportSpec, use: (doc: Document, win: Window) => T): Promise<T> {
		let frame: ReportFrame | null = null;
		try {
			if (spec.lang !== locale()) frame = await openReportFrame(spec);
			const doc = frame?.document ?? document;
			const settled = await whenReportSettles(doc, spec.blocks.length);
			if (settled.state !== 'ready') throw new Error(this.#why(spec, settled));
			return use(doc, frame?.window ?? window);
		} finally {
			// Printing from a frame is synchronous in every browser; the frame can go after it.
			frame?.remove();
		}
	}

	#why(spec: ReportSpec, settled: Exclude<Readiness, { state: 'ready' }>): string {
		const name = (index: number) => {
			const block = spec.blocks[index];
			return block?.kind === 'view' ? t(REPORT_VIEWS[block.view].label) : String(index + 1);
		};
		if (settled.state === 'failed')
			return settled.failed
				.map((f) =>
					t('report.publishBlock', { n: f.index + 1, view: name(f.index), error: f.error })
				)
				.join('; ');
		const waiting = settled.waiting.map((i) => `${i + 1} (${name(i)})`).join(', ');
		return waiting ? `${t('report.publishTimeout')}: ${waiting}` : t('report.publishTimeout');
	}

	#fail(e: unknown): void {
		const error = e instanceof Error ? e.message : String(e);
		this.status = { kind: 'error', text: t('report.publishError', { error }) };
	}
}
