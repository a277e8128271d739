/** A project being routed (项目流转): the vocabulary the store, the URL and the routing model share. */
export const POLLUTION = ['none', 'light', 'heavy'] as const;
export type Pollution = (typeof POLLUTION)[number];

export interface Project {
  industry: string;
  link: string | null;
  landMu: number;
  investWan: number;
  revenueWan: number;
  needsRail: boolean;
  needsPort: boolean;
  needsCold: boolean;
  pollution: Pollution;
  overCapacity: boolean;
}
