import type { LocaleMessages } from '../shape';

/** Chinese (Simplified) strings for the export feature: the Export menu on every chart and the
 * map, its status messages, and the words exports add to the frame. Keys mirror
 * locales/en/export.ts. */
export const exportStrings = {
  button: '导出',
  buttonLabel: {
    chart: '导出图表',
    map: '导出地图',
  },
  items: {
    png1: { label: 'PNG 1×', description: '与屏幕显示尺寸相同' },
    png2: { label: 'PNG 2×', description: '在幻灯片和高分辨率屏幕上清晰显示' },
    png4: { label: 'PNG 4×', description: '适合打印和大屏幕' },
    png1920: { label: 'PNG 1920 × 1080', description: '铺满16:9幻灯片' },
    png1200: { label: 'PNG 1200 × 675', description: '较小的16:9图片，适合文档和网页' },
    svg: { label: 'SVG', description: '矢量图：可在Illustrator、Inkscape或PowerPoint中编辑' },
    csv: { label: 'CSV', description: '所示数据，供Excel使用' },
    copy: { label: '复制图片', description: '粘贴到幻灯片或文档中' },
  },
  status: {
    working: '正在准备{file}……',
    downloaded: '已下载{file}',
    /** "已下载sco-map-2017@2x.png（2496 × 1776像素）". */
    downloadedSize: '已下载{file}（{width} × {height}像素）',
    copying: '正在复制图片……',
    copied: '已将图片复制到剪贴板（{width} × {height}像素）',
    denied: '此浏览器不允许复制图片。请改为下载PNG。',
    unsupported: '此浏览器无法复制图片。请改为下载PNG。',
    failed: '无法复制图片。请改为下载PNG。',
    error: '导出失败：{reason}',
    noTarget: '此处没有可导出的内容。',
    noPlot: '暂无可导出的内容：图表尚未绘制。',
    unreadable:
      '此视图内容过多，在{width} × {height}尺寸下无法辨读：文字将小于{min}像素。请导出PNG 2×（完整视图，在幻灯片上清晰显示）或CSV。',
  },
  legend: '图例',
  mapNote: '边界采用Natural Earth的事实边界线，不表示任何认可。',
  pptx: {
    editableTitle: '{title}（可编辑图表）',
    editableNote:
      '上一张幻灯片中的图表，此处为可编辑的PowerPoint图表：右键单击图表并选择“编辑数据”，即可查看或修改其数据，也可更改其样式。如图片已够用，可删除此幻灯片。',
    progressSlides: '正在生成PowerPoint文件：第{done}张，共{total}张……',
    progressFile: '正在写入PowerPoint文件（共{total}张幻灯片）……',
    downloaded: '已下载{file}（共{total}张幻灯片）',
  },
  mapFrame: {
    /** "2017年上合组织成员国、联合演习和边境事件". */
    title: '{year}年上合组织{layers}',
    titleNoLayer: '{year}年上合组织地区',
    layerNames: { members: '成员国', exercises: '联合演习', incidents: '边境事件' },
    statusCount: '{status}：{count}',
    statusLine: '{statuses}。{judged}',
    sentences: '{first}{second}',
    allKinds: '联合演习',
    someKinds: '联合演习（{kinds}）',
    kindNames: { military: '军事', lawEnforcement: '执法', cyber: '网络', borderOperation: '边防行动' },
    exercisesAndIncidents:
      '截至{year}年的{exercises}和边境事件，{year}年的以实心显示；面积表示兵力或死伤人数。星形为边境事件。',
    exercisesOnly: '截至{year}年的{exercises}，{year}年的以实心显示；面积表示兵力。',
    incidentsOnly: '截至{year}年的边境事件（星形），{year}年的以实心显示；面积表示死伤人数。',
  },
} satisfies LocaleMessages['export'];
