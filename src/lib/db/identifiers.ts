/** Double-quotes an SQL identifier, doubling embedded quotes. Callers check it against the schema. */
export function quoteIdent(name: string): string {
	return `"${name.replaceAll('"', '""')}"`;
}
