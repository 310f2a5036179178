/**
 * What kind of file the analyst gave us, from its first bytes first and its name second: a
 * spreadsheet renamed to .csv is still read as a spreadsheet.
 */
import { IngestError } from './errors';
import { MAX_UPLOAD_BYTES } from './limits';

export type FileFormat = 'delimited' | 'xlsx' | 'parquet' | 'arrow' | 'json';

const startsWith = (bytes: Uint8Array, magic: readonly number[], at = 0) =>
	magic.every((b, i) => bytes[at + i] === b);

const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));

/** Magic numbers of formats people upload by mistake, for a precise message. */
const FOREIGN: readonly [string, readonly number[]][] = [
	['PNG', [0x89, 0x50, 0x4e, 0x47]],
	['JPEG', [0xff, 0xd8, 0xff]],
	['GIF', ascii('GIF8')],
	['PDF', ascii('%PDF')],
	['XLS (Excel 97–2003)', [0xd0, 0xcf, 0x11, 0xe0]],
	['gzip', [0x1f, 0x8b]],
	['7z', [0x37, 0x7a, 0xbc, 0xaf]],
	['RAR', ascii('Rar!')]
];

/**
 * Decides the format of a file. Throws an IngestError for an empty, oversized or foreign file.
 * `size` is the file's size, checked before its bytes are read; `head` is its first bytes.
 */
export function detectFormat(name: string, size: number, head: Uint8Array): FileFormat {
	if (size === 0) throw new IngestError('empty');
	if (size > MAX_UPLOAD_BYTES) {
		throw new IngestError('too-large', {
			size: Math.round(size / 1048576),
			limit: MAX_UPLOAD_BYTES / 1048576
		});
	}
	if (startsWith(head, ascii('PAR1'))) return 'parquet';
	if (startsWith(head, ascii('ARROW1'))) return 'arrow';
	// An Arrow IPC stream opens with the continuation marker 0xFFFFFFFF.
	if (startsWith(head, [0xff, 0xff, 0xff, 0xff])) return 'arrow';
	if (startsWith(head, [0x50, 0x4b, 0x03, 0x04])) {
		if (/\.(xlsx|xlsm)$/i.test(name) || !/\.zip$/i.test(name)) return 'xlsx';
		throw new IngestError('unsupported-format', { kind: 'ZIP' });
	}
	for (const [kind, magic] of FOREIGN) {
		if (startsWith(head, magic)) throw new IngestError('unsupported-format', { kind });
	}
	if (/\.(json|geojson)$/i.test(name)) return 'json';
	const lower = name.toLowerCase();
	if (lower.endsWith('.parquet')) return 'parquet';
	if (lower.endsWith('.arrow') || lower.endsWith('.feather')) return 'arrow';
	if (lower.endsWith('.xlsx')) return 'xlsx';
	return 'delimited';
}
