/** The briefing feature's UI strings (zh is the reference; en has the same keys, checked by the type). */
export const briefingZh = {
  title: '汇报模式',
};

export const briefingEn: typeof briefingZh = {
  title: 'Briefing',
};
