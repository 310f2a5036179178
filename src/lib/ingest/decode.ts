/**
 * Bytes → text for delimited and JSON files. Chinese statistical bureaus publish UTF-8 (with or
 * without BOM) and GBK/GB18030 without any marker, so: BOM first, then strict UTF-8, then strict
 * GB18030 (a superset of GBK). TextDecoder knows both in browsers and in Node.
 */
import { IngestError } from './errors';

export type TextEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'gb18030';

export interface DecodedText {
	readonly text: string;
	readonly encoding: TextEncoding;
}

const strict = (label: string, bytes: Uint8Array): string | null => {
	try {
		return new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes);
	} catch {
		return null;
	}
};

/** Refuses bytes that are not text: NUL bytes or many control characters in the first 4 kB. */
export function assertLooksLikeText(bytes: Uint8Array): void {
	const head = bytes.subarray(0, 4096);
	let control = 0;
	for (const b of head) {
		if (b === 0) throw new IngestError('binary');
		if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) control++;
	}
	if (control > head.length * 0.01) throw new IngestError('binary');
}

/** Decodes a text file; throws an IngestError when it is neither UTF-8 nor GB18030. */
export function decodeText(bytes: Uint8Array): DecodedText {
	if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
		const text = strict('utf-8', bytes.subarray(3));
		if (text === null) throw new IngestError('undecodable');
		return { text, encoding: 'utf-8-bom' };
	}
	if (bytes[0] === 0xff && bytes[1] === 0xfe) {
		return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
	}
	if (bytes[0] === 0xfe && bytes[1] === 0xff) {
		return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
	}
	assertLooksLikeText(bytes);
	const utf8 = strict('utf-8', bytes);
	if (utf8 !== null) return { text: utf8, encoding: 'utf-8' };
	const gb = strict('gb18030', bytes);
	if (gb !== null) return { text: gb, encoding: 'gb18030' };
	throw new IngestError('undecodable');
}
