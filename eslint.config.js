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
			'.svelte-kit/',
			'static/data/',
			'reports/',
			'test-results/',
			'node_modules/'
		]
	}
);
