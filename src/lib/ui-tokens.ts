import { palette } from './palette';

/**
 * Colour tokens of the interface: the HTML around the map (the map's own are in palette.ts). The
 * stylesheets use them as CSS custom properties, `var(--status-weak-ink)`, from src/styles/tokens.css,
 * which is generated from this module and palette.ts (src/lib/css-tokens.ts); no stylesheet writes a
 * colour of its own. Keys are camelCase here and kebab-case in CSS.
 */
export const ui = {
  // Text, lines, the accent.
  ink: '#23262b',
  muted: '#5f6670',
  line: '#d9dde2',
  accent: '#0b6e8a',
  /** Hover and the active search result: a tint of the accent. */
  accentTint: '#eaf5f8',
  /** Keyboard focus rings: the map's hover colour. */
  focus: palette.hover,
  /** Text on a coloured fill (provenance tags, strong links, the primary button). */
  onFill: '#fff',
  /** Stronger text that leads a list (the best host for a missing link). */
  emphasis: '#1d4e6b',
  /** The distance or area the measuring tool reads out. */
  measureInk: '#8a1c6a',

  // Surfaces.
  surface: '#fff',
  /** Panels over the map: opaque, so no map label shows through the text (src/lib/contrast.ts). */
  panel: '#ffffff',
  /** The search field. */
  field: '#f7f8fa',
  /** Behind the directory that takes the map's place without WebGL. */
  backdrop: '#f6f7f8',
  /** The empty part of a score bar. */
  track: '#eef1f4',
  shadeHover: '#0000000d',
  shadeNavHover: '#0000000a',
  shadowPanel: '#0001',
  shadowPopup: '#0002',
  shadowSheet: '#0003',
  shadowFloat: 'rgba(0, 0, 0, 0.15)',

  // Messages: warnings (the map's status line, data partly missing), the notice bar, errors.
  warnBg: '#fff8e1',
  warnLine: '#e0b44c',
  warnInk: '#5a4300',
  noticeBg: '#fff7e0',
  noticeLine: '#f0d890',
  noticeButtonLine: '#c9a640',
  error: '#a12a1b',
  errorBg: '#fff6f5',
  errorLine: '#d9a09a',
  errorInk: '#3b1a16',
  /** The bar that says the map could not start. */
  errorBannerBg: '#fff4f2',
  errorBannerLine: '#f0c4bd',
  /** Notes that a shape is schematic. */
  caution: '#8a5a00',
  /** Verdicts: a rule met, a rule not met. */
  ok: '#1b7837',
  fail: '#b2182b',

  // Chain links: strong (blue), weak (orange), missing (hatched white, red dashed line).
  statusStrong: '#2166ac',
  statusWeak: '#fdb863',
  statusWeakInk: '#3d2800',
  statusWeakLine: '#e08214',
  statusMissingStripe: '#f3e3e3',
  statusMissingInk: '#8e1b1b',
  statusMissingLine: '#b2182b',
  /** The chain graph's arrows. */
  edge: '#9aa3ad',
  /** An industry chip before its colour is set. */
  chipNeutral: '#888',
  /** The hatching of a host score's penalty. */
  penaltyDark: '#444',
  penaltyLight: '#bbb',

  // Provenance tags: official, public, estimate, sample.
  provOfficial: '#1d6b3a',
  provPublic: '#2c5d8f',
  provEstimate: '#8a5a00',
  provSample: '#6b6b6b',

  // The park page's locator map (its counties are drawn in the map's colours).
  locatorBg: '#eef3f6',
  locatorCountyOn: '#f3eee0',
  locatorPark: '#c0392b',
} as const;

export type UiToken = keyof typeof ui;
