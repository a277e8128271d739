/**
 * What goes into a brief (PDF), as plain data in the chosen languages: the title, the park's facts with
 * their provenance and as-of dates, the chain with the status of each link, the gaps and what to
 * attract, the management committee (or that none is published), the notes, the date and the link to
 * the live view. Pure: the catalogue index and a translate function per language in, text out; the
 * PDF drawing (export/make-brief.ts) only lays it out. Verdicts come from the shared domain modules
 * (chain-status, host-score), the same as the panels show.
 */
import { type Lang, nameIn, noteIn, textIn } from '@/i18n/lang';
import type { CatalogIndex } from '@/lib/data/catalog-index';
import { assessChain, bigProjectRule, isLanded, type LinkStatus, rankGaps } from '@/lib/domain/chain-status';
import { type Evidence, recordEvidence } from '@/lib/domain/evidence';
import { rankHosts, type Weights } from '@/lib/domain/host-score';
import { formatNumber, formatWan } from '@/lib/format';
import type { BuiltPark, Catalog } from '@/lib/schemas/catalog';
import type { Provenance } from '@/lib/schemas/vocab';

export type Translate = (key: string, params?: Record<string, unknown>) => string;
/** A text in each language of the brief (only the chosen languages are filled). */
export type Bi = Partial<Record<Lang, string>>;

export type BriefSubject = { kind: 'park'; id: string } | { kind: 'chain'; industry: string };

/**
 * A line: its text, a short tag after it on the same line (provenance with its source's number and
 * as-of date, evidence), an optional note under it (what to attract), and a status mark.
 */
export interface BriefLine {
  text: Bi;
  tag?: Bi;
  note?: Bi;
  status?: LinkStatus | 'present' | 'pipeline';
  /** A sub-heading inside a section (an industry, a stage). */
  head?: boolean;
}

export interface BriefSection {
  id: 'facts' | 'chain' | 'gaps' | 'committee' | 'planParks' | 'bigRule';
  heading: Bi;
  lines: BriefLine[];
}

export interface BriefContent {
  langs: Lang[];
  subject: BriefSubject;
  kicker: Bi;
  title: Bi;
  subtitle: Bi;
  date: string;
  dateLine: Bi;
  url: string;
  linkLine: Bi;
  liveView: Bi;
  mapHeading: Bi;
  sections: BriefSection[];
  notesHeading: Bi;
  notes: Bi[];
  /** The long source and method texts, once each, numbered [1], [2], … as the tags cite them. */
  sourcesHeading: Bi;
  sources: Bi[];
  /** "{n} characters … shown as ?" in each language, the number filled in by the drawing. */
  fallbackNote: Bi;
  footer: Bi;
  /** "Page {n} of {total}" in each language, the numbers filled in by the drawing. */
  pageLabel: Bi;
  /** The base of the file name (Latin: the subject's id). */
  fileBase: string;
}

export interface BriefInput {
  subject: BriefSubject;
  langs: Lang[];
  ix: CatalogIndex;
  t: Record<Lang, Translate>;
  date: string;
  url: string;
  weights: Weights;
  /** At most this many gaps per industry (the brief stays at one or two pages). */
  maxGaps?: number;
}

/** The long source texts of one brief, numbered in the order they are first cited (the same text once). */
class Sources {
  readonly list: Bi[] = [];
  private seen = new Map<string, number>();
  /** The number of this source text (1-based), added when new. */
  add(b: Bi): number {
    const key = JSON.stringify(b);
    let n = this.seen.get(key);
    if (n === undefined) {
      this.list.push(b);
      n = this.list.length;
      this.seen.set(key, n);
    }
    return n;
  }
}

type Ctx = BriefInput & { sources: Sources };

/** The same text in each language: `f(lang, t)`. */
function bi(input: Pick<BriefInput, 'langs' | 't'>, f: (lang: Lang, t: Translate) => string): Bi {
  const out: Bi = {};
  for (const l of input.langs) out[l] = f(l, input.t[l]);
  return out;
}

/** A figure's provenance as the badge says it: kind, source or method (not for sample), as-of. */
export function provenanceText(t: Translate, provenance: Provenance, source?: string, asOf?: string): string {
  const parts = [t(`provenance.${provenance}`)];
  if (source && provenance !== 'sample')
    parts.push(
      t(provenance === 'estimate' ? 'handover.brief.method' : 'handover.brief.source', { text: source }),
    );
  if (asOf) parts.push(t('handover.brief.asOf', { date: asOf }));
  return parts.join(' · ');
}

/**
 * A figure's provenance as a short tag: kind, the number of its source or method in the brief's
 * Sources block (not for sample), as-of. The source text itself is added to the block once.
 */
function provenanceTag(
  ctx: Ctx,
  provenance: Provenance,
  source?: (l: Lang, t: Translate) => string | undefined,
  asOf?: string,
): Bi {
  let ref: number | undefined;
  if (source && provenance !== 'sample') {
    const texts = bi(ctx, (l, t) => {
      const s = source(l, t);
      return s
        ? t(provenance === 'estimate' ? 'handover.brief.method' : 'handover.brief.source', { text: s })
        : '';
    });
    if (Object.values(texts).some(Boolean)) ref = ctx.sources.add(texts);
  }
  return bi(ctx, (_l, t) => {
    const parts = [ref ? `${t(`provenance.${provenance}`)} [${ref}]` : t(`provenance.${provenance}`)];
    if (asOf) parts.push(t('handover.brief.asOf', { date: asOf }));
    return parts.join(' · ');
  });
}

/** What a verdict rests on, as the evidence tag says it. */
export function evidenceText(t: Translate, e: Evidence): string {
  if (e.kind === 'figure')
    return e.known ? t('evidence.figure', { p: t(`provenance.${e.provenance}`) }) : t('evidence.unknown');
  if (e.total === 0) return t('evidence.noRecords');
  const n = t('evidence.records', { count: e.total });
  return e.sample > 0 ? `${n} · ${t('evidence.sample', { n: e.sample })}` : n;
}

function notes(input: BriefInput): Bi[] {
  return [
    bi(input, (_l, t) => t('handover.brief.provenanceNote')),
    bi(input, (_l, t) => t('handover.brief.schematicNote')),
    bi(input, (_l, t) =>
      t(input.ix.includeSample ? 'handover.brief.sampleNote' : 'handover.brief.sampleExcluded'),
    ),
  ];
}

function committeeSection(input: Ctx, park: BuiltPark): BriefSection {
  const { ix } = input;
  const of = park.committee_zh ? park : park.parent ? ix.park(park.parent) : undefined;
  const lines: BriefLine[] = of?.committee_zh
    ? [
        {
          text: bi(input, (l) => textIn(l, of, 'committee') || of.committee_zh || ''),
          tag: bi(input, (_l, t) => {
            const ref = input.sources.add(
              bi(input, (l2, t2) =>
                t2('handover.brief.source', { text: noteIn(l2, of, 'committee_source') }),
              ),
            );
            return `${t('handover.brief.contactNone')} [${ref}]`;
          }),
        },
      ]
    : [{ text: bi(input, (_l, t) => t('handover.brief.committeeNone')) }];
  return { id: 'committee', heading: bi(input, (_l, t) => t('handover.brief.committee')), lines };
}

function parkFacts(input: Ctx, park: BuiltPark): BriefLine[] {
  const { ix } = input;
  const lines: BriefLine[] = [];
  const colon = (l: Lang) => (l === 'zh' ? ':' : ': ');
  const line = (label: (t: Translate) => string, value: (l: Lang, t: Translate) => string, tag?: Bi) =>
    lines.push({
      text: bi(input, (l, t) => `${label(t)}${colon(l)}${value(l, t)}`),
      ...(tag ? { tag } : {}),
    });
  const prov = (p: Provenance, source?: (l: Lang, t: Translate) => string | undefined, asOf?: string) =>
    provenanceTag(input, p, source, asOf);
  const parent = park.parent ? ix.park(park.parent) : undefined;
  line(
    (t) => t('details.kind'),
    (l, t) =>
      `${t(`parkKinds.${park.kind}`)}${parent ? ` · ${t('details.parent')} ${nameIn(l, parent)}` : ''}`,
    prov(park.provenance, (l) => noteIn(l, park, 'source'), park.as_of),
  );
  line(
    (t) => t('details.level'),
    (_l, t) => t(`levels.${park.level}`),
    prov(park.level_provenance, (l) => noteIn(l, park, 'level_source')),
  );
  line(
    (t) => t('details.county'),
    (_l, t) => t(`countyNames.${park.county}`),
  );
  if (park.extent !== 'county')
    line(
      (t) => t('details.area'),
      (l, t) =>
        `${formatNumber(park.area_km2, l, 1)} ${t('units.km2')} · ${formatNumber(park.area_ha, l)} ${t('units.ha')} · ${formatNumber(park.area_mu, l)} ${t('units.mu')}`,
      prov('estimate', (l, t) =>
        park.outline_source ? noteIn(l, park, 'outline_source') : t('details.schematic'),
      ),
    );
  if (park.published_area_km2 && park.area_provenance) {
    line(
      (t) => t('details.publishedArea'),
      (l, t) => `≈${formatNumber(park.published_area_km2 ?? 0, l)} ${t('units.km2')}`,
      prov(park.area_provenance, (l) => noteIn(l, park, 'area_source'), park.area_as_of ?? park.as_of),
    );
  }
  line(
    (t) => t('details.leading'),
    (l, t) =>
      park.leading
        .map((id) => {
          const i = ix.industry(id);
          return i ? nameIn(l, i) : id;
        })
        .join(t('listSep')),
    prov(park.leading_provenance, (l) => noteIn(l, park, 'leading_source')),
  );
  const station = ix.place(park.access.station_id);
  const port = ix.place(park.access.port_id);
  const km = (l: Lang, t: Translate, v: number) => `${formatNumber(v, l, 1)} ${t('profile.km')}`;
  line(
    (t) => t('profile.access'),
    (l, t) =>
      [
        `${t('profile.station')} ${station ? nameIn(l, station) : ''} ${km(l, t, park.access.station_km)}`,
        `${t('profile.port')} ${port ? nameIn(l, port) : ''} ${km(l, t, park.access.port_km)}`,
        `${t('profile.expressway')} ${km(l, t, park.access.expressway_km)}`,
        `${t('profile.airport')} ${km(l, t, park.access.airport_km)}`,
      ].join(' · '),
    prov('estimate', (_l, t) => t('profile.computed')),
  );
  if (park.land_available_mu !== undefined && park.land_provenance) {
    line(
      (t) => t('profile.land'),
      (l, t) => `${formatNumber(park.land_available_mu ?? 0, l)} ${t('units.mu')}`,
      prov(park.land_provenance, (l) => noteIn(l, park, 'land_source'), park.land_as_of),
    );
  } else if (park.land_provenance && !ix.includeSample) {
    line(
      (t) => t('profile.land'),
      (_l, t) => t('gaps.landUnknown'),
    );
  }
  if (park.extent === 'county')
    line(
      (t) => t('profile.protected'),
      (_l, t) => t('profile.protectedExcluded'),
    );
  else
    line(
      (t) => t('profile.protected'),
      (l, t) =>
        `${formatNumber(park.protected_ha, l)} ${t('units.ha')} (${formatNumber(park.protected_share * 100, l, 1)}%)`,
      prov('estimate', (_l, t) => t('profile.computed')),
    );
  return lines;
}

function parkChain(input: Ctx, park: BuiltPark): { chain: BriefLine[]; gaps: BriefLine[] } {
  const { ix } = input;
  const own = ix.nodesOfPark(park.id);
  const present = new Set(own.filter(isLanded).map((n) => n.link));
  const pipeline = new Set(own.filter((n) => !isLanded(n)).map((n) => n.link));
  const lacking: LinkStatus = ix.includeSample ? 'missing' : 'unrecorded';
  const chain: BriefLine[] = [];
  const gaps: BriefLine[] = [];
  const candidates: {
    industry: NonNullable<ReturnType<CatalogIndex['industry']>>;
    gap: { link: Catalog['links'][number]; status: LinkStatus; priority: number };
  }[] = [];
  for (const ind of park.leading) {
    const industry = ix.industry(ind);
    if (!industry) continue;
    chain.push({
      head: true,
      text: bi(input, (l, t) => t('handover.brief.leadingIndustry', { name: nameIn(l, industry) })),
    });
    // One line per state: the links present, those with only pipeline projects, those lacking.
    const links = ix.linksOf(ind);
    const stateOf = (id: string) => (present.has(id) ? 'present' : pipeline.has(id) ? 'pipeline' : lacking);
    for (const state of ['present', 'pipeline', lacking] as const) {
      const mine = links.filter((l) => stateOf(l.id) === state);
      if (mine.length === 0) continue;
      const ev = recordEvidence(own.filter((n) => mine.some((l) => l.id === n.link)));
      chain.push({
        status: state,
        text: bi(input, (l, t) => {
          const raw = state === 'pipeline' ? t('profile.pipelineOnly') : t(`statusLong.${state}`);
          const label = raw.charAt(0).toUpperCase() + raw.slice(1);
          return `${label} (${mine.length})${l === 'zh' ? ':' : ': '}${mine.map((k) => nameIn(l, k)).join(t('listSep'))}`;
        }),
        ...(state === lacking
          ? {}
          : { tag: bi(input, (_l, t) => t('handover.brief.evidence', { text: evidenceText(t, ev) })) }),
      });
    }
    // The industry's gaps that this park lacks, by the chain's priority.
    for (const gap of rankGaps(assessChain(links, ix.nodes, ind, { publicOnly: !ix.includeSample })))
      if (!present.has(gap.link.id)) candidates.push({ industry, gap });
  }
  // The park's gaps across its leading industries, highest priority first, with what to attract.
  for (const { industry, gap: g } of candidates
    .sort((x, y) => y.gap.priority - x.gap.priority)
    .slice(0, input.maxGaps ?? 4))
    gaps.push({
      status: g.status,
      text: bi(
        input,
        (l, t) => `${nameIn(l, g.link)} (${nameIn(l, industry)}) · ${t(`statusLong.${g.status}`)}`,
      ),
      note: bi(input, (l, t) => t('handover.brief.attract', { text: textIn(l, g.link, 'attract') })),
    });
  return { chain, gaps };
}

function parkBrief(
  input: Ctx,
  park: BuiltPark,
): Pick<BriefContent, 'kicker' | 'title' | 'subtitle' | 'sections' | 'fileBase'> {
  const { chain, gaps } = parkChain(input, park);
  return {
    kicker: bi(input, (_l, t) => `${t('handover.brief.kicker')} · ${t('handover.brief.parkBrief')}`),
    title: bi(input, (l) => nameIn(l, park)),
    subtitle: bi(
      input,
      (_l, t) => `${t(`levels.${park.level}`)} · ${t(`countyNames.${park.county}`)} · ${t('title')}`,
    ),
    fileBase: `brief-${park.id}`,
    sections: [
      {
        id: 'facts',
        heading: bi(input, (_l, t) => t('handover.brief.facts')),
        lines: parkFacts(input, park),
      },
      committeeSection(input, park),
      { id: 'chain', heading: bi(input, (_l, t) => t('handover.brief.chain')), lines: chain },
      {
        id: 'gaps',
        heading: bi(input, (_l, t) => t('handover.brief.gaps')),
        lines: gaps.length ? gaps : [{ text: bi(input, (_l, t) => t('handover.brief.noGaps')) }],
      },
    ],
  };
}

function chainBrief(
  input: Ctx,
  industryId: string,
): Pick<BriefContent, 'kicker' | 'title' | 'subtitle' | 'sections' | 'fileBase'> {
  const { ix } = input;
  const industry = ix.industry(industryId);
  if (!industry) throw new Error(`unknown industry ${industryId}`);
  const assessed = assessChain(ix.linksOf(industryId), ix.nodes, industryId, {
    publicOnly: !ix.includeSample,
  });
  const parkName = (l: Lang, id: string) => {
    const p = ix.park(id);
    return p ? nameIn(l, p) : id;
  };
  const chain: BriefLine[] = assessed.map((a) => ({
    status: a.status,
    text: bi(
      input,
      (l, t) => `${nameIn(l, a.link)} (${t(`stages.${a.link.stage}`)}) · ${t(`statusLong.${a.status}`)}`,
    ),
    tag: bi(input, (l, t) =>
      [
        t('handover.brief.strength', { s: formatNumber(a.strength, l, 1), t: a.threshold }),
        t('handover.brief.evidence', { text: evidenceText(t, a.evidence) }),
        a.parks.length
          ? `${t('chain.parks')}${l === 'zh' ? ':' : ': '}${a.parks.map((p) => parkName(l, p)).join(t('listSep'))}`
          : '',
      ]
        .filter(Boolean)
        .join(' · '),
    ),
  }));
  const big = bigProjectRule(ix.nodes, industryId);
  const bigLines: BriefLine[] = [
    {
      text: bi(input, (_l, t) => t('chain.bigRule')),
      tag: bi(input, (l, t) =>
        [
          big.met ? t('chain.bigRuleMet', { n: big.landed.length }) : t('chain.bigRuleNot'),
          ...big.landed.map((n) =>
            `${nameIn(l, n)} ${n.investment_wan ? formatWan(n.investment_wan, l) : ''}`.trim(),
          ),
          t('handover.brief.evidence', { text: evidenceText(t, big.evidence) }),
        ].join(' · '),
      ),
    },
  ];
  const ctx = ix.hostContext(industryId);
  const gaps: BriefLine[] = rankGaps(assessed)
    .slice(0, input.maxGaps ?? 6)
    .map((g) => {
      const hosts = rankHosts(g.link, ix.hostParks, ctx, input.weights).slice(0, 3);
      return {
        status: g.status,
        text: bi(input, (l, t) => `${nameIn(l, g.link)} · ${t(`statusLong.${g.status}`)}`),
        note: bi(input, (l, t) =>
          [
            t('handover.brief.attract', { text: textIn(l, g.link, 'attract') }),
            hosts.length
              ? t('handover.brief.hosts', {
                  list: hosts
                    .map((h) => `${parkName(l, h.park)} (${formatNumber(h.score, l)})`)
                    .join(t('listSep')),
                })
              : '',
          ]
            .filter(Boolean)
            .join(' · '),
        ),
      };
    });
  const planParks: BriefLine[] = industry.plan_parks.flatMap((id) => {
    const p = ix.park(id);
    if (!p) return [];
    const of = p.committee_zh ? p : p.parent ? ix.park(p.parent) : undefined;
    return [
      {
        text: bi(input, (l) => nameIn(l, p)),
        tag: bi(input, (l, t) =>
          of?.committee_zh
            ? `${t('handover.brief.committee')}${l === 'zh' ? ':' : ': '}${textIn(l, of, 'committee') || of.committee_zh} · ${t('handover.brief.contactNone')}`
            : t('handover.brief.committeeNone'),
        ),
      },
    ];
  });
  return {
    kicker: bi(input, (_l, t) => `${t('handover.brief.kicker')} · ${t('handover.brief.chainBrief')}`),
    title: bi(input, (l) => nameIn(l, industry)),
    subtitle: (() => {
      const tag = provenanceTag(
        input,
        industry.plan_parks_provenance,
        (l) => noteIn(l, industry, 'plan_parks_source'),
        industry.plan_parks_as_of,
      );
      return bi(input, (l, t) => `${t('handover.brief.planParks')}${l === 'zh' ? ':' : ': '}${tag[l]}`);
    })(),
    fileBase: `brief-chain-${industry.id}`,
    sections: [
      { id: 'chain', heading: bi(input, (_l, t) => t('handover.brief.chain')), lines: chain },
      { id: 'bigRule', heading: bi(input, (_l, t) => t('handover.brief.bigRule')), lines: bigLines },
      {
        id: 'gaps',
        heading: bi(input, (_l, t) => t('handover.brief.gaps')),
        lines: gaps.length ? gaps : [{ text: bi(input, (_l, t) => t('handover.brief.noGaps')) }],
      },
      { id: 'planParks', heading: bi(input, (_l, t) => t('handover.brief.planParks')), lines: planParks },
    ],
  };
}

export function briefContent(briefInput: BriefInput): BriefContent {
  const input: Ctx = { ...briefInput, sources: new Sources() };
  const s = input.subject;
  let body: Pick<BriefContent, 'kicker' | 'title' | 'subtitle' | 'sections' | 'fileBase'>;
  if (s.kind === 'park') {
    const park = input.ix.park(s.id);
    if (!park) throw new Error(`unknown park ${s.id}`);
    body = parkBrief(input, park);
  } else body = chainBrief(input, s.industry);
  return {
    langs: input.langs,
    subject: s,
    ...body,
    date: input.date,
    dateLine: bi(input, (_l, t) => t('handover.brief.date', { date: input.date })),
    url: input.url,
    linkLine: bi(input, (_l, t) => t('handover.brief.link', { url: input.url })),
    liveView: bi(input, (_l, t) => t('handover.brief.liveView')),
    mapHeading: bi(input, (_l, t) => t('handover.brief.map')),
    notesHeading: bi(input, (_l, t) => t('handover.brief.notes')),
    notes: notes(input),
    sourcesHeading: bi(input, (_l, t) => t('handover.brief.sources')),
    sources: input.sources.list,
    fallbackNote: bi(input, (_l, t) => t('handover.brief.fallback', { n: '{n}' })),
    footer: bi(input, (_l, t) => t('handover.brief.generated')),
    pageLabel: bi(input, (_l, t) => t('handover.brief.page', { n: '{n}', total: '{total}' })),
  };
}
