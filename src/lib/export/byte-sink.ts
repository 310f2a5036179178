/** A growing byte buffer: text exports are written as UTF-8 bytes, never as one big JS string. */

export class ByteSink {
	#bytes: Uint8Array;
	length = 0;

	constructor(initial = 1 << 20) {
		this.#bytes = new Uint8Array(initial);
	}

	/** Makes room for `n` more bytes. */
	reserve(n: number): void {
		if (this.length + n <= this.#bytes.length) return;
		let size = this.#bytes.length * 2;
		while (size < this.length + n) size *= 2;
		const next = new Uint8Array(size);
		next.set(this.#bytes.subarray(0, this.length));
		this.#bytes = next;
	}

	byte(b: number): void {
		this.reserve(1);
		this.#bytes[this.length++] = b;
	}

	bytes(src: Uint8Array): void {
		this.reserve(src.length);
		this.#bytes.set(src, this.length);
		this.length += src.length;
	}

	/** Writes text made only of ASCII characters (numbers, dates, keys) without an encoder. */
	ascii(text: string): void {
		this.reserve(text.length);
		for (let i = 0; i < text.length; i++) this.#bytes[this.length++] = text.charCodeAt(i);
	}

	/** The bytes written so far (a copy trimmed to size, safe to transfer). */
	finish(): Uint8Array {
		return this.#bytes.slice(0, this.length);
	}
}
