import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

export default ts.config(
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	prettier,
	...svelte.configs.prettier,
	{ languageOptions: { globals: { ...globals.browser, ...globals.node } } },
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: {
			parserOptions: {
				projectService: true,
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		}
	},
	{
		rules: {
			'svelte/no-at-html-tags': 'error',
			// Our gotos only change the query string of page.url.pathname, which is already resolved.
			'svelte/no-navigation-without-resolve': ['error', { ignoreGoto: true }],
			// Flags every temporary Map/URLSearchParams built inside a $derived; state that must be
			// reactive is declared with runes explicitly, and results are kept in $state.raw.
			'svelte/prefer-svelte-reactivity': 'off',
			'no-restricted-syntax': [
				'error',
				{
					selector:
						"CallExpression[callee.property.name='append'][callee.object.callee.name='select']",
					message: 'Svelte owns the DOM: d3 computes, markup renders.'
				}
			]
		}
	},
	{
		ignores: [
			'build/',
			'bench-results/',
			'.svelte-kit/',
			'static/data/',
			'reports/',
			'test-results/',
			'node_modules/'
		]
	}
);
