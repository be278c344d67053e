import type { LocaleMessages } from '../shape';

/** Chinese (Simplified) strings for the charts feature: the chart frame, the five charts, their
 * tables and the /charts pages. Keys mirror locales/en/charts.ts. */
export const charts = {
  frame: {
    /** Before the list of sources: "来源：Su Chang & Li Xinwei (2021)；TASS (2020)". */
    sourcePrefix: '来源：',
    moreSources: '；另有{count}个来源（表格的每一行均注明其来源）',
    asOf: '数据截至{date}',
    link: '此视图的链接',
    legend: '图例',
  },
  views: {
    label: '数据显示方式',
    chart: '图表',
    table: '表格',
    tableCaption: '{title}：所示数据',
    keyboardHint: '按Tab键移至一个数据系列，再用方向键在其标记之间移动；按Home键和End键跳至第一个和最后一个标记。',
    empty: '暂无数据。',
    sources: '来源',
    yes: '是',
    no: '否',
    tipLine: '{label}：{value}',
  },
  overview: {
    title: '图表',
    all: '全部图表，每个图表都有单独页面',
    more: '更多图表',
    open: '打开图表',
  },
  indexPage: {
    title: '图表',
    metaDescription: '上合组织安全合作图表：恐怖主义统计数据、地区反恐怖机构数据、成员构成、联合演习和大事记。',
    intro:
      '每个图表只把统计对象相同的数据放在一起，注明每项数据涵盖的时期，并标出来源说法不一之处。每个图表都附有同一数据的表格，并有可供链接的单独页面。',
    contents: '全部图表',
  },
  chartPage: {
    back: '全部图表',
  },
  terrorism: {
    title: '2020年恐怖主义统计数据：各国的统计口径',
    subtitle: '各国统计的对象和时期各不相同，因此每个面板只显示一项指标，并使用各自的刻度。请只在同一面板内比较，并留意每个条形上标注的时期。',
    /** "已预防的恐怖袭击：多年合计". */
    multiYearPanel: '{metric}：多年合计',
    toggleOtherYears: '添加其他有来源的年份',
    legendYear: '2020年全年',
    legendPart: '年内部分时期（时期标于条形上）',
    legendOtherYears: '其他年份、其他来源',
    legendDisputed: '有争议：来源说法不一',
    legendOtherValue: '其他来源中的数值',
    disputed: '有争议',
    /** "有争议：44". */
    disputedOther: '有争议：{value}',
    legendMultiYear: '多年合计',
    /** "超过200 · 2020年1月至6月". */
    barLabel: '{value} · {period}',
    /** "塔吉克斯坦 · 2020年1月至6月". */
    nativeCategory: '{country} · {period}',
    markName: '{country}，{metric}，{period}：{value}',
    markNameDisputed: '{country}，{metric}，{period}：{value}（有争议：{other}）',
    otherValue: '{source}中为{value}',
    otherClaim: '{source}中的表述：“{text}”',
    partOf: '属于：{value}',
    /** "已制止的恐怖主义犯罪：61（2020）". */
    partOfValue: '{metric}：{value}（{period}）',
    tipPeriod: '时期',
    tipValue: '数字',
    tipDisputed: '有争议',
    tipSources: '来源',
    tipNote: '注',
    columns: {
      metric: '指标',
      country: '国家',
      period: '时期',
      value: '数值',
      stated: '原始表述',
      disputed: '有争议',
      otherValues: '其他来源的说法',
      partOf: '属于',
      fromArticle: '来自该文章',
      sources: '来源',
    },
  },
  rats: {
    title: '上合组织地区反恐怖机构公布的数据',
    subtitle:
      '每个点代表一项公布的数据，采用对数刻度（每条网格线是前一条的十倍），并按统计对象分组。这些数据统计的对象和时期各不相同，因此不以线条相连。',
    toggleOther: '添加公布的其他成果',
    contested: '有争议',
    /** "对照：超过4500（2019年3月15日）". */
    beside: '对照：{value}（{date}）',
    /** "2018年 · 涵盖2013—2017年". */
    when: '{date} · 涵盖{period}',
    markName: '{date}，{counts}：{value}',
    markNameContested: '{date}，{counts}：{value}（有争议：{other}）',
    contestedByText: '{counts}：{value}，{date}',
    legendContested: '有争议：另一来源给出了不同的数字',
    legendBeside: '与之相左的数字',
    tipStated: '原始表述',
    tipDate: '公布时间',
    tipPeriod: '涵盖时期',
    tipSpeaker: '发言人',
    tipContested: '相左的数字',
    tipNote: '注',
    columns: {
      counts: '统计对象',
      metric: '类别',
      date: '公布时间',
      value: '数值',
      valueText: '数字',
      stated: '原始表述',
      period: '涵盖时期',
      speaker: '发言人',
      contested: '有争议',
      contestedBy: '相左的数字',
      sources: '来源',
    },
  },
  membership: {
    title: '上合组织成员国、观察员国和伙伴，1996—{year}年',
    subtitle:
      '折线：各地位的国家数量，按每年12月31日统计（最近一年按数据截止日期统计）。条形：各国地位随时间的变化。选择一个年份，可在地图上显示该年。',
    seriesMembers: '成员国',
    seriesMembersNote: '2001年以前为上海五国',
    seriesObservers: '观察员国',
    seriesDialoguePartners: '对话伙伴',
    seriesPartners: '上合组织伙伴',
    /** Chinese has no plural: both forms name the count the same way. */
    counts: {
      members: { one: '1个成员国', other: '{count}个成员国' },
      observer: { one: '1个观察员国', other: '{count}个观察员国' },
      dialoguePartner: { one: '1个对话伙伴', other: '{count}个对话伙伴' },
      partner: { one: '1个上合组织伙伴', other: '{count}个上合组织伙伴' },
    },
    yearsLabel: '地图上显示的年份',
    yearName: '{year}年：{counts}',
    lanesLabel: '各国地位随时间的变化',
    /** "印度：观察员国，2005年7月至2017年6月9日". */
    periodName: '{state}：{status}，{from}至{to}',
    periodNameOpen: '{state}：{status}，自{from}起',
    showOnMap: '在地图上显示{year}年',
    selected: '已选择：{year}年',
    columns: {
      year: '年份',
      members: '成员国（含上海五国）',
      shanghaiFive: '上海五国',
      member: '上合组织成员国',
      observer: '观察员国',
      dialoguePartner: '对话伙伴',
      partner: '上合组织伙伴',
    },
    laneColumns: {
      state: '国家',
      status: '地位',
      from: '开始',
      to: '结束',
      sources: '来源',
    },
    lanesTableCaption: '各国的地位时期',
    openSpan: '{from}至今',
  },
  exercises: {
    title: '历年联合演习数量（按类型）',
    subtitle:
      '2002年以来上合组织的联合演习和行动，每次只计一次，计入开始的年份。记录包含所查阅来源报道的全部演习；没有条形的年份表示在这些来源中未发现演习，不一定表示未举行。',
    /** "2014年：2次演习（1次军事，1次执法）". */
    yearName: '{year}年：{summary}',
    total: '{count}次演习',
    totalOne: '1次演习',
    /** "2次演习（军事1次、执法1次）". */
    summary: '{total}（{kinds}）',
    kindCounts: {
      military: '军事{count}次',
      lawEnforcement: '执法{count}次',
      cyber: '网络{count}次',
      borderOperation: '边防行动{count}次',
    },
    none: '所查阅来源中未发现',
    columns: {
      year: '年份',
      total: '演习',
      names: '名称',
      sources: '来源',
    },
  },
  milestones: {
    title: '上合组织安全合作的文件与机构',
    subtitle:
      '合作所依据的条约、公约和机构，沿时间轴排列。日期密集处标签会错开，并以线条连到其日期。每个标记都链接到其来源。',
    toggleAll: '添加峰会和成员变化',
    markName: '{date}：{title}（{kind}）。打开其来源。',
    legendApproximate: '仅知年份或月份',
    tipPlace: '地点',
    tipInForce: '生效',
    columns: {
      date: '日期',
      title: '事件',
      kind: '类型',
      place: '地点',
      inForce: '生效日期',
      summary: '内容',
      sources: '来源',
      link: '来源链接',
    },
  },
} satisfies LocaleMessages['charts'];
