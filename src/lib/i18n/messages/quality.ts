import { defineMessages } from '../define';

/** Resilience, memory, theme and error-boundary messages (shared by every page). */
export const quality = defineMessages(
	{
		'engine.crashed':
			'The data engine stopped ({reason}). Restarting it and reloading the data; the view will come back as it was.',
		'engine.recovered':
			'The data engine stopped and was restarted; the data was reloaded and this view restored from its link.',
		'engine.gaveUp':
			'The data engine stopped {n} times in a minute and was not restarted again. Try again, or reload the page.',
		'engine.dismiss': 'Dismiss',
		'engine.memoryWarning':
			'This load needs about {needed} of memory, more than the engine’s limit of {limit} (DuckDB runs as 32-bit WebAssembly: at most 4 GB, often less). The browser tab may run out of memory.',
		'engine.loadAnyway': 'Load anyway',
		'engine.cancelLoad': 'Do not load',
		'theme.label': 'Colour scheme',
		'theme.system': 'System',
		'theme.light': 'Light',
		'theme.dark': 'Dark',
		'boundary.title': 'This part of the page stopped working',
		'boundary.text':
			'Something went wrong while drawing the page: {error}. The data is still loaded; try again, or go back to the overview.',
		'boundary.retry': 'Try again',
		'chart.tableOf': 'Table of the data: {title}'
	},
	{
		'engine.crashed': '数据引擎已停止（{reason}）。正在重启并重新加载数据，视图将恢复原样。',
		'engine.recovered': '数据引擎曾停止并已重启；数据已重新加载，本视图已按链接恢复。',
		'engine.gaveUp': '数据引擎在一分钟内停止了{n}次，不再自动重启。请重试或重新加载页面。',
		'engine.dismiss': '关闭',
		'engine.memoryWarning':
			'本次加载约需{needed}内存，超过引擎上限{limit}（DuckDB以32位WebAssembly运行：最多4 GB，通常更少）。浏览器标签页可能内存不足。',
		'engine.loadAnyway': '仍然加载',
		'engine.cancelLoad': '不加载',
		'theme.label': '配色',
		'theme.system': '跟随系统',
		'theme.light': '浅色',
		'theme.dark': '深色',
		'boundary.title': '页面的这一部分出错了',
		'boundary.text': '绘制页面时出错：{error}。数据仍已加载；请重试，或返回概览。',
		'boundary.retry': '重试',
		'chart.tableOf': '数据表：{title}'
	}
);
