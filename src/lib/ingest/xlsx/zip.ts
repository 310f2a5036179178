/**
 * The ZIP container of an XLSX workbook, read from a Blob without loading it whole: the central
 * directory (ZIP64 included) from the file's end, then any entry as a stream inflated by the
 * platform's own DecompressionStream ('deflate-raw', in every current browser and Node 20).
 */
import { IngestError } from '../errors';

export interface ZipEntry {
	readonly name: string;
	readonly method: number;
	readonly compressedSize: number;
	readonly localOffset: number;
	readonly encrypted: boolean;
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const MAX_U32 = 0xffffffff;

const bytesOf = async (blob: Blob, start: number, end: number) =>
	new DataView(await blob.slice(start, end).arrayBuffer());

const u64 = (v: DataView, at: number) => Number(v.getBigUint64(at, true));

/** Lists the entries of a ZIP archive; throws xlsx-not-zip when there is no readable directory. */
export async function zipEntries(blob: Blob): Promise<Map<string, ZipEntry>> {
	const tailStart = Math.max(0, blob.size - 65_557);
	const tail = await bytesOf(blob, tailStart, blob.size);
	let at = -1;
	for (let i = tail.byteLength - 22; i >= 0; i--) {
		if (tail.getUint32(i, true) === EOCD) {
			at = i;
			break;
		}
	}
	if (at < 0) throw new IngestError('xlsx-not-zip', { detail: 'no end-of-archive record' });
	let count = tail.getUint16(at + 10, true);
	let size = tail.getUint32(at + 12, true);
	let offset = tail.getUint32(at + 16, true);
	if (offset === MAX_U32 || size === MAX_U32 || count === 0xffff) {
		const locator = at - 20;
		if (locator < 0 || tail.getUint32(locator, true) !== ZIP64_LOCATOR) {
			throw new IngestError('xlsx-not-zip', { detail: 'ZIP64 locator missing' });
		}
		const record = u64(tail, locator + 8);
		const z = await bytesOf(blob, record, record + 56);
		if (z.getUint32(0, true) !== ZIP64_EOCD) {
			throw new IngestError('xlsx-not-zip', { detail: 'ZIP64 record missing' });
		}
		count = u64(z, 32);
		size = u64(z, 40);
		offset = u64(z, 48);
	}
	if (offset + size > blob.size) {
		throw new IngestError('xlsx-not-zip', { detail: 'the directory points past the end' });
	}
	const dir = await bytesOf(blob, offset, offset + size);
	const names = new TextDecoder();
	const entries = new Map<string, ZipEntry>();
	let p = 0;
	for (let n = 0; n < count; n++) {
		if (p + 46 > dir.byteLength || dir.getUint32(p, true) !== CENTRAL) {
			throw new IngestError('xlsx-not-zip', { detail: `directory entry ${n + 1} is damaged` });
		}
		const flags = dir.getUint16(p + 8, true);
		const method = dir.getUint16(p + 10, true);
		let compressedSize = dir.getUint32(p + 20, true);
		const uncompressed = dir.getUint32(p + 24, true);
		const nameLength = dir.getUint16(p + 28, true);
		const extraLength = dir.getUint16(p + 30, true);
		const commentLength = dir.getUint16(p + 32, true);
		let localOffset = dir.getUint32(p + 42, true);
		const name = names.decode(new Uint8Array(dir.buffer, dir.byteOffset + p + 46, nameLength));
		// ZIP64 extra field: the 64-bit sizes and offset, for those the fixed fields mark as 0xFFFFFFFF.
		let e = p + 46 + nameLength;
		const extraEnd = e + extraLength;
		while (e + 4 <= extraEnd) {
			const id = dir.getUint16(e, true);
			const len = dir.getUint16(e + 2, true);
			if (id === 0x0001) {
				let q = e + 4;
				if (uncompressed === MAX_U32) q += 8;
				if (compressedSize === MAX_U32) {
					compressedSize = u64(dir, q);
					q += 8;
				}
				if (localOffset === MAX_U32) localOffset = u64(dir, q);
			}
			e += 4 + len;
		}
		entries.set(name, { name, method, compressedSize, localOffset, encrypted: (flags & 1) === 1 });
		p = extraEnd + commentLength;
	}
	return entries;
}

/** The entry's bytes as a stream, inflated; `onBytes` is told of compressed bytes consumed. */
export async function entryStream(
	blob: Blob,
	entry: ZipEntry,
	onBytes: (n: number) => void = () => {}
): Promise<ReadableStream<Uint8Array>> {
	if (entry.encrypted) {
		throw new IngestError('xlsx-unsupported', { detail: 'the workbook is password-protected' });
	}
	const head = await bytesOf(blob, entry.localOffset, entry.localOffset + 30);
	if (head.byteLength < 30 || head.getUint32(0, true) !== LOCAL) {
		throw new IngestError('xlsx-not-zip', { detail: `entry ${entry.name} is damaged` });
	}
	const start = entry.localOffset + 30 + head.getUint16(26, true) + head.getUint16(28, true);
	const end = start + entry.compressedSize;
	if (end > blob.size) {
		throw new IngestError('xlsx-not-zip', { detail: `entry ${entry.name} is cut off` });
	}
	const counted = blob
		.slice(start, end)
		.stream()
		.pipeThrough(
			new TransformStream<Uint8Array, Uint8Array>({
				transform(chunk, controller) {
					onBytes(chunk.byteLength);
					controller.enqueue(chunk);
				}
			})
		);
	if (entry.method === 0) return counted;
	if (entry.method !== 8) {
		throw new IngestError('xlsx-unsupported', { detail: `compression method ${entry.method}` });
	}
	return counted.pipeThrough(
		new DecompressionStream('deflate-raw') as unknown as TransformStream<Uint8Array, Uint8Array>
	);
}

/** An entry's whole text (small parts: workbook, relationships, styles). */
export async function entryText(blob: Blob, entry: ZipEntry): Promise<string> {
	return new Response(await entryStream(blob, entry)).text();
}
