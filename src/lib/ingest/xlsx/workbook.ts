/**
 * The parts of a workbook a sheet needs: the sheet list (names, files, hidden), the date system,
 * the shared strings and which cell styles are dates. From the workbook's own XML parts.
 */
import { IngestError } from '../errors';
import { entryStream, entryText, type ZipEntry } from './zip';
import { readXml } from './xml';

export interface SheetRef {
	readonly name: string;
	readonly path: string;
	readonly hidden: boolean;
}

export interface Workbook {
	readonly sheets: readonly SheetRef[];
	readonly date1904: boolean;
	readonly sharedStrings: readonly string[];
	/** Indexes of cell styles (`s`) whose number format is a date or time. */
	readonly dateStyles: ReadonlySet<number>;
}

function part(entries: Map<string, ZipEntry>, path: string): ZipEntry {
	const entry = entries.get(path);
	if (!entry) throw new IngestError('xlsx-missing-part', { part: path });
	return entry;
}

function attrs(xml: string, tag: string): Record<string, string>[] {
	const out: Record<string, string>[] = [];
	const re = new RegExp(`<(?:\\w+:)?${tag}\\b([^>]*)>`, 'g');
	for (const m of xml.matchAll(re)) {
		const a: Record<string, string> = {};
		for (const kv of m[1]!.matchAll(/([\w:]+)\s*=\s*"([^"]*)"/g)) {
			a[kv[1]!.replace(/^\w+:/, (p) => (p === 'r:' ? 'r:' : ''))] = kv[2]!;
		}
		out.push(a);
	}
	return out;
}

const resolvePath = (target: string) =>
	target.startsWith('/') ? target.slice(1) : `xl/${target.replace(/^\.\//, '')}`;

// Built-in number formats that are dates or times (ECMA-376 §18.8.30, CJK variants included).
const BUILTIN_DATES = new Set([
	14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51,
	52, 53, 54, 55, 56, 57, 58
]);

function isDateFormat(code: string): boolean {
	const bare = code
		.replace(/"[^"]*"/g, '')
		.replace(/\[[^\]]*\]/g, '')
		.replace(/\\./g, '');
	return /[dmyhs]/i.test(bare) && !/^general$/i.test(bare.trim());
}

async function dateStylesOf(entries: Map<string, ZipEntry>, blob: Blob): Promise<Set<number>> {
	const entry = entries.get('xl/styles.xml');
	if (!entry) return new Set();
	const xml = await entryText(blob, entry);
	const custom = new Map(attrs(xml, 'numFmt').map((a) => [Number(a.numFmtId), a.formatCode ?? '']));
	const cellXfs = /<(?:\w+:)?cellXfs\b[\s\S]*?<\/(?:\w+:)?cellXfs>/.exec(xml)?.[0] ?? '';
	const out = new Set<number>();
	attrs(cellXfs, 'xf').forEach((a, i) => {
		const id = Number(a.numFmtId ?? 0);
		if (BUILTIN_DATES.has(id) || isDateFormat(custom.get(id) ?? '')) out.add(i);
	});
	return out;
}

async function sharedStringsOf(entries: Map<string, ZipEntry>, blob: Blob): Promise<string[]> {
	const entry = entries.get('xl/sharedStrings.xml');
	if (!entry) return [];
	const out: string[] = [];
	let current = '';
	let inText = false;
	let phonetic = 0;
	await readXml(await entryStream(blob, entry), {
		open(name) {
			if (name === 'si') current = '';
			else if (name === 'rPh') phonetic++;
			else if (name === 't' && phonetic === 0) inText = true;
		},
		close(name) {
			if (name === 'si') out.push(current);
			else if (name === 'rPh') phonetic--;
			else if (name === 't') inText = false;
		},
		text(text) {
			if (inText) current += text;
		}
	});
	return out;
}

/** Reads the workbook's sheet list, date system, shared strings and date styles. */
export async function readWorkbook(entries: Map<string, ZipEntry>, blob: Blob): Promise<Workbook> {
	const workbookXml = await entryText(blob, part(entries, 'xl/workbook.xml'));
	const relsXml = await entryText(blob, part(entries, 'xl/_rels/workbook.xml.rels'));
	const targets = new Map(attrs(relsXml, 'Relationship').map((a) => [a.Id, a.Target ?? '']));
	const sheets = attrs(workbookXml, 'sheet').map((a) => {
		const target = targets.get(a['r:id'] ?? a.id ?? '') ?? '';
		return {
			name: a.name ?? '',
			path: resolvePath(target),
			hidden: (a.state ?? 'visible') !== 'visible'
		};
	});
	if (sheets.length === 0) throw new IngestError('xlsx-no-sheet');
	const date1904 = /date1904\s*=\s*"(1|true)"/.test(workbookXml);
	const [sharedStrings, dateStyles] = await Promise.all([
		sharedStringsOf(entries, blob),
		dateStylesOf(entries, blob)
	]);
	return { sheets, date1904, sharedStrings, dateStyles };
}
