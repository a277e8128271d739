/** bureau.sheet.*: see bureau.ts. */
export const bureauSheetZh = {
  _: '',
};

export const bureauSheetEn: typeof bureauSheetZh = {
  _: '',
};
