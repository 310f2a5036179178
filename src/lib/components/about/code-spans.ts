/** Splits a description on `backticks`: identifiers render as code, in either language. */
export function codeSpans(text: string): { code: boolean; text: string }[] {
	return text
		.split('`')
		.map((part, i) => ({ code: i % 2 === 1, text: part }))
		.filter((s) => s.text !== '');
}
