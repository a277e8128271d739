/**
 * The data build's messages in Chinese. The shared schemas and checks (lib/schemas/records.ts,
 * provenance.ts, monitor-records.ts, node-references.ts, lib/geo/coords.ts, county-check.ts, and the data
 * build's CSV reader and duplicate-id check) speak English, as the build prints them; the bureau's
 * in-browser import shows the same messages, and in the Chinese UI each is reworded here by pattern.
 * Ids, values (quoted) and column keys stay as they are. A message no rule knows is shown whole behind a
 * Chinese lead-in, never dropped.
 */

interface Rule {
  id: string;
  re: RegExp;
  zh: (m: RegExpExecArray) => string;
}

const g = (m: RegExpExecArray, i: number): string => m[i] ?? '';

/** Record labels in messages: "rb-01 (line 2)", "line 3", "row 4", "header (line 1)". */
function label(s: string): string {
  return s.replace(/\bheader \(line 1\)/g, '表头(第 1 行)').replace(/\b(?:line|row) (\d+)/g, '第 $1 行');
}

const SUBJECTS: Record<string, string> = {
  'Chinese name': '中文名称',
  'English name': '英文名称',
};
const subject = (s: string): string => SUBJECTS[s] ?? s;

const KINDS: Record<string, string> = {
  stage: '环节阶段',
  'park kind': '园区类型',
  level: '级别',
  county: '县市',
  'place kind': '地点类型',
  'node kind': '节点类型',
  status: '状态',
  'line kind': '线路类型',
  'port kind': '口岸类型',
  group: '目标分组',
  scope: '适用范围',
  rule: '计算规则',
};

const TYPES: Record<string, string> = {
  string: '文本',
  number: '数字',
  int: '整数',
  boolean: '布尔值(true / false)',
  array: '列表',
  object: '对象',
  undefined: '空(未填写)',
  null: '空值',
  nan: 'NaN',
  date: '日期',
};
const type = (s: string): string => TYPES[s] ?? s;

const compare = (op: string, bigger: boolean): string =>
  bigger ? (op === '>' ? '大于' : '不小于') : op === '<' ? '小于' : '不大于';

/** Why a county was expected (county-check.ts's countyWhy). */
function why(s: string): string {
  if (s === 'its county column') return '本记录 county 列所填的县市';
  const park = /^the county of its park (\S+)$/.exec(s);
  return park ? `其所属园区 ${g(park, 1)} 所在的县市` : s;
}

/** "(known: a, b, or prefecture for the prefecture's totals)" → "(已知:a, b;全州合计填 prefecture)". */
function known(s: string): string {
  const m = /^(.*), or (\S+) for the prefecture's totals$/.exec(s);
  return m ? `已知:${g(m, 1)};全州合计填 ${g(m, 2)}` : `已知:${s}`;
}

/** "missing a, b; unexpected c" or "wrong order" (read.ts wrong columns). */
function columnsWrong(s: string): string {
  if (s === 'wrong order') return '顺序不对';
  return s
    .split('; ')
    .map((part) =>
      part.startsWith('missing ')
        ? `缺少 ${part.slice('missing '.length)}`
        : part.startsWith('unexpected ')
          ? `多出 ${part.slice('unexpected '.length)}`
          : part,
    )
    .join(';');
}

const Q = '("(?:[^"\\\\]|\\\\.)*"|\\S+)';

/** Every message the shared checks produce, most specific first; ids are stable (the test drives each). */
export const DATA_MESSAGE_RULES: readonly Rule[] = [
  // validate.ts and node-references.ts
  {
    id: 'duplicate-id',
    re: /^duplicate id "(.*)" \(first at (.*)\)$/,
    zh: (m) => `编号 "${g(m, 1)}" 重复(首次出现在 ${label(g(m, 2))})`,
  },
  {
    id: 'duplicate-stat',
    re: /^duplicate park and year "(.*)" (\d+) \(first at (.*)\)$/,
    zh: (m) => `园区与年份 "${g(m, 1)}" ${g(m, 2)} 重复(首次出现在 ${label(g(m, 3))})`,
  },
  {
    id: 'unknown-industry',
    re: /^unknown industry "(.*)" \(known: (.*)\)$/,
    zh: (m) => `未知产业 "${g(m, 1)}"(已知:${g(m, 2)})`,
  },
  {
    id: 'unknown-link',
    re: /^unknown chain link "(.*)" \(see chains\.yaml\)$/,
    zh: (m) => `未知产业链环节 "${g(m, 1)}"(见 chains.yaml)`,
  },
  {
    id: 'link-of-other-industry',
    re: /^chain link "(.*)" belongs to (\S+), not (\S+)$/,
    zh: (m) => `产业链环节 "${g(m, 1)}" 属于 ${g(m, 2)},不属于 ${g(m, 3)}`,
  },
  {
    id: 'unknown-park',
    re: /^unknown park "(.*)" \(known: (.*)\)$/,
    zh: (m) => `未知园区 "${g(m, 1)}"(${known(g(m, 2))})`,
  },
  {
    id: 'unknown-target',
    re: /^unknown target "(.*)" \(known: (.*)\)$/,
    zh: (m) => `未知目标 "${g(m, 1)}"(已知:${g(m, 2)})`,
  },
  // records.ts, monitor-records.ts: closed vocabularies
  {
    id: 'unknown-value',
    re: new RegExp(`^unknown (${Object.keys(KINDS).join('|')}) ${Q} \\(expected (.+)\\)$`),
    zh: (m) => `未知${KINDS[g(m, 1)] ?? g(m, 1)} ${g(m, 2)}(应为 ${g(m, 3)})`,
  },
  {
    id: 'unknown-stat-column',
    re: new RegExp(`^unknown park-stats column ${Q}$`),
    zh: (m) => `未知的园区统计列 ${g(m, 1)}`,
  },
  // provenance.ts
  {
    id: 'provenance-one-of',
    re: /^must be one of (.+), got (.*)$/,
    zh: (m) => `应为 ${g(m, 1)} 之一,实为 ${g(m, 2)}`,
  },
  {
    id: 'as-of-required',
    re: /^is required \(YYYY, YYYY-MM or YYYY-MM-DD\)$/,
    zh: () => '必填(YYYY、YYYY-MM 或 YYYY-MM-DD)',
  },
  {
    id: 'as-of-format',
    re: /^must be YYYY, YYYY-MM or YYYY-MM-DD$/,
    zh: () => '日期格式应为 YYYY、YYYY-MM 或 YYYY-MM-DD',
  },
  {
    id: 'chinese-twin',
    re: /^is required when (\S+) is given \(the app shows the note in Chinese and English\)$/,
    zh: (m) => `填写了 ${g(m, 1)} 时必填(应用以中英文两种语言显示该说明)`,
  },
  {
    id: 'source-required',
    re: /^is required when provenance is (\S+) \(name the document, or say how it was estimated\)$/,
    zh: (m) => `provenance 为 ${g(m, 1)} 时必填(写明文件名称,或说明如何估算)`,
  },
  {
    id: 'chinese-characters',
    re: /^must contain Chinese characters$/,
    zh: () => '须包含汉字',
  },
  // records.ts
  {
    id: 'id-form',
    re: /^must be lower-case letters, digits and -$/,
    zh: () => '只能由小写字母、数字和 - 组成',
  },
  { id: 'colour', re: /^must be a #RRGGBB colour$/, zh: () => '应为 #RRGGBB 格式的颜色' },
  { id: 'number', re: /^must be a number$/, zh: () => '应为数字' },
  { id: 'column-number', re: /^(\S+) must be a number$/, zh: (m) => `${g(m, 1)} 应为数字` },
  {
    id: 'leading-min',
    re: /^name at least one leading industry$/,
    zh: () => '至少填写一个主导产业',
  },
  {
    id: 'park-no-parent',
    re: /^a park has no parent \(use subzone or town\)$/,
    zh: () => '园区(park)没有上级园区(子园区用 subzone,集镇用 town)',
  },
  {
    id: 'needs-parent',
    re: /^a (\S+) needs the park it belongs to$/,
    zh: (m) => `类型为 ${g(m, 1)} 的记录须填写所属园区`,
  },
  {
    id: 'leading-source',
    re: /^is required when leading_provenance is (\S+)$/,
    zh: (m) => `leading_provenance 为 ${g(m, 1)} 时必填`,
  },
  {
    id: 'land-provenance',
    re: /^land_available_mu needs land_provenance and land_as_of$/,
    zh: () => '填写 land_available_mu 时须同时填写 land_provenance 和 land_as_of',
  },
  { id: 'rule-value', re: /^is required for rule (\S+)$/, zh: (m) => `计算规则 ${g(m, 1)} 须填写此项` },
  {
    id: 'port-kind-required',
    re: /^is required for a (\S+) \((.+)\)$/,
    zh: (m) => `类型为 ${g(m, 1)} 时必填(${g(m, 2)})`,
  },
  { id: 'port-kind-empty', re: /^must be empty for a (\S+)$/, zh: (m) => `类型为 ${g(m, 1)} 时须留空` },
  {
    id: 'airport-air',
    re: /^an airport is an air port$/,
    zh: () => '机场(airport)的 port_kind 应为 air',
  },
  {
    id: 'air-airport',
    re: /^an air port is kind airport$/,
    zh: () => 'port_kind 为 air 时 kind 应为 airport',
  },
  { id: 'true-false', re: /^must be true or false$/, zh: () => '应为 true 或 false' },
  {
    id: 'one-coordinate',
    re: /^(lon|lat) is empty but (lon|lat) is given: give both, or leave both empty to place the record inside its park$/,
    zh: (m) => `${g(m, 1)} 为空而 ${g(m, 2)} 已填写:请两项都填,或都留空(记录将摆放在园区示意范围内)`,
  },
  {
    id: 'location-provenance',
    re: /^is required when lon and lat are given \((.+)\)$/,
    zh: (m) => `填写了 lon 和 lat 时必填(${g(m, 1)})`,
  },
  {
    id: 'figure-source',
    re: /^a figure on a real record needs its source \(investment_source\)$/,
    zh: () => '真实记录上的数字须注明来源(investment_source)',
  },
  {
    id: 'sample-position',
    re: /^a sample record has a sample position$/,
    zh: () => '示例记录的位置也应为示例(sample)',
  },
  {
    id: 'estimate-how',
    re: /^an estimated position says how it was estimated$/,
    zh: () => '估计的位置须说明如何估计',
  },
  {
    id: 'landed-investment',
    re: /^a landed project \(status (\S+)\) needs its investment$/,
    zh: (m) => `已落地项目(状态 ${g(m, 1)})须填写投资额`,
  },
  { id: 'lon-lat-pair', re: /^must be \[lon, lat\]$/, zh: () => '应为 [lon, lat]' },
  // monitor-records.ts
  {
    id: 'rule-columns',
    re: /^rule (\S+) reads (two columns \(a ÷ b\)|one column)$/,
    zh: (m) => `计算规则 ${g(m, 1)} ${g(m, 2) === 'one column' ? '只读取一列' : '读取两列(a ÷ b)'}`,
  },
  {
    id: 'reading-pair',
    re: /^reading_zh and reading_en go together$/,
    zh: () => 'reading_zh 与 reading_en 须同时填写或同时留空',
  },
  { id: 'negative', re: /^(\S+) must not be negative$/, zh: (m) => `${g(m, 1)} 不能为负数` },
  { id: 'whole', re: /^(\S+) must be a whole number$/, zh: (m) => `${g(m, 1)} 应为整数` },
  {
    id: 'percentage',
    re: /^(\S+) is a percentage \(0–100\)$/,
    zh: (m) => `${g(m, 1)} 是百分比(0–100)`,
  },
  { id: 'year', re: /^year must be a year such as 2024$/, zh: () => 'year 应为年份,如 2024' },
  // The data build's CSV reader (data/scripts/lib/read.ts)
  { id: 'file-missing', re: /^file is missing or unreadable$/, zh: () => '文件缺失或无法读取' },
  { id: 'file-empty', re: /^file is empty$/, zh: () => '文件为空' },
  {
    id: 'wrong-columns',
    re: /^wrong columns \((.*)\): expected (.*)$/,
    zh: (m) => `列不对(${columnsWrong(g(m, 1))}):应为 ${g(m, 2)}`,
  },
  { id: 'no-records', re: /^has a header but no records$/, zh: () => '只有表头,没有记录' },
  {
    id: 'cell-count',
    re: /^has (\d+) cells, expected (\d+)$/,
    zh: (m) => `有 ${g(m, 1)} 个单元格,应为 ${g(m, 2)} 个`,
  },
  // lib/geo/coords.ts
  {
    id: 'coord-not-number',
    re: /^coordinate \((.*)\) is not a number$/,
    zh: (m) => `坐标 (${g(m, 1)}) 不是数字`,
  },
  {
    id: 'coord-projected',
    re: /^coordinate \((.*)\) looks projected \(.*\); data\/ must be WGS84 longitude\/latitude in degrees$/,
    zh: (m) =>
      `坐标 (${g(m, 1)}) 像是投影坐标(单位为米,如 CGCS2000 高斯–克吕格或 EPSG:3857);须为 WGS84 经纬度(度)`,
  },
  {
    id: 'coord-swapped',
    re: /^coordinate \((.*)\) has longitude and latitude swapped: expected lon ≈ ([\d–.]+), lat ≈ ([\d–.]+)$/,
    zh: (m) => `坐标 (${g(m, 1)}) 经度与纬度颠倒:经度应约为 ${g(m, 2)},纬度约为 ${g(m, 3)}`,
  },
  {
    id: 'coord-far',
    re: /^coordinate \((.*)\) is far outside Xishuangbanna \(expected lon ([\d–.]+), lat ([\d–.]+)\)$/,
    zh: (m) => `坐标 (${g(m, 1)}) 远在西双版纳以外(经度应为 ${g(m, 2)},纬度 ${g(m, 3)})`,
  },
  // lib/geo/county-check.ts
  {
    id: 'outside-prefecture',
    re: /^\((.*)\) is outside the prefecture, ([\d.]+) km from its boundary$/,
    zh: (m) => `(${g(m, 1)}) 在州界以外,距州界 ${g(m, 2)} 公里`,
  },
  {
    id: 'outside-county',
    re: /^\((.*)\) lies in (.+), outside (\S+) \((.+)\)$/,
    zh: (m) => {
      const inCounty = g(m, 2) === 'another county' ? '其他县市' : g(m, 2);
      return `(${g(m, 1)}) 位于 ${inCounty},不在 ${g(m, 3)} 内(应在${why(g(m, 4))})`;
    },
  },
  // zod's own messages, where a schema sets none
  {
    id: 'zod-type',
    re: /^Invalid input: expected (\w+), received (\w+)$/,
    zh: (m) => `输入无效:应为${type(g(m, 1))},实为${type(g(m, 2))}`,
  },
  {
    id: 'zod-option',
    re: /^Invalid option: expected one of (.+)$/,
    zh: (m) => `无效选项:应为 ${g(m, 1).replaceAll('|', ' / ')} 之一`,
  },
  {
    id: 'zod-size',
    re: /^Too (small|big): expected (\w+) to (have|be) (>=|>|<=|<)([-\d.e+]+)(?: (\w+))?$/,
    zh: (m) => {
      const bigger = g(m, 1) === 'small';
      const n = g(m, 5);
      return g(m, 3) === 'have'
        ? `${bigger ? '项数过少' : '项数过多'}:应${compare(g(m, 4), bigger)} ${n} 项`
        : `${bigger ? '数值过小' : '数值过大'}:应${compare(g(m, 4), bigger)} ${n}`;
    },
  },
  { id: 'zod-url', re: /^Invalid URL$/, zh: () => '网址无效' },
  // Last: "<what> is required" (nonEmpty and the CSV coordinates).
  { id: 'required', re: /^(.+) is required$/, zh: (m) => `${subject(g(m, 1))} 必填` },
];

/** The id of the rule that words `message`, or null when none does. */
export function dataMessageRule(message: string): string | null {
  return DATA_MESSAGE_RULES.find((r) => r.re.test(message))?.id ?? null;
}

/** The lead-in of a message no rule knows: it is shown whole after it. */
export const DATA_MESSAGE_FALLBACK_ZH = '数据问题:';

/** A data build message in the UI's language; `en` returns it unchanged. */
export function dataMessage(message: string, lang: 'zh' | 'en'): string {
  if (lang === 'en') return message;
  for (const r of DATA_MESSAGE_RULES) {
    const m = r.re.exec(message);
    if (m) return r.zh(m);
  }
  return `${DATA_MESSAGE_FALLBACK_ZH}${message}`;
}
