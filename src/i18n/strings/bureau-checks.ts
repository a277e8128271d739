/** bureau.checks.*: see bureau.ts. */
export const bureauChecksZh = {
  _: '',
};

export const bureauChecksEn: typeof bureauChecksZh = {
  _: '',
};
