/**
 * Project routing's explanations (项目流转) and the chain's full-width view (zh is the reference; en
 * has the same keys, checked by the type). The plan is quoted by its name and words, never a file.
 */
export const chainViewZh = {
  expand: '展开',
  expandLabel: '全宽查看产业链',
  dialog: '产业链全宽视图',
  title: '{{industry}}产业链',
  close: '收起 (Esc)',
  hint: '点击环节,地图定位并高亮其企业与园区;再次点击取消。',
  more: '更多',
  moreRight: '向右还有内容',
  moreLeft: '向左还有内容',
  selected: '{{name}}:企业与项目 {{firms}} 个,园区 {{parks}} 个',
  nothingOnMap: '{{name}}:图上没有该环节的企业或项目',
};

export const chainViewEn: typeof chainViewZh = {
  expand: 'Expand',
  expandLabel: 'Open the chain full width',
  dialog: 'Chain, full-width view',
  title: '{{industry}} chain',
  close: 'Close (Esc)',
  hint: 'Click a link to frame and highlight its firms and parks on the map; click again to clear.',
  more: 'more',
  moreRight: 'more to the right',
  moreLeft: 'more to the left',
  selected: '{{name}}: firms and projects {{firms}}, parks {{parks}}',
  nothingOnMap: '{{name}}: nothing of this link is on the map',
};
