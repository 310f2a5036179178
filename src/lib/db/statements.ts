/**
 * Splits analyst SQL into statements at semicolons outside quotes and comments, so a console
 * script can run its last statement as a cancellable streamed query.
 */

/** The non-empty statements of a script, in order, without their semicolons. */
export function splitStatements(script: string): string[] {
	const out: string[] = [];
	let start = 0;
	let i = 0;
	const n = script.length;
	while (i < n) {
		const ch = script[i]!;
		const next = script[i + 1];
		if (ch === "'" || ch === '"') {
			i++;
			while (i < n && !(script[i] === ch && script[i + 1] !== ch)) i += script[i] === ch ? 2 : 1;
			i++;
		} else if (ch === '-' && next === '-') {
			while (i < n && script[i] !== '\n') i++;
		} else if (ch === '/' && next === '*') {
			const end = script.indexOf('*/', i + 2);
			i = end < 0 ? n : end + 2;
		} else if (ch === ';') {
			out.push(script.slice(start, i));
			start = ++i;
		} else i++;
	}
	out.push(script.slice(start));
	return out.filter((s) => stripComments(s).trim() !== '').map((s) => s.trim());
}

function stripComments(s: string): string {
	return s.replace(/--[^\n]*/g, '').replace(/\/\*[\s\S]*?\*\//g, '');
}
