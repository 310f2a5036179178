/**
 * SpreadsheetML parts as a stream of XML events (saxes: a conformant streaming XML parser, so
 * entities, CDATA and namespace prefixes are handled as the standard says). Tag names arrive
 * without their prefix ('x:row' → 'row'): some writers prefix every element.
 */
import { SaxesParser, type SaxesTagPlain } from 'saxes';

export interface XmlHandlers {
	open?(name: string, attributes: Readonly<Record<string, string>>): void;
	close?(name: string): void;
	text?(text: string): void;
}

/** Thrown by a handler to stop reading early (the rest of the part is not needed). */
export class StopReading extends Error {}

const local = (name: string) => {
	const i = name.indexOf(':');
	return i < 0 ? name : name.slice(i + 1);
};

/** Feeds a part's bytes through the parser; resolves when it ends or a handler stops it. */
export async function readXml(
	stream: ReadableStream<Uint8Array>,
	handlers: XmlHandlers
): Promise<void> {
	const parser = new SaxesParser();
	if (handlers.open) {
		const open = handlers.open;
		parser.on('opentag', (tag: SaxesTagPlain) =>
			open(local(tag.name), tag.attributes as Record<string, string>)
		);
	}
	if (handlers.close) {
		const close = handlers.close;
		parser.on('closetag', (tag: SaxesTagPlain) => close(local(tag.name)));
	}
	if (handlers.text) parser.on('text', handlers.text);
	if (handlers.text) parser.on('cdata', handlers.text);
	let failure: Error | null = null;
	parser.on('error', (error) => {
		failure ??= error;
	});
	const reader = stream.getReader();
	const decoder = new TextDecoder();
	try {
		for (;;) {
			const { done, value } = await reader.read();
			if (done) break;
			parser.write(decoder.decode(value, { stream: true }));
			if (failure) throw failure;
		}
		parser.write(decoder.decode());
		parser.close();
		if (failure) throw failure;
	} catch (error) {
		await reader.cancel().catch(() => {});
		if (error instanceof StopReading) return;
		throw error;
	}
}
