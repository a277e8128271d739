import { STAGES } from '@/lib/schemas/vocab';

/** Chain stages, upstream first (the order of the chain diagram and of the stage filter). */
export const STAGE_ORDER = STAGES;
export type Stage = (typeof STAGE_ORDER)[number];
