/** bureau.panel.*: see bureau.ts. */
export const bureauPanelZh = {
  _: '',
};

export const bureauPanelEn: typeof bureauPanelZh = {
  _: '',
};
