/**
 * Markdown → a tree of safe nodes to render with Svelte (never HTML strings). Raw HTML in the
 * source becomes visible text; only http(s) and mailto links survive as links.
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import type { Nodes, Root } from 'mdast';

export type SafeNode =
	| { type: 'text'; value: string }
	| { type: 'code'; value: string }
	| { type: 'break' | 'rule' }
	| { type: 'link'; href: string; children: SafeNode[] }
	| {
			type: 'paragraph' | 'strong' | 'emphasis' | 'quote' | 'item' | 'delete';
			children: SafeNode[];
	  }
	| { type: 'heading'; depth: number; children: SafeNode[] }
	| { type: 'list'; ordered: boolean; children: SafeNode[] }
	| { type: 'codeblock'; value: string };

const SAFE_URL = /^(https?:\/\/|mailto:)/i;

function convert(node: Nodes): SafeNode[] {
	const kids = () => ('children' in node ? node.children.flatMap((c) => convert(c as Nodes)) : []);
	switch (node.type) {
		case 'root':
			return kids();
		case 'text':
			return [{ type: 'text', value: node.value }];
		case 'html':
			return [{ type: 'text', value: node.value }];
		case 'inlineCode':
			return [{ type: 'code', value: node.value }];
		case 'code':
			return [{ type: 'codeblock', value: node.value }];
		case 'break':
			return [{ type: 'break' }];
		case 'thematicBreak':
			return [{ type: 'rule' }];
		case 'paragraph':
			return [{ type: 'paragraph', children: kids() }];
		case 'strong':
			return [{ type: 'strong', children: kids() }];
		case 'emphasis':
			return [{ type: 'emphasis', children: kids() }];
		case 'delete':
			return [{ type: 'delete', children: kids() }];
		case 'blockquote':
			return [{ type: 'quote', children: kids() }];
		case 'heading':
			// Report headings are blocks of their own; text headings sit below them.
			return [{ type: 'heading', depth: Math.min(6, node.depth + 2), children: kids() }];
		case 'list':
			return [{ type: 'list', ordered: Boolean(node.ordered), children: kids() }];
		case 'listItem':
			return [{ type: 'item', children: kids() }];
		case 'link':
			return SAFE_URL.test(node.url)
				? [{ type: 'link', href: node.url, children: kids() }]
				: kids();
		case 'image':
			return [{ type: 'text', value: node.alt ?? '' }];
		default:
			return kids();
	}
}

/** Parses Markdown into safe nodes. */
export function parseMarkdown(markdown: string): SafeNode[] {
	return convert(fromMarkdown(markdown) as Root);
}
