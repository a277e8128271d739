/** The briefing's strings the page carries before the briefing loads (briefing.ts has the rest). */
export const briefingBaseZh = {
  title: '汇报模式',
  open: '汇报模式',
  openHint: '按当前所选产业、环节和园区生成一份面向投资者的汇报,可全屏放映',
  exit: '退出汇报',
  setup: { heading: '准备汇报' },
};

export const briefingBaseEn: typeof briefingBaseZh = {
  title: 'Briefing',
  open: 'Briefing',
  openHint: 'A briefing for an investor from the industry, link and park selected, to present full screen',
  exit: 'Leave the briefing',
  setup: { heading: 'Prepare a briefing' },
};
