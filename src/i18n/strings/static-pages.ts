/**
 * The pre-rendered pages' own strings (src/prerender, src/app/page-meta.ts): titles, the search and
 * link-preview descriptions, the note shown with JavaScript off. zh is the reference; en has the same keys.
 */
export const staticPagesZh = {
  title: '{{name}} · {{site}}',
  park: '{{name}}:{{level}}{{estimated}}{{kind}},位于{{county}}。主导产业:{{industries}}。',
  estimated: '(估计)',
  area: '示意范围约 {{km2}} 平方公里({{mu}} 亩)。',
  publishedArea: '公布面积约 {{km2}} 平方公里。',
  listSep: '、',
  directory:
    '西双版纳州 {{count}} 个产业园区、园区组成部分及东翼集镇的名录:级别、所在县市、主导产业与面积,每个园区一页。',
  directoryImageAlt: '西双版纳州三县市及各园区位置示意图',
  noscript: '未启用 JavaScript:本页内容可以阅读,地图、搜索和语言切换需要 JavaScript。',
};

export const staticPagesEn: typeof staticPagesZh = {
  title: '{{name}} · {{site}}',
  park: '{{name}}: a {{level}}{{estimated}} {{kind}} in {{county}}. Leading industries: {{industries}}.',
  estimated: ' (estimated)',
  area: 'Schematic extent about {{km2}} km² ({{mu}} mu).',
  publishedArea: 'Published area about {{km2}} km².',
  listSep: ', ',
  directory:
    'A directory of the {{count}} industrial parks, parts of parks and east-wing towns of Xishuangbanna: level, county, leading industries and area, one page per park.',
  directoryImageAlt: 'Map of the three counties of Xishuangbanna and where each park lies',
  noscript:
    'JavaScript is off: this page can be read, but the map, the search and the language switch need JavaScript.',
};
