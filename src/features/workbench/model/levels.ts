export type Level = 'national' | 'provincial' | 'prefectural';
