import { defineMessages } from '../define';

export const categories = defineMessages(
	{
		'categories.report.mix': 'Categories: mix by phase, with the national mix',
		'categories.report.diff': 'Categories: difference from the national mix',
		'categories.report.trend': 'Categories: shares over time',
		'categories.report.channel': 'Categories: 1210 / 9610 split per category',
		'categories.title': 'What is imported: goods categories by phase',
		'categories.intro':
			'The category mix of each phase’s cities against the national mix, how it changed year by year, and how each category splits between bonded (1210) and direct-purchase (9610) imports. Every city-level figure is sample data.',
		'categories.published':
			'Published national shares exist only for 2022 (full-scope imports, source S16): beauty and toiletries 28.4 %, food and fresh produce 14.7 %. Every other share here is modelled.',
		'categories.aovNote':
			'Average order value cannot be split into shares: the charts on this page show import value.',
		'categories.national': 'National (every city in the sample)',
		'categories.nationalShort': 'National',
		'categories.metricInSentence.value': 'import value',
		'categories.metricInSentence.orders': 'orders',
		'categories.sort': 'Order the bars by',
		'categories.sortPhase': 'phase',
		'categories.sortShare': 'share of {category}',
		'categories.source':
			'imports table (sample): Σ {metric} per category ÷ Σ of the group; the national bar is every city in the sample under the same months, categories and channels',
		'categories.mix.title': 'Category mix by phase, with the national mix',
		'categories.mix.units': 'Share of {metric}, %',
		'categories.mix.aria': 'Stacked bars: the category mix of each phase and of the nation',
		'categories.mix.summary': 'Nationally the largest category is {category} ({share}).',
		'categories.table.group': 'Group',
		'categories.table.category': 'Category',
		'categories.table.year': 'Year',
		'categories.diff.title': 'How each phase differs from the national mix',
		'categories.diff.units': 'Phase share minus national share, percentage points',
		'categories.diff.aria':
			'Diverging bars: each phase’s share of a category minus the national share',
		'categories.diff.share': 'Phase share',
		'categories.diff.nationalShare': 'National share',
		'categories.diff.difference': 'Difference',
		'categories.diff.tipNote': 'National share {share}',
		'categories.trend.title': 'Category shares over time',
		'categories.trend.units':
			'Share of {metric} per calendar year, %; each panel has its own scale',
		'categories.trend.cursor': '{category}: use the arrow keys to read the years',
		'categories.trend.aria':
			'Small multiples: one panel per category, share by year, one line per phase',
		'categories.channel.title': 'Channel split per category: 1210 bonded vs 9610 direct purchase',
		'categories.channel.units': 'Share of {metric} by customs channel, %',
		'categories.channel.aria': 'Stacked bars: the 1210 and 9610 shares of each category',
		'categories.channel.source': 'imports table, the filtered rows',
		'categories.channel.bondedShare': '1210 share',
		'categories.channel.oneChannel':
			'The channel filter keeps {channel} only, so every category is all {channel}; clear it to compare the two channels.'
	},
	{
		'categories.report.mix': '商品类别：各阶段构成及全国构成',
		'categories.report.diff': '商品类别：与全国构成的差异',
		'categories.report.trend': '商品类别：占比变化',
		'categories.report.channel': '商品类别：各类别的1210 / 9610分布',
		'categories.title': '进口什么：各阶段的商品类别',
		'categories.intro':
			'各阶段城市的商品类别构成与全国构成的比较、逐年变化，以及各类别在保税进口（1210）与直购进口（9610）之间的分布。所有城市层面数字均为样本数据。',
		'categories.published':
			'已公布的全国类别占比仅有2022年（全口径进口，来源S16）：美妆及洗护用品28.4%，食品生鲜14.7%。此处其他占比均为模型数据。',
		'categories.aovNote': '平均单价无法拆分为占比：本页图表显示进口额。',
		'categories.national': '全国（样本中的全部城市）',
		'categories.nationalShort': '全国',
		'categories.metricInSentence.value': '进口额',
		'categories.metricInSentence.orders': '订单数',
		'categories.sort': '条形排序',
		'categories.sortPhase': '按阶段',
		'categories.sortShare': '按{category}占比',
		'categories.source':
			'进口表（样本）：各类别{metric}之和÷该组总和；全国条形为样本中全部城市，月份、类别和渠道筛选相同',
		'categories.mix.title': '各阶段商品类别构成及全国构成',
		'categories.mix.units': '{metric}占比，%',
		'categories.mix.aria': '堆叠条形图：各阶段及全国的商品类别构成',
		'categories.mix.summary': '全国最大的类别是{category}（{share}）。',
		'categories.table.group': '组别',
		'categories.table.category': '类别',
		'categories.table.year': '年份',
		'categories.diff.title': '各阶段与全国构成的差异',
		'categories.diff.units': '阶段占比减全国占比，百分点',
		'categories.diff.aria': '发散条形图：各阶段某类别占比减全国占比',
		'categories.diff.share': '阶段占比',
		'categories.diff.nationalShare': '全国占比',
		'categories.diff.difference': '差异',
		'categories.diff.tipNote': '全国占比为{share}',
		'categories.trend.title': '商品类别占比的变化',
		'categories.trend.units': '各年{metric}占比，%；每个小图刻度独立',
		'categories.trend.cursor': '{category}：用方向键查看各年份',
		'categories.trend.aria': '小多图：每个类别一图，按年份的占比，每个阶段一条线',
		'categories.channel.title': '各类别的渠道分布：1210保税与9610直购',
		'categories.channel.units': '{metric}按海关监管方式的占比，%',
		'categories.channel.aria': '堆叠条形图：各类别中1210与9610的占比',
		'categories.channel.source': '进口表，筛选后的数据',
		'categories.channel.bondedShare': '1210占比',
		'categories.channel.oneChannel':
			'渠道筛选只保留{channel}，所以每个类别都全部为{channel}；清除该筛选即可比较两种渠道。'
	}
);
