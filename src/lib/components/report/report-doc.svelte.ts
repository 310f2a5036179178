/**
 * The report being edited: one document, kept in the browser (localStorage) after every change,
 * and replaceable by an imported file or a shared link.
 */
import { browser } from '$app/environment';
import {
	emptyReport,
	parseReportSpec,
	type BlockShow,
	type ReportBlock,
	type ReportSpec,
	type ReportViewId
} from '../../report/spec';

const STORAGE_KEY = 'pilot-atlas:report';

let counter = 0;
const newId = () => `b${Date.now().toString(36)}${(counter++).toString(36)}`;

export class ReportDoc {
	spec = $state<ReportSpec>(emptyReport('1970-01-01'));
	/** Where the document came from, for the notice the builder shows. */
	origin = $state<'new' | 'saved' | 'link' | 'file'>('new');

	/** Loads the saved report, or starts one dated today in the reader's language. */
	restore(today: string, lang: 'en' | 'zh' = 'en'): void {
		const saved = browser ? localStorage.getItem(STORAGE_KEY) : null;
		const parsed = saved ? parseReportSpec(safeJson(saved)) : null;
		if (parsed && 'spec' in parsed) {
			this.spec = parsed.spec;
			this.origin = 'saved';
		} else {
			this.spec = emptyReport(today, lang);
			this.origin = 'new';
		}
	}

	/** Replaces the document (an import or a link); the old one stays saved until the next edit. */
	replace(spec: ReportSpec, origin: 'link' | 'file'): void {
		this.spec = spec;
		this.origin = origin;
	}

	save(): void {
		try {
			localStorage.setItem(STORAGE_KEY, JSON.stringify(this.spec));
		} catch {
			// storage full or disabled: the export button still works
		}
	}

	addHeading(text: string): void {
		this.#push({ id: newId(), kind: 'heading', text });
	}

	addText(markdown: string): void {
		this.#push({ id: newId(), kind: 'text', markdown });
	}

	addView(view: ReportViewId, params: string, show: BlockShow = 'chart'): void {
		this.#push({ id: newId(), kind: 'view', view, params, show });
	}

	move(id: string, by: -1 | 1): void {
		const i = this.spec.blocks.findIndex((b) => b.id === id);
		const j = i + by;
		if (i < 0 || j < 0 || j >= this.spec.blocks.length) return;
		const blocks = [...this.spec.blocks];
		[blocks[i], blocks[j]] = [blocks[j]!, blocks[i]!];
		this.spec.blocks = blocks;
		this.save();
	}

	remove(id: string): void {
		this.spec.blocks = this.spec.blocks.filter((b) => b.id !== id);
		this.save();
	}

	#push(block: ReportBlock): void {
		this.spec.blocks.push(block);
		this.save();
	}
}

function safeJson(text: string): unknown {
	try {
		return JSON.parse(text);
	} catch {
		return null;
	}
}
