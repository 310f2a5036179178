import { defineMessages } from '../define';

/** The chart grammar's own words: cursor, event key, scale notes, data status, data tables. */
export const charts = defineMessages(
	{
		'chart.cursorText': '{key}: {values}',
		'chart.cursorValue': '{label} {value}',
		'chart.valueSeparator': '; ',
		'chart.listSeparator': ', ',
		'chart.barReader': 'Read the bars: the up and down arrow keys move from bar to bar',
		'chart.logExcluded':
			'{n} values at or below zero cannot be drawn on a log scale; the table lists them.',
		'chart.eventGroup': 'Events {numbers}: {labels}',
		'chart.status.mixed': 'Your data: {own}; sample data (modelled, not official): {sample}',
		'table.imports': 'imports',
		'table.violations': 'violations',
		'table.scrollHint': 'Scroll sideways to see every column →',
		'table.sortBy': 'Sort by {column}',
		'chart.share.title': 'Share of national import value',
		'chart.share.aria': '{cohort}: share of national import value by year, {values}',
		'chart.share.latest': '{year}: {share}'
	},
	{
		'chart.cursorText': '{key}：{values}',
		'chart.cursorValue': '{label}为{value}',
		'chart.valueSeparator': '；',
		'chart.listSeparator': '、',
		'chart.barReader': '读取数值：用上下方向键逐条移动',
		'chart.logExcluded': '{n}个数值小于或等于零，无法在对数刻度上绘制；表格中列出了这些数值。',
		'chart.eventGroup': '事件{numbers}：{labels}',
		'chart.status.mixed': '您的数据：{own}；样本数据（模型生成，非官方统计）：{sample}',
		'table.imports': '进口数据',
		'table.violations': '违规数据',
		'table.scrollHint': '左右滑动可查看全部列→',
		'table.sortBy': '按{column}排序',
		'chart.share.title': '占全国进口额的份额',
		'chart.share.aria': '{cohort}：各年占全国进口额的份额，{values}',
		'chart.share.latest': '{year}年：{share}'
	}
);
