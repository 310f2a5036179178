/**
 * The SQL editor: CodeMirror 6 with DuckDB-flavoured SQL highlighting and completion of the
 * contract's table and column names. Loaded lazily (import()) so the first page stays small.
 */
import { EditorView, keymap, placeholder as placeholderExt } from '@codemirror/view';
import { EditorState } from '@codemirror/state';
import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { autocompletion, completionKeymap } from '@codemirror/autocomplete';
import { syntaxHighlighting, defaultHighlightStyle, bracketMatching } from '@codemirror/language';
import { sql, PostgreSQL } from '@codemirror/lang-sql';

export interface SqlEditorOptions {
	readonly parent: HTMLElement;
	readonly doc: string;
	readonly label: string;
	readonly placeholder: string;
	/** Table name → column names, for completion. */
	readonly schema: Readonly<Record<string, readonly string[]>>;
	readonly onChange: (text: string) => void;
	readonly onRun: () => void;
}

/** Mounts an editor; returns it (call `destroy()` to unmount). */
export function createSqlEditor(o: SqlEditorOptions): EditorView {
	const run = () => {
		o.onRun();
		return true;
	};
	return new EditorView({
		parent: o.parent,
		state: EditorState.create({
			doc: o.doc,
			extensions: [
				history(),
				bracketMatching(),
				syntaxHighlighting(defaultHighlightStyle),
				sql({
					dialect: PostgreSQL,
					upperCaseKeywords: true,
					schema: Object.fromEntries(Object.entries(o.schema).map(([t, c]) => [t, [...c]]))
				}),
				autocompletion(),
				keymap.of([
					{ key: 'Mod-Enter', run },
					...completionKeymap,
					...historyKeymap,
					...defaultKeymap
				]),
				placeholderExt(o.placeholder),
				EditorView.lineWrapping,
				EditorView.contentAttributes.of({ 'aria-label': o.label, 'data-testid': 'sql-editor' }),
				EditorView.updateListener.of((u) => {
					if (u.docChanged) o.onChange(u.state.doc.toString());
				})
			]
		})
	});
}

/** Replaces the editor's text (e.g. from the history). */
export function setEditorText(view: EditorView, text: string): void {
	view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } });
}
