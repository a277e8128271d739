/**
 * A briefing's steps, made from the data in the audience's language: (1) the prefecture and 一轴两翼,
 * (2) the industry's parks and firms, (3) its chain stage by stage, (4) the gaps and what to attract,
 * (5) the recommended host park with its facts, (6) who to contact, (7) a closing card with a QR
 * code. Each step is a camera box, the map's view (industry, link, park) and lines of text, each
 * line a message with the evidence or source its figure rests on. Nothing here is typed by hand
 * except the title and notes. Ids the data no longer has are reported and the valid steps kept.
 * Pure: no React, no map.
 */
import { type Lang, nameIn, noteIn, textIn } from '@/i18n/lang';
import type { Message } from '@/i18n/message';
import type { CatalogIndex } from '@/lib/data/catalog-index';
import { assessChain, bigProjectRule, type LinkStatus, rankGaps } from '@/lib/domain/chain-status';
import { type Evidence, type RecordEvidence, recordEvidence } from '@/lib/domain/evidence';
import { hostFact } from '@/lib/domain/host-facts';
import { type HostRank, neighboursOf, rankHosts, topReasons, type Weights } from '@/lib/domain/host-score';
import { STAGE_ORDER } from '@/lib/domain/stages';
import { formatNumber } from '@/lib/format';
import type { Provenance } from '@/lib/schemas/vocab';

export type Bbox = [number, number, number, number];

/** Where a line's figure comes from: provenance, source (or method) in the audience's language, as-of. */
export interface Citation {
  provenance: Provenance;
  source?: string | Message;
  asOf?: string;
}

export interface BriefLine {
  text: Message;
  evidence?: Evidence;
  cite?: Citation;
  /** A quotation of the plan, or a note about the data. */
  kind?: 'quote' | 'note';
  /** A list after the text (the links of a stage), joined in the language's way. */
  items?: Message[];
}

export const STEP_IDS = ['layout', 'industry', 'chain', 'gaps', 'host', 'contact', 'close'] as const;
export type StepId = (typeof STEP_IDS)[number];

export interface BriefStep {
  id: StepId;
  title: Message;
  lines: BriefLine[];
  /** The camera: this box, framed beside the briefing card. */
  bbox: Bbox;
  /** The map's view for this step. */
  view: { industries: string[]; link: string | null; park: string | null };
  /** The closing card's QR code and link. */
  url?: string;
}

export interface BriefSpec {
  industry: string | null;
  link: string | null;
  park: string | null;
  title: string;
  notes: string;
}

export interface BriefInput {
  spec: BriefSpec;
  ix: CatalogIndex;
  lang: Lang;
  weights: Weights;
  /** The prefecture's extent (the counties' bbox). */
  prefecture: Bbox;
  /** A chain node's position. */
  coords: (nodeId: string) => [number, number] | undefined;
  /** The app's address without a query (origin + path), for the links and the QR code. */
  baseUrl: string;
  /** Today, YYYY-MM-DD. */
  today: string;
  /** How the links' attract profiles were made (catalog link_figures). */
  linkFigures: Citation;
  /** Whether verdicts include sample records (the 含示例数据 switch), for the closing link. */
  includeSample: boolean;
}

export interface Briefing {
  steps: BriefStep[];
  /** What in the spec the data no longer has, and what was used instead. */
  problems: Message[];
  /** The ids the briefing is about, once resolved (automatic choices filled in). */
  industry: string | null;
  link: string | null;
  park: string | null;
}

const PLAN_AS_OF = '2023-04-06';
const RANK: Record<Provenance, number> = { official: 0, public: 1, estimate: 2, sample: 3 };

/** The weakest of several provenances: a count of parks is no firmer than its least firm record. */
export const weakest = (list: Provenance[]): Provenance =>
  list.reduce<Provenance>((w, p) => (RANK[p] > RANK[w] ? p : w), 'official');

function unionBbox(boxes: (Bbox | undefined)[]): Bbox | undefined {
  const ok = boxes.filter((b): b is Bbox => b !== undefined);
  if (ok.length === 0) return undefined;
  return [
    Math.min(...ok.map((b) => b[0])),
    Math.min(...ok.map((b) => b[1])),
    Math.max(...ok.map((b) => b[2])),
    Math.max(...ok.map((b) => b[3])),
  ];
}

const pointBox = (c: [number, number] | undefined): Bbox | undefined =>
  c ? [c[0], c[1], c[0], c[1]] : undefined;

function mergeEvidence(list: RecordEvidence[]): RecordEvidence {
  return {
    kind: 'records',
    ids: list.flatMap((e) => e.ids),
    total: list.reduce((n, e) => n + e.total, 0),
    sample: list.reduce((n, e) => n + e.sample, 0),
  };
}

const joinList = (lang: Lang, items: string[]): string => items.join(lang === 'zh' ? '、' : ', ');

const isGapStatus = (s: LinkStatus) => s !== 'strong';

/** The view's address: the map at this industry, link and park, in this language. */
export function viewUrl(
  baseUrl: string,
  v: {
    lang: Lang;
    industry: string | null;
    link: string | null;
    park: string | null;
    includeSample: boolean;
  },
): string {
  const p = new URLSearchParams();
  p.set('lang', v.lang);
  if (v.industry) p.set('ind', v.industry);
  if (v.link) p.set('link', v.link);
  if (v.park) p.set('sel', `park:${v.park}`);
  if (!v.includeSample) p.set('sample', '0');
  return `${baseUrl}?${p.toString()}`;
}

function layoutStep(input: BriefInput): BriefStep {
  const { ix } = input;
  const shown = ix.parks.filter((p) => p.kind !== 'park' || p.extent === 'polygon' || p.parent === undefined);
  const count = (l: string) => shown.filter((p) => p.level === l).length;
  const planCite: Citation = {
    provenance: 'official',
    source: { key: 'briefing.lines.planSource' },
    asOf: PLAN_AS_OF,
  };
  return {
    id: 'layout',
    title: { key: 'briefing.steps.layout' },
    bbox: input.prefecture,
    view: { industries: [], link: null, park: null },
    lines: [
      { text: { key: 'briefing.lines.axisQuote' }, cite: planCite, kind: 'quote' },
      { text: { key: 'briefing.lines.wingsQuote' }, cite: planCite, kind: 'quote' },
      {
        text: {
          key: 'briefing.lines.parks',
          params: {
            n: shown.length,
            national: count('national'),
            provincial: count('provincial'),
            prefectural: count('prefectural'),
          },
        },
        cite: { provenance: weakest(shown.map((p) => p.level_provenance)), asOf: PLAN_AS_OF },
      },
      { text: { key: 'briefing.lines.schematic' }, kind: 'note' },
    ],
  };
}

/** Builds the briefing. Never throws: what the data lacks is in `problems`. */
export function buildBriefing(input: BriefInput): Briefing {
  const { spec, ix, lang, weights } = input;
  const problems: Message[] = [];
  const layout = layoutStep(input);
  const industry = spec.industry ? ix.industry(spec.industry) : undefined;
  if (!industry) {
    problems.push(
      spec.industry
        ? { key: 'briefing.problems.industry', params: { id: spec.industry } }
        : { key: 'briefing.problems.noIndustry' },
    );
    const close = closeStep(input, null, null, null, layout.bbox);
    return { steps: [layout, close], problems, industry: null, link: null, park: null };
  }
  const ind = industry.id;
  const indName = nameIn(lang, industry);
  const links = ix.linksOf(ind);
  const nodes = ix.nodes.filter((n) => n.industry === ind);
  const assessments = assessChain(links, ix.nodes, ind, { publicOnly: !ix.includeSample });
  const gaps = rankGaps(assessments.filter((a) => isGapStatus(a.status)));

  // The link in focus: the presenter's, else the gap most in need, else the first link.
  let focus = spec.link ? ix.link(spec.link) : undefined;
  if (spec.link && (!focus || focus.industry !== ind)) {
    problems.push({ key: 'briefing.problems.link', params: { id: spec.link } });
    focus = undefined;
  }
  focus ??= gaps[0]?.link ?? links[0];

  const ctx = ix.hostContext(ind);
  const ranks: HostRank[] = focus ? rankHosts(focus, ix.hostParks, ctx, weights) : [];
  let hostId = spec.park && ix.park(spec.park) ? spec.park : undefined;
  if (spec.park && !hostId) problems.push({ key: 'briefing.problems.park', params: { id: spec.park } });
  const chosen = hostId !== undefined;
  hostId ??= ranks[0]?.park;
  const host = hostId ? ix.park(hostId) : undefined;

  const nodeBox = (list: { id: string }[]) => unionBbox(list.map((n) => pointBox(input.coords(n.id))));
  const planParks = industry.plan_parks.map((id) => ix.park(id)).filter((p) => p !== undefined);
  const industryBox =
    unionBbox([nodeBox(nodes), ...planParks.map((p) => p.bbox as Bbox)]) ?? input.prefecture;

  // (2) The industry's parks and firms.
  const leadingParks = ix.parks.filter((p) => p.leading.includes(ind));
  const parksWithNodes = new Set(nodes.map((n) => n.park).filter((p) => p !== ''));
  const industryLines: BriefLine[] = [
    {
      text: {
        key: 'briefing.lines.core',
        params: {
          parks: joinList(
            lang,
            planParks.map((p) => nameIn(lang, p)),
          ),
        },
      },
      cite: {
        provenance: industry.plan_parks_provenance,
        source: noteIn(lang, industry, 'plan_parks_source'),
        asOf: industry.plan_parks_as_of,
      },
      kind: 'quote',
    },
  ];
  if (industry.key7)
    industryLines.push({
      text: { key: 'briefing.lines.key7' },
      cite: {
        provenance: industry.key7_provenance,
        source: noteIn(lang, industry, 'key7_source'),
        asOf: industry.key7_as_of,
      },
    });
  industryLines.push(
    leadingParks.length > 0
      ? {
          text: {
            key: 'briefing.lines.leadingParks',
            params: {
              industry: indName,
              parks: joinList(
                lang,
                leadingParks.map((p) => textIn(lang, p, 'short')),
              ),
            },
          },
          cite: {
            provenance: weakest(leadingParks.map((p) => p.leading_provenance)),
            asOf: PLAN_AS_OF,
          },
        }
      : { text: { key: 'briefing.lines.leadingNone', params: { industry: indName } } },
    nodes.length > 0
      ? {
          text: { key: 'briefing.lines.nodes', params: { n: nodes.length, m: parksWithNodes.size } },
          evidence: recordEvidence(nodes),
        }
      : { text: { key: 'briefing.lines.noNodes', params: { industry: indName } } },
  );
  const industryView = { industries: [ind], link: null, park: null };

  // (3) The chain, stage by stage.
  const chainLines: BriefLine[] = [];
  for (const stage of STAGE_ORDER) {
    const inStage = assessments.filter((a) => a.link.stage === stage);
    if (inStage.length === 0) continue;
    chainLines.push({
      text: { key: 'briefing.lines.stage', params: { stage: { key: `stages.${stage}` } } },
      items: inStage.map((a) => ({
        key: 'briefing.lines.linkState',
        params: { name: nameIn(lang, a.link), status: { key: `statusLong.${a.status}` } },
      })),
      evidence: mergeEvidence(inStage.map((a) => a.evidence)),
    });
  }
  const tally = (s: LinkStatus[]) => assessments.filter((a) => s.includes(a.status)).length;
  chainLines.push({
    text: {
      key: 'briefing.lines.tally',
      params: {
        n: assessments.length,
        strong: tally(['strong']),
        weak: tally(['weak']),
        missing: tally(['missing', 'unrecorded']),
      },
    },
    evidence: mergeEvidence(assessments.map((a) => a.evidence)),
  });
  const big = bigProjectRule(ix.nodes, ind);
  chainLines.push({
    text: { key: 'briefing.lines.bigRule', params: { n: big.landed.length } },
    evidence: big.evidence,
    kind: 'quote',
  });
  if (big.pipeline.length > 0)
    chainLines.push({
      text: { key: 'briefing.lines.bigPipeline', params: { n: big.pipeline.length } },
      evidence: recordEvidence(big.pipeline),
    });

  // (4) The gaps and what to attract.
  // The link in focus with why it is a gap and what to attract; the other gaps by priority, by name.
  const gapLines: BriefLine[] = [];
  const focusGap = gaps.find((g) => g.link.id === focus?.id);
  if (focus) {
    const why: Message | null = !focusGap
      ? null
      : focusGap.status === 'missing'
        ? { key: 'gaps.missingWhy' }
        : focusGap.status === 'unrecorded'
          ? { key: 'gaps.unrecordedWhy' }
          : { key: 'gaps.weakWhy', params: { s: focusGap.strength, t: focusGap.threshold } };
    gapLines.push(
      focusGap && why
        ? {
            text: {
              key: 'briefing.lines.gap',
              params: { name: nameIn(lang, focus), status: { key: `statusLong.${focusGap.status}` }, why },
            },
            evidence: focusGap.evidence,
          }
        : { text: { key: 'briefing.lines.focus', params: { name: nameIn(lang, focus) } } },
      {
        text: { key: 'briefing.lines.attract', params: { text: textIn(lang, focus, 'attract') } },
        cite: input.linkFigures,
      },
    );
  }
  const others = gaps.filter((g) => g.link.id !== focus?.id);
  if (gaps.length === 0) gapLines.push({ text: { key: 'briefing.lines.noGaps' } });
  else if (others.length > 0)
    gapLines.push({
      text: { key: 'briefing.lines.otherGaps', params: { n: others.length } },
      items: others.map((g) => ({
        key: 'briefing.lines.linkState',
        params: { name: nameIn(lang, g.link), status: { key: `statusLong.${g.status}` } },
      })),
      evidence: mergeEvidence(others.map((g) => g.evidence)),
    });
  const focusNodes = focus ? nodes.filter((n) => n.link === focus.id) : [];
  const gapBox =
    unionBbox([nodeBox(focusNodes), ...(ranks.slice(0, 3).map((r) => ix.park(r.park)?.bbox) as Bbox[])]) ??
    industryBox;
  const focusView = { industries: [ind], link: focus?.id ?? null, park: null };

  const steps: BriefStep[] = [
    layout,
    {
      id: 'industry',
      title: { key: 'briefing.steps.industry', params: { industry: indName } },
      lines: industryLines,
      bbox: industryBox,
      view: industryView,
    },
    {
      id: 'chain',
      title: { key: 'briefing.steps.chain', params: { industry: indName } },
      lines: chainLines,
      bbox: industryBox,
      view: industryView,
    },
    { id: 'gaps', title: { key: 'briefing.steps.gaps' }, lines: gapLines, bbox: gapBox, view: focusView },
  ];

  if (host) {
    const hostBox = host.bbox as Bbox;
    const hostView = { industries: [ind], link: focus?.id ?? null, park: host.id };
    steps.push(
      {
        id: 'host',
        title: { key: 'briefing.steps.host', params: { park: nameIn(lang, host) } },
        lines: hostLines(input, host.id, focus, ranks, chosen, ctx),
        bbox: hostBox,
        view: hostView,
      },
      {
        id: 'contact',
        title: { key: 'briefing.steps.contact' },
        lines: contactLines(input, host.id),
        bbox: hostBox,
        view: hostView,
      },
    );
  }
  steps.push(closeStep(input, ind, focus?.id ?? null, host?.id ?? null, industryBox));
  return { steps, problems, industry: ind, link: focus?.id ?? null, park: host?.id ?? null };
}

function hostLines(
  input: BriefInput,
  hostId: string,
  focus: { id: string; industry: string; after: string[]; name_zh: string; name_en: string } | undefined,
  ranks: HostRank[],
  chosen: boolean,
  ctx: ReturnType<CatalogIndex['hostContext']>,
): BriefLine[] {
  const { ix, lang } = input;
  const host = ix.park(hostId);
  if (!host) return [];
  const lines: BriefLine[] = [];
  const at = ranks.findIndex((r) => r.park === hostId);
  const rank = at >= 0 ? ranks[at] : undefined;
  if (focus && rank)
    lines.push({
      text: chosen
        ? { key: 'briefing.lines.hostChosen', params: { rank: at + 1, n: ranks.length } }
        : {
            key: 'briefing.lines.hostFor',
            params: {
              link: nameIn(lang, focus),
              score: formatNumber(rank.score, lang, 1),
              rank: at + 1,
              n: ranks.length,
            },
          },
      evidence: mergeEvidence(
        Object.values(rank.evidence).filter((e): e is RecordEvidence => e.kind === 'records'),
      ),
    });
  if (focus && rank) {
    const neighbours = neighboursOf(focus, ctx.links).length;
    for (const f of topReasons(rank))
      lines.push({
        text: {
          key: 'briefing.lines.reason',
          params: {
            fact: hostFact(rank, f, ix, lang, neighbours),
            points: formatNumber(rank.contributions[f], lang, 1),
          },
        },
        evidence: rank.evidence[f],
      });
  }
  lines.push({
    text: { key: 'briefing.lines.level', params: { level: { key: `levels.${host.level}` } } },
    cite: { provenance: host.level_provenance, source: noteIn(lang, host, 'level_source') },
  });
  const measured: Citation = { provenance: 'estimate', source: { key: 'briefing.lines.measured' } };
  if (host.extent === 'polygon')
    lines.push({
      text: { key: 'briefing.lines.area', params: { km2: formatNumber(host.area_km2, lang, 1) } },
      cite: measured,
    });
  const place = (id: string) => {
    const p = ix.place(id);
    return p ? textIn(lang, p, 'name') : id;
  };
  lines.push(
    {
      text: {
        key: 'briefing.lines.station',
        params: { name: place(host.access.station_id), km: formatNumber(host.access.station_km, lang, 1) },
      },
      cite: measured,
    },
    {
      text: {
        key: 'briefing.lines.port',
        params: { name: place(host.access.port_id), km: formatNumber(host.access.port_km, lang, 1) },
      },
      cite: measured,
    },
  );
  lines.push(
    host.land_available_mu !== undefined && host.land_provenance
      ? {
          text: { key: 'briefing.lines.land', params: { mu: formatNumber(host.land_available_mu, lang) } },
          cite: {
            provenance: host.land_provenance,
            source: noteIn(lang, host, 'land_source'),
            asOf: host.land_as_of,
          },
        }
      : { text: { key: 'briefing.lines.landUnknown' } },
  );
  lines.push({ text: { key: 'briefing.lines.weights' }, kind: 'note' });
  return lines;
}

/** The park's managing body, or the parent park's, as a public document names it; else who to ask. */
function contactLines(input: BriefInput, hostId: string): BriefLine[] {
  const { ix, lang } = input;
  const host = ix.park(hostId);
  if (!host) return [];
  const withBody = host.committee_zh ? host : host.parent ? ix.park(host.parent) : undefined;
  const lines: BriefLine[] = [];
  if (withBody?.committee_zh)
    lines.push({
      text: { key: 'briefing.lines.committee', params: { name: textIn(lang, withBody, 'committee') } },
      cite: {
        provenance: 'public',
        source: noteIn(lang, withBody, 'committee_source'),
      },
    });
  else lines.push({ text: { key: 'briefing.lines.committeeNone', params: { park: nameIn(lang, host) } } });
  // No document read gives a telephone or an address: say so rather than leave the investor guessing.
  if (withBody?.committee_zh) lines.push({ text: { key: 'briefing.lines.contactVia' }, kind: 'note' });
  lines.push({
    text: {
      key: 'briefing.lines.profile',
      params: { url: `${input.baseUrl}?page=park:${host.id}&lang=${lang}` },
    },
  });
  return lines;
}

function closeStep(
  input: BriefInput,
  industry: string | null,
  link: string | null,
  park: string | null,
  bbox: Bbox,
): BriefStep {
  const { spec, lang } = input;
  const url = viewUrl(input.baseUrl, { lang, industry, link, park, includeSample: input.includeSample });
  const lines: BriefLine[] = [];
  if (spec.notes.trim() !== '')
    lines.push({ text: { key: 'briefing.lines.notes', params: { notes: spec.notes.trim() } }, kind: 'note' });
  // The link itself is written under the QR code.
  lines.push({ text: { key: 'briefing.lines.date', params: { date: input.today } } });
  return {
    id: 'close',
    title:
      spec.title.trim() !== ''
        ? { key: 'briefing.lines.custom', params: { text: spec.title.trim() } }
        : { key: 'briefing.steps.close' },
    lines,
    bbox,
    view: { industries: industry ? [industry] : [], link, park },
    url,
  };
}
