/** The handover feature's UI strings (zh is the reference; en has the same keys, checked by the type). */
export const handoverZh = {
  title: '分享与导出',
};

export const handoverEn: typeof handoverZh = {
  title: 'Share & export',
};
