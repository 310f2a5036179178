import { defineMessages } from '../define';

/** Upload grain, units and scale checks, workbook sheets, export progress, and grain notices. */
export const ingest = defineMessages(
	{
		'ingest.reading': 'Reading {file}: {percent} %',
		'ingest.cancelRead': 'Stop reading',
		'ingest.sheet': 'Sheet',
		'ingest.sheetRead': 'Sheet “{sheet}” ({n} of {count} sheets)',
		'ingest.sheetRows': '{name} ({rows} rows)',
		'ingest.fixedGroup': 'not in the file — every row is:',
		'ingest.fixed.all.category': 'all goods (totals)',
		'ingest.fixed.all.channel': 'both channels (totals)',
		'ingest.fixed.all.type': 'all violation types (totals)',
		'ingest.fixed.unknown': 'not stated (unknown)',
		'ingest.unit.header': 'from the header: “{label}”',
		'ingest.unit.title': 'from the title row: “{label}”',
		'ingest.unit.none': 'no unit stated: read as written',
		'ingest.unit.analyst': 'set by you',
		'ingest.example': 'Line {row} as it will load: {cells}',
		'ingest.cellUnits':
			'{column}: {n} cells state their own unit ({units}) and are converted by it; other cells use the column’s unit.',
		'ingest.grain': 'Grain of these rows: {words}.',
		'ingest.grain.city': 'by city',
		'ingest.grain.province': 'by province',
		'ingest.grain.month': 'monthly',
		'ingest.grain.quarter': 'quarterly',
		'ingest.grain.year': 'annual',
		'ingest.grain.detail': 'by {column}',
		'ingest.grain.all': '{column}: totals over all',
		'ingest.grain.unknown': '{column}: not stated',
		'ingest.addRefused':
			'These rows are {file}; the loaded {table} table is {loaded}. Rows at different grains are never summed together: replace the table, or bring rows at its grain.',
		'ingest.warnings': 'Check the magnitude before loading',
		'ingest.warn.above-national':
			'{year}: the file’s value totals {total} yuan, {ratio} times the national retail-import value ({national} yuan). The unit is probably wrong.',
		'ingest.warn.far-below-national':
			'{year}: the file’s value totals {total} yuan, about 1/{inverse} of the national retail-import value ({national} yuan). Unless the file covers one small place, the unit is probably wrong (万元 read as 元?).',
		'ingest.warn.implausible-order-value':
			'The average order value is {perOrder} yuan (value ÷ orders); retail-import orders are usually 100–1,000 yuan. One of the two columns probably has the wrong unit.',
		'workbench.problem.out-of-range': 'larger than {max}, the most a count column holds',
		'workbench.problem.total-row':
			'a total row (合计, total): totals are not loaded beside their parts',
		'workbench.problem.mixed-grain':
			'a row at {level} level in a file at {expected} level: rows at different grains are never summed together',
		'workbench.error.xlsx-not-zip':
			'The XLSX file is damaged: it is not a complete ZIP archive ({detail}). It may have been cut off while downloading.',
		'workbench.error.xlsx-missing-part': 'The XLSX file is damaged: its part “{part}” is missing.',
		'workbench.error.xlsx-bad-xml':
			'The XLSX file is damaged: sheet “{sheet}” is not well-formed XML near row {row} ({detail}).',
		'workbench.error.xlsx-unsupported':
			'This XLSX file uses a feature that cannot be read here: {detail}.',
		'workbench.error.xlsx-no-sheet': 'The workbook has no worksheet with data.',
		'workbench.error.read-failed': 'The file could not be read: {detail}.',
		'ingest.export.raw': 'Raw text cells (for machines)',
		'ingest.export.rawHelp':
			'By default text cells that begin with = + - @ get a leading apostrophe, so a spreadsheet shows them as text instead of running them as formulas.',
		'ingest.export.writing': 'Writing {format}: {percent} %',
		'ingest.export.querying': 'Reading the rows for {format}…',
		'ingest.export.cancel': 'Cancel export',
		'ingest.export.cancelled': 'Export cancelled: nothing was saved.',
		'ingest.export.xlsxLimit':
			'XLSX holds at most {limit} rows; this export has {rows}. Filter further, or use CSV or Parquet.',
		'grain.cannot': 'This view cannot answer at the grain of the loaded data.',
		'grain.view.overview.cards': 'The three cohorts in the latest full year',
		'grain.view.timeline.series': 'Import volume per cohort',
		'grain.view.timeline.period': 'The chosen months against a year earlier',
		'grain.view.timeline.eventStudy': 'Months since joining (event study)',
		'grain.view.timeline.growth': 'Growth against not-yet-joined cities',
		'grain.view.map.workspace': 'The pilot on the map, month by month',
		'grain.view.categories.composition': 'Goods mix by cohort',
		'grain.view.categories.difference': 'Difference from the national mix',
		'grain.view.categories.shareTrend': 'Category shares by year',
		'grain.view.categories.channelSplit': 'Bonded and direct purchase by category',
		'grain.view.compliance.summary': 'Violations per cohort',
		'grain.view.compliance.trend': 'Violations over time, by cohort',
		'grain.view.compliance.typeTrend': 'Violations over time, by type',
		'grain.view.compliance.funnel': 'Funnel plot of city rates',
		'grain.view.compliance.league': 'City league table',
		'grain.view.city.series': 'This city over time',
		'grain.view.city.mix': 'This city’s goods mix',
		'grain.view.city.violations': 'This city’s violations',
		'grain.reason.needs-city':
			'It compares pilot cities (cohorts are sets of cities), and your {table} are by province.',
		'grain.reason.needs-month': 'It works month by month, and your {table} are {time}.',
		'grain.reason.needs-breakdown':
			'It needs {column} on every row, and your {table} give {level}.',
		'grain.reason.filter-unavailable':
			'The {column} filter cannot apply: your {table} have no {column} breakdown. Clear that filter to see the totals.',
		'grain.reason.months-misaligned':
			'Your {table} are {time}, and the month range does not fall on whole periods ({month}). Choose whole periods.',
		'grain.reason.tables-differ':
			'It sets imports against violations period by period, and the two tables are {first} and {second}.',
		'grain.note.periods': 'Your {table} are {time}: each point is one period’s total.',
		'grain.note.scope-unknown':
			'Your {table} do not say which {column} they cover: totals may not be comparable.',
		'grain.note.mixed-sources':
			'This view combines your data with the bundled sample (see the data page).',
		'grain.level.all': 'totals only',
		'grain.level.unknown': 'no value (not stated)',
		'grain.time.month': 'monthly',
		'grain.time.quarter': 'quarterly',
		'grain.time.year': 'annual',
		'grain.table.imports': 'imports',
		'grain.table.violations': 'violations',
		'grain.column.category': 'goods category',
		'grain.column.channel': 'channel',
		'grain.column.type': 'violation type'
	},
	{
		'ingest.reading': '正在读取{file}：{percent}%',
		'ingest.cancelRead': '停止读取',
		'ingest.sheet': '工作表',
		'ingest.sheetRead': '工作表“{sheet}”（共{count}个，第{n}个）',
		'ingest.sheetRows': '{name}（{rows}行）',
		'ingest.fixedGroup': '文件中没有此列——每行均为：',
		'ingest.fixed.all.category': '全部商品（合计）',
		'ingest.fixed.all.channel': '两种方式（合计）',
		'ingest.fixed.all.type': '全部违规类型（合计）',
		'ingest.fixed.unknown': '未说明（未知）',
		'ingest.unit.header': '来自表头：“{label}”',
		'ingest.unit.title': '来自标题行：“{label}”',
		'ingest.unit.none': '未注明单位：按原值读取',
		'ingest.unit.analyst': '由您设定',
		'ingest.example': '第{row}行载入后为：{cells}',
		'ingest.cellUnits':
			'{column}：{n}个单元格自带单位（{units}），按其自身单位换算；其余单元格按该列单位换算。',
		'ingest.grain': '这些数据的粒度：{words}。',
		'ingest.grain.city': '按城市',
		'ingest.grain.province': '按省份',
		'ingest.grain.month': '按月',
		'ingest.grain.quarter': '按季度',
		'ingest.grain.year': '按年',
		'ingest.grain.detail': '按{column}',
		'ingest.grain.all': '{column}：全部合计',
		'ingest.grain.unknown': '{column}：未说明',
		'ingest.addRefused':
			'这些数据为{file}，而已载入的{table}表为{loaded}。不同粒度的数据绝不相加：请替换该表，或提供相同粒度的数据。',
		'ingest.warnings': '载入前请核对数量级',
		'ingest.warn.above-national':
			'{year}年：文件中金额合计{total}元，是全国跨境电商零售进口额（{national}元）的{ratio}倍。单位可能有误。',
		'ingest.warn.far-below-national':
			'{year}年：文件中金额合计{total}元，约为全国跨境电商零售进口额（{national}元）的1/{inverse}。除非文件只含一个小地方，否则单位可能有误（把万元当作元？）。',
		'ingest.warn.implausible-order-value':
			'平均客单价为{perOrder}元（金额÷订单数）；零售进口订单通常为100–1,000元。两列中可能有一列单位有误。',
		'workbench.problem.out-of-range': '大于{max}，超出计数列的上限',
		'workbench.problem.total-row': '合计行：合计不与其分项一同载入',
		'workbench.problem.mixed-grain':
			'文件为{expected}级数据，此行为{level}级：不同粒度的数据绝不相加',
		'workbench.error.xlsx-not-zip':
			'XLSX文件已损坏：不是完整的ZIP压缩包（{detail}），可能下载时被截断。',
		'workbench.error.xlsx-missing-part': 'XLSX文件已损坏：缺少部件“{part}”。',
		'workbench.error.xlsx-bad-xml':
			'XLSX文件已损坏：工作表“{sheet}”在第{row}行附近不是格式正确的XML（{detail}）。',
		'workbench.error.xlsx-unsupported': '此XLSX文件使用了无法读取的功能：{detail}。',
		'workbench.error.xlsx-no-sheet': '工作簿中没有含数据的工作表。',
		'workbench.error.read-failed': '无法读取文件：{detail}。',
		'ingest.export.raw': '原样文本（供程序使用）',
		'ingest.export.rawHelp':
			'默认情况下，以= + - @开头的文本单元格前加一个撇号，使电子表格将其显示为文本而不作为公式执行。',
		'ingest.export.writing': '正在写入{format}：{percent}%',
		'ingest.export.querying': '正在读取{format}所需的数据……',
		'ingest.export.cancel': '取消导出',
		'ingest.export.cancelled': '导出已取消：未保存任何文件。',
		'ingest.export.xlsxLimit':
			'XLSX最多容纳{limit}行，本次导出有{rows}行。请进一步筛选，或使用CSV或Parquet。',
		'grain.cannot': '此视图无法按已载入数据的粒度作答。',
		'grain.view.overview.cards': '最近完整年度的三个组别',
		'grain.view.timeline.series': '各组别进口规模',
		'grain.view.timeline.period': '所选月份与上年同期对比',
		'grain.view.timeline.eventStudy': '加入后的月数（事件研究）',
		'grain.view.timeline.growth': '与尚未加入城市的增长对比',
		'grain.view.map.workspace': '逐月地图上的试点',
		'grain.view.categories.composition': '各组别商品结构',
		'grain.view.categories.difference': '与全国结构的差异',
		'grain.view.categories.shareTrend': '各年度品类占比',
		'grain.view.categories.channelSplit': '各品类的保税与直购',
		'grain.view.compliance.summary': '各组别违规情况',
		'grain.view.compliance.trend': '违规随时间变化（按组别）',
		'grain.view.compliance.typeTrend': '违规随时间变化（按类型）',
		'grain.view.compliance.funnel': '城市违规率漏斗图',
		'grain.view.compliance.league': '城市排行表',
		'grain.view.city.series': '本城市随时间变化',
		'grain.view.city.mix': '本城市商品结构',
		'grain.view.city.violations': '本城市违规情况',
		'grain.reason.needs-city':
			'此视图比较试点城市（组别由城市构成），而您的{table}数据按省份统计。',
		'grain.reason.needs-month': '此视图逐月计算，而您的{table}数据为{time}数据。',
		'grain.reason.needs-breakdown': '此视图需要每行都有{column}，而您的{table}数据只有{level}。',
		'grain.reason.filter-unavailable':
			'{column}筛选无法生效：您的{table}数据没有{column}细分。清除该筛选即可查看合计。',
		'grain.reason.months-misaligned':
			'您的{table}数据为{time}数据，所选月份范围不是完整的期间（{month}）。请选择完整的期间。',
		'grain.reason.tables-differ': '此视图逐期对照进口与违规，而两张表分别为{first}和{second}数据。',
		'grain.note.periods': '您的{table}数据为{time}数据：每个点是一个期间的合计。',
		'grain.note.scope-unknown': '您的{table}数据未说明覆盖哪些{column}：合计可能不可比。',
		'grain.note.mixed-sources': '此视图同时使用您的数据和内置样本数据（见数据页）。',
		'grain.level.all': '仅有合计',
		'grain.level.unknown': '无此值（未说明）',
		'grain.time.month': '月度',
		'grain.time.quarter': '季度',
		'grain.time.year': '年度',
		'grain.table.imports': '进口',
		'grain.table.violations': '违规',
		'grain.column.category': '商品品类',
		'grain.column.channel': '监管方式',
		'grain.column.type': '违规类型'
	}
);
