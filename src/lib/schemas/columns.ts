/**
 * The columns of the planner-editable CSV files in data/, in order. The data build reads each file with
 * exactly these; the bureau's spreadsheet templates (features/bureau) are made from them, and the app's
 * export back to data/ writes them. Kept free of any schema library.
 */
export const NODE_COLUMNS = [
  'id',
  'kind',
  'status',
  'leading',
  'name_zh',
  'name_en',
  'industry',
  'link',
  'park',
  'lon',
  'lat',
  'investment_wan',
  'investment_source',
  'investment_source_zh',
  'provenance',
  'source',
  'source_zh',
  'as_of',
  'location_provenance',
  'location_source',
  'location_source_zh',
  'note',
  'note_zh',
] as const;
export type NodeColumn = (typeof NODE_COLUMNS)[number];

export const PLACE_COLUMNS = [
  'id',
  'kind',
  'port_kind',
  'name_zh',
  'name_en',
  'lon',
  'lat',
  'county',
  'provenance',
  'source',
  'source_zh',
  'as_of',
  'confidence',
] as const;

/**
 * data/park-stats.csv: one row per park (or `prefecture`, the prefecture's own totals) and year, the
 * inputs of the plan's 2025 targets (一(三)). An empty cell is "not given", never zero. All money in 万元.
 */
export const PARK_STAT_COLUMNS = [
  'park',
  'year',
  /** 工业总产值 (万元). The `prefecture` row's is the whole prefecture's: the share's denominator. */
  'industrial_output_wan',
  /** 营业收入 (万元). */
  'revenue_wan',
  /** 主导产业营业收入 (万元): revenue of the park's leading industries. */
  'leading_revenue_wan',
  /** 已利用土地 (亩): land in use, the denominator of 亩均营业收入. */
  'land_in_use_mu',
  /** 工业企业数. */
  'industrial_firms',
  /** 州级以上龙头企业数. */
  'leading_firms',
  /** 高新技术企业数. */
  'high_tech_firms',
  /** 国家级和省级工程研究中心数. */
  'eng_centres',
  /** 规模以上工业企业营业收入 (万元). */
  'above_scale_revenue_wan',
  /** 规模以上工业企业研发经费支出 (万元). */
  'above_scale_rd_wan',
  /** 园区研发经费支出 (万元). */
  'rd_wan',
  /** 工业增加值 (万元). */
  'industrial_va_wan',
  /** 工业综合能耗 (吨标准煤). */
  'energy_tce',
  /** 工业用水量 (立方米). */
  'water_m3',
  /** 污水集中治理率 (%). */
  'sewage_treated_pct',
  /** 固体废物综合处置率 (%). */
  'solid_waste_disposed_pct',
  /** 进出口总额 (万元). */
  'trade_wan',
  'provenance',
  'source',
  'source_zh',
  'as_of',
  'note',
  'note_zh',
] as const;
export type ParkStatColumn = (typeof PARK_STAT_COLUMNS)[number];

/** The figure columns of park-stats.csv (numbers; empty = not given). */
export const PARK_STAT_FIGURES = PARK_STAT_COLUMNS.slice(
  2,
  PARK_STAT_COLUMNS.indexOf('provenance'),
) as Exclude<
  ParkStatColumn,
  'park' | 'year' | 'provenance' | 'source' | 'source_zh' | 'as_of' | 'note' | 'note_zh'
>[];
export type ParkStatFigure = (typeof PARK_STAT_FIGURES)[number];

/** The park column's value for the prefecture's own totals. */
export const PREFECTURE = 'prefecture';
