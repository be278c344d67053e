import type { LocaleMessages } from '../shape';

/** Chinese (Simplified) strings for the shell feature: header, navigation, footer, themes,
 * metadata, the not-found page. Keys mirror locales/en/shell.ts. */
export const shell = {
  /** The product's name in Chinese; "Security" read as the security cooperation the atlas covers. */
  productName: '上合组织安全合作图集',
  tagline: '上海合作组织的成员构成、联合演习、边境事件与反恐合作',
  metadata: {
    description:
      '上海合作组织安全合作的地图、图表和注明来源的表格：成员构成、联合演习、边境事件、恐怖主义统计数据以及地区反恐怖机构。',
    ogImageAlt: '上合组织安全合作图集：上合组织安全合作的地图、图表和注明来源的表格',
  },
  skipLink: '跳至主要内容',
  ui: {
    /** "已按日期升序排序". */
    sortedBy: '已按{column}{direction}排序',
    ascending: '升序',
    descending: '降序',
    noRows: '没有可显示的行。',
  },
  language: {
    label: '语言',
    suggest: '本图集也有中文版。',
    open: '阅读中文版',
    dismiss: '不用了',
  },
  nav: {
    label: '主导航',
    dashboard: '仪表板',
    charts: '图表',
    data: '数据',
    sources: '来源',
    briefing: '简报',
  },
  theme: {
    buttonWithCurrent: '主题：{theme}',
    system: '跟随系统',
    light: '浅色',
    dark: '深色',
    projector: '投影仪',
    systemHint: '跟随设备设置',
    projectorHint: '高对比度，适合大屏幕',
  },
  footer: {
    asOf: '数据截至{date}',
    boundariesTitle: '边界',
    boundaries:
      '本网站所示边界和名称不代表本项目正式认可或接受。国家轮廓采用Natural Earth的数据，按事实边界线绘制；克什米尔、阿克赛钦等争议地区均按Natural Earth的画法绘制。',
    sourcesLink: '来源与有争议的数据',
    dataLink: '下载数据',
  },
  notFound: {
    title: '未找到页面',
    body: '此地址没有页面。页面可能已移动，或链接有误。',
    home: '前往仪表板',
    data: '浏览数据',
  },
} satisfies LocaleMessages['shell'];
