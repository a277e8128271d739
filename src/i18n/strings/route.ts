/**
 * Project routing's explanations (项目流转) (zh is the reference; en has the same keys, checked by the
 * type). Used only by the routing tab, whose chunk adds them to i18next when it loads
 * (features/workbench/route-strings.ts), so the map page's first JS does not carry them.
 * The plan is quoted by its name and words, never a file.
 */
export const routeZh = {
  assumption: '假设',
  assumptionHelp: '项目方自报的数字,本图未核实;不是数据',
  revenueAssumed: '按项目预计年营业收入 {{revenue}} 计算',
  formAssumption: '项目方的预计,作为假设使用',
  investIntensity: '投资强度 {{v}} 万元/亩',
  investNoFloor:
    '规划未规定投资强度(亩均投资)下限,故只列数字、不作核查;规划要求各园区“制定发布产业准入清单和项目准入标准”。',
  investFloors: '投资强度下限(本图规则):{{list}}',
  bigCounts:
    '投资 {{invest}},超过 5 亿元:落地(签约、在建或投产)后计入规划“每个重点产业链至少引进落地1个投资额超5亿元的重大产业项目”({{industry}})。',
  bigNot: '投资 {{invest}},未超过 5 亿元(50,000 万元):不计入规划的超 5 亿元重大产业项目要求。',
  bigState: '{{industry}}产业链已落地的超 5 亿元项目:{{n}} 个',
  parkWide:
    '亩均营业收入下限是规划对园区整体设定的 2025 年目标,此处套用于单个项目作参考。《西双版纳州“十四五”产业园区发展实施方案》一(三):“国家级、省级、州级园区亩均营业收入分别不低于 600 万元、400 万元、300 万元”。',
  wouldPass: '如何通过:',
  fix: {
    leading: '需在以{{industry}}为主导产业的园区:{{parks}}',
    leadingNone: '没有园区以{{industry}}为主导产业',
    intensity: '需 ≥ {{revenue}} 营业收入({{land}} 亩),或用地 ≤ {{maxLand}} 亩',
    investment: '需 ≥ {{invest}} 投资({{land}} 亩)',
    pollution: '需为非重度污染项目',
    capacity: '需不属产能过剩行业',
    land: '需 {{need}} 亩,可用 {{available}} 亩,尚缺 {{short}} 亩;可用土地足够的园区:{{parks}}',
    rail: '需 {{max}} 公里内有铁路车站(此处 {{km}} 公里);符合的园区:{{parks}}',
    port: '需 {{max}} 公里内有公路或铁路口岸(此处 {{km}} 公里);符合的园区:{{parks}}',
    cold: '需园区内有冷链节点;具备的园区:{{parks}}',
    none: '无',
  },
  highlight: '地图上以绿色粗边框标出全部通过的园区({{n}} 个)。',
  highlightNone: '没有园区通过全部规则,地图上没有高亮。',
  listSep: '、',
};

export const routeEn: typeof routeZh = {
  assumption: 'assumption',
  assumptionHelp: "the project's own figure, not checked by this map; not data",
  revenueAssumed: "Computed from the project's expected revenue of {{revenue}} a year",
  formAssumption: "the project's own estimate, used as an assumption",
  investIntensity: 'Investment per mu: CNY {{v}} million',
  investNoFloor:
    'The plan sets no floor for investment per mu, so the figure is shown, not checked; the plan asks each park to "draw up and publish an industry entry list and project entry standards".',
  investFloors: 'Investment-per-mu floors (rules of this map): {{list}}',
  bigCounts:
    'Investment {{invest}}, over CNY 500 million: once landed (signed, under construction or operating) it counts toward the plan\'s "at least one landed major project of over CNY 500 million in every key chain" ({{industry}}).',
  bigNot:
    "Investment {{invest}}, not over CNY 500 million: it does not count toward the plan's rule on major projects of over CNY 500 million.",
  bigState: 'Landed projects over CNY 500 million in the {{industry}} chain: {{n}}',
  parkWide:
    'The revenue-per-mu floors are the plan\'s 2025 targets for a park as a whole, applied here to one project as a guide. Xishuangbanna Prefecture 14th Five-Year Implementation Plan for Industrial Parks (西政办发〔2023〕16号), section I(3): "revenue per mu of national, provincial and prefecture-level parks of no less than CNY 6 million, 4 million and 3 million respectively".',
  wouldPass: 'Would pass:',
  fix: {
    leading: 'needs a park with {{industry}} as a leading industry: {{parks}}',
    leadingNone: 'no park has {{industry}} as a leading industry',
    intensity: 'needs ≥ {{revenue}} revenue on {{land}} mu, or at most {{maxLand}} mu',
    investment: 'needs ≥ {{invest}} investment on {{land}} mu',
    pollution: 'needs a project that is not heavily polluting',
    capacity: 'needs an industry that is not over capacity',
    land: 'needs {{need}} mu, {{available}} available, {{short}} mu short; parks with enough land: {{parks}}',
    rail: 'needs a railway station within {{max}} km (here {{km}} km); parks that have one: {{parks}}',
    port: 'needs a road or rail border port within {{max}} km (here {{km}} km); parks that have one: {{parks}}',
    cold: 'needs a cold-chain node in the park; parks with one: {{parks}}',
    none: 'none',
  },
  highlight: 'Parks that pass every rule are outlined in bold green on the map ({{n}}).',
  highlightNone: 'No park passes every rule; nothing is highlighted on the map.',
  listSep: ', ',
};
