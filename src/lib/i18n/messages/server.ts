import { defineMessages } from '../define';

/** Server mode: the engine status when views are answered by a server, and what it does not do. */
export const server = defineMessages(
	{
		'server.connecting': 'Connecting to the data server…',
		'server.lost':
			'The data server stopped answering. Reconnecting; the view will come back as it was.',
		'server.unreachable': 'The data server is not answering.',
		'server.intro':
			'Browse every table the server holds and take filtered data out with its provenance. The views are answered by the server; exports are written in this browser tab.',
		'server.back':
			'The data server was unreachable and is back; this view was restored from its link.',
		'server.retrying': 'Trying again automatically.',
		'server.workbench.title': 'Uploads and the SQL console are off on this server',
		'server.workbench.text':
			'This deployment answers every view from a Pilot Atlas server over its own data ({rows} import rows). The server never runs SQL sent from a browser and loads no files from one, so nothing here can change its data or read beyond its views. Browse and export the tables below; to load your own files or run your own SQL, use the in-browser version of Pilot Atlas.',
		'chart.serverData': 'Data of this server, not the sample',
		'server.active': 'Active dataset: the server’s {kind} (version {version}, {rows} import rows)',
		'server.kind.sample': 'sample data',
		'server.kind.own': 'own data'
	},
	{
		'server.connecting': '正在连接数据服务器…',
		'server.lost': '数据服务器已停止响应。正在重新连接，视图将恢复原样。',
		'server.unreachable': '数据服务器没有响应。',
		'server.intro':
			'浏览服务器上的所有数据表，并连同来源信息导出筛选后的数据。视图由服务器计算，导出文件在此浏览器标签页中生成。',
		'server.back': '数据服务器曾无法访问，现已恢复；本视图已按链接恢复。',
		'server.retrying': '将自动重试。',
		'server.workbench.title': '本服务器不提供文件导入和SQL控制台',
		'server.workbench.text':
			'本部署的所有视图均由Pilot Atlas服务器基于其自有数据（{rows}行进口记录）计算。服务器从不执行浏览器发来的SQL，也不接收浏览器上传的文件，因此此处的任何操作都无法修改其数据，也无法读取视图以外的内容。您可以在下方浏览和导出各数据表；如需导入自己的文件或运行自己的SQL，请使用Pilot Atlas的浏览器版本。',
		'chart.serverData': '本服务器的数据，非样本',
		'server.active': '当前数据集：服务器上的{kind}（版本{version}，进口记录{rows}行）',
		'server.kind.sample': '样本数据',
		'server.kind.own': '自有数据'
	}
);
