/**
 * bureau.checks.*: see bureau.ts. The data build's checks of imported rows, in words
 * (features/bureau/model/data-issue-words.ts matches each English message of the build to a key here).
 * - bureau.checks.data.<rule>: one problem (the English text is the data build's own message, exactly;
 *   the sheet, row and column are said before it by the issue list). Values: as the rule's regex names
 *   them; `fieldLabel` / `emptyLabel` / `givenLabel`: the column's label (bureau.sheet.col.*.label);
 *   `countyLabel` / `expectedLabel`: a county's name.
 * - bureau.checks.county.<id>: the three counties' names.
 */
export const bureauChecksZh = {
  data: {
    'duplicate-id-sheet': '编号“{{id}}”重复（首次出现在「{{sheet}}」第 {{row}} 行）',
    'duplicate-id': '编号“{{id}}”重复（首次出现在第 {{row}} 行）',
    'duplicate-stat-sheet': '园区“{{park}}” {{year}} 年重复（首次出现在「{{sheet}}」第 {{row}} 行）',
    'duplicate-stat': '园区“{{park}}” {{year}} 年重复（首次出现在第 {{row}} 行）',
    'unknown-industry': '未知产业“{{value}}”（可填：{{known}}）',
    'unknown-link': '未知产业链环节“{{value}}”（环节编号见「说明」表）',
    'link-industry': '环节“{{value}}”属于产业 {{industry}}，不属于 {{given}}',
    'unknown-stat-park': '未知园区“{{value}}”（可填：{{known}}；全州合计填 prefecture）',
    'unknown-park': '未知园区“{{value}}”（可填：{{known}}）',
    'not-a-number': '须填数值',
    negative: '不能为负数',
    'not-whole': '须为整数',
    'not-pct': '是百分比，须在 0–100 之间',
    year: '须为年份，如 2024',
    'date-required': '必填（YYYY、YYYY-MM 或 YYYY-MM-DD）',
    'date-format': '须为 YYYY、YYYY-MM 或 YYYY-MM-DD',
    'id-format': '只能用小写字母、数字和连字符',
    'true-false': '须填 true 或 false',
    chinese: '须含汉字',
    'unknown-value': '{{value}} 不是可填的值（可填：{{expected}}）',
    'one-of': '须为 {{expected}} 之一，现为 {{value}}',
    'source-required': '数据性质为 {{provenance}} 时必填（写明文件名称，或说明如何估算）',
    'chinese-twin': '填了「{{fieldLabel}}」时必填（页面以中英文显示说明）',
    'investment-source': '非示例记录的投资额须注明来源（投资额来源）',
    'half-point': '「{{emptyLabel}}」为空而「{{givenLabel}}」已填：请两者都填，或都留空（放在园区内）',
    'location-provenance': '填了经纬度时必填（{{expected}}）',
    'sample-position': '示例记录的位置性质须为 sample',
    'estimate-how': '位置为估算时须说明如何估算（位置来源）',
    'landed-investment': '已落地的项目（状态 {{status}}）须填投资额',
    'no-outline': '未填坐标，而园区“{{park}}”没有可放置的范围',
    'coord-nan': '坐标 ({{lon}}, {{lat}}) 不是数值',
    'coord-projected':
      '坐标 ({{lon}}, {{lat}}) 像是投影坐标（米，如 CGCS2000 高斯–克吕格或 EPSG:3857）；须为 WGS84 经纬度（度）',
    'coord-swapped': '坐标 ({{lon}}, {{lat}}) 的经度和纬度填反了：经度约 100–102，纬度约 21–22.5',
    'coord-far': '坐标 ({{lon}}, {{lat}}) 远在西双版纳之外（经度 99–102.8，纬度 20.4–23.4）',
    'outside-prefecture': '坐标 ({{lon}}, {{lat}}) 在州界之外，距州界 {{km}} 公里',
    'other-county-none': '坐标 ({{lon}}, {{lat}}) 不在园区 {{park}} 所在的{{expectedLabel}}',
    'other-county': '坐标 ({{lon}}, {{lat}}) 位于{{countyLabel}}，不在园区 {{park}} 所在的{{expectedLabel}}',
    required: '必填',
    other: '不符合数据构建的规则（{{message}}）',
  },
  county: { jinghong: '景洪市', menghai: '勐海县', mengla: '勐腊县' },
};

export const bureauChecksEn: typeof bureauChecksZh = {
  data: {
    'duplicate-id-sheet': 'duplicate id "{{id}}" (first at row {{row}} of sheet "{{sheet}}")',
    'duplicate-id': 'duplicate id "{{id}}" (first at row {{row}})',
    'duplicate-stat-sheet':
      'duplicate park and year "{{park}}" {{year}} (first at row {{row}} of sheet "{{sheet}}")',
    'duplicate-stat': 'duplicate park and year "{{park}}" {{year}} (first at row {{row}})',
    'unknown-industry': 'unknown industry "{{value}}" (known: {{known}})',
    'unknown-link': 'unknown chain link "{{value}}" (see chains.yaml)',
    'link-industry': 'chain link "{{value}}" belongs to {{industry}}, not {{given}}',
    'unknown-stat-park': `unknown park "{{value}}" (known: {{known}}, or prefecture for the prefecture's totals)`,
    'unknown-park': 'unknown park "{{value}}" (known: {{known}})',
    'not-a-number': '{{field}} must be a number',
    negative: '{{field}} must not be negative',
    'not-whole': '{{field}} must be a whole number',
    'not-pct': '{{field}} is a percentage (0–100)',
    year: 'year must be a year such as 2024',
    'date-required': 'is required (YYYY, YYYY-MM or YYYY-MM-DD)',
    'date-format': 'must be YYYY, YYYY-MM or YYYY-MM-DD',
    'id-format': 'must be lower-case letters, digits and -',
    'true-false': 'must be true or false',
    chinese: 'must contain Chinese characters',
    'unknown-value': 'unknown {{what}} {{value}} (expected {{expected}})',
    'one-of': 'must be one of {{expected}}, got {{value}}',
    'source-required':
      'is required when provenance is {{provenance}} (name the document, or say how it was estimated)',
    'chinese-twin': 'is required when {{field}} is given (the app shows the note in Chinese and English)',
    'investment-source': 'a figure on a real record needs its source (investment_source)',
    'half-point':
      '{{empty}} is empty but {{given}} is given: give both, or leave both empty to place the record inside its park',
    'location-provenance': 'is required when lon and lat are given ({{expected}})',
    'sample-position': 'a sample record has a sample position',
    'estimate-how': 'an estimated position says how it was estimated',
    'landed-investment': 'a landed project (status {{status}}) needs its investment',
    'no-outline': 'no coordinates given and park "{{park}}" has no outline to place the record in',
    'coord-nan': 'coordinate ({{lon}}, {{lat}}) is not a number',
    'coord-projected':
      'coordinate ({{lon}}, {{lat}}) looks projected (metres, e.g. CGCS2000 Gauss–Krüger or EPSG:3857); data/ must be WGS84 longitude/latitude in degrees',
    'coord-swapped':
      'coordinate ({{lon}}, {{lat}}) has longitude and latitude swapped: expected lon ≈ 100–102, lat ≈ 21–22.5',
    'coord-far':
      'coordinate ({{lon}}, {{lat}}) is far outside Xishuangbanna (expected lon 99–102.8, lat 20.4–23.4)',
    'outside-prefecture': '({{lon}}, {{lat}}) is outside the prefecture, {{km}} km from its boundary',
    'other-county-none':
      '({{lon}}, {{lat}}) lies in another county, outside {{expected}} (the county of its park {{park}})',
    'other-county':
      '({{lon}}, {{lat}}) lies in {{county}}, outside {{expected}} (the county of its park {{park}})',
    required: '{{what}} is required',
    other: '{{message}}',
  },
  county: { jinghong: 'Jinghong', menghai: 'Menghai', mengla: 'Mengla' },
};
