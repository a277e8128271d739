/** Colour tokens of the planning-map theme (one place, like protomaps' Flavor). */
export const palette = {
  background: '#dfe8ee',
  water: '#7fb2d9',
  china: '#f4f2ec',
  foreign: '#e6e3da',
  /** Country names: darker than the land's fills (≥ 4.5:1 on every basemap fill, src/map/legibility.test.ts). */
  foreignLabel: '#5f5a50',
  neighbour: '#efece3',
  prefecture: '#fbfaf6',
  countyLine: '#b8a98c',
  nationalBorder: '#7b2d8e',
  prefectureBorder: '#9a8f7a',
  text: '#2b2b2b',
  halo: '#ffffff',
  axis: '#e8a33d',
  railway: '#3a3a3a',
  expressway: '#d9532b',
  wing: '#2f7f86',
  protected: '#6a9f3a',
  protectedLine: '#3f6e1c',
  level: { national: '#c0392b', provincial: '#2c6fbb', prefectural: '#7a5ea8' },
  /** Park names by level: the level hues darkened to ≥ 4.5:1 on the basemap and the halo. */
  levelText: { national: '#b03224', provincial: '#245f9f', prefectural: '#664a94' },
  /** A park name dimmed by the filter: grey, still ≥ 4.5:1 (a faded colour read about 2:1). */
  dimmedText: '#5c5c5c',
  /** Line names (river, expressway) and the protected areas' names: the lines' hues darkened for text. */
  riverText: '#245d8c',
  expresswayText: '#a8391a',
  protectedText: '#3a6519',
  regionText: '#625540',
  port: '#0b6e8a',
  station: '#3a3a3a',
  cluster: '#34495e',
  site: '#e66100',
  imported: '#5d3a9b',
  redline: '#c1121f',
  hover: '#ffb000',
  selected: '#111111',
  /** Parks passing every routing rule (the side panel's --ok green). */
  routed: '#1b7837',
} as const;
