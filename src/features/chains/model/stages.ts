export const STAGE_ORDER = ['upstream', 'midstream', 'downstream', 'support'] as const;
export type Stage = (typeof STAGE_ORDER)[number];
