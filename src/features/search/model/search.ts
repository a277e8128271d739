/**
 * Search over the built index (search.json): Chinese and English names, a park's short names (aliases),
 * full pinyin and pinyin initials, the context (a park's county or parent, a firm's park) and the words
 * for a result's type ("园区", "port", "county"). A query is split into words; each word scores against
 * every field (exact > prefix > word > contains > context/type word > typo), the entry scores their mean,
 * and an entry must match every word (when none does, entries matching some words are shown, lower).
 * Typos: one edit in a word of 4–6 letters, two from 7 ("menhai" → 勐海, "mohn" → 磨憨).
 * Ranking: quality tier first, then parks before counties, industries, chain links, places and firms,
 * then score, then the shorter name. Pure; no dictionary (the pinyin comes with the index).
 */
import type { SearchEntry } from '@/lib/schemas/search-index';
import { typeWords } from './type-words';

/** Kinds in the order a tie shows them: parks, counties, industries, links, other places, firms. */
const kindRank = (e: SearchEntry): number => {
  if (e.kind === 'park') return 0;
  if (e.kind === 'place' && e.sub === 'county_seat') return 1;
  return { industry: 2, link: 3, place: 4, node: 5 }[e.kind];
};

const HAN = /[\u3400-\u9fff]/;
/** Lower case, accents off (ü → u), anything but letters, digits and Han characters → a space. */
export const normalize = (s: string): string =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9\u3400-\u9fff]+/g, ' ')
    .trim();

interface Prepared {
  /** Chinese names and aliases, without spaces or punctuation. */
  zh: string[];
  /** English names and aliases, normalized, and their words. */
  en: string[];
  /** The English names without spaces. */
  enCompact: string[];
  enWords: string[];
  /** What a typo is measured against: pinyin, English words and names without spaces. */
  typoTargets: string[];
  py: string[];
  ini: string[];
  ctxZh: string;
  ctxWords: string[];
  types: string[];
}

const prepared = new WeakMap<SearchEntry, Prepared>();
function prepare(e: SearchEntry): Prepared {
  const hit = prepared.get(e);
  if (hit) return hit;
  const alias = e.alias ?? [];
  const en = [e.name_en, ...alias.map((a) => a.en)].map(normalize);
  const enCompact = en.map((n) => n.replace(/ /g, ''));
  const enWords = en.flatMap((s) => s.split(' '));
  const py = [e.py, ...alias.map((a) => a.py)].filter(Boolean);
  const p: Prepared = {
    zh: [e.name_zh, ...alias.map((a) => a.zh)].map((s) => normalize(s).replace(/ /g, '')),
    en,
    enCompact,
    enWords,
    typoTargets: [...new Set([...py, ...enWords, ...enCompact])],
    py,
    ini: [e.ini, ...alias.map((a) => a.ini)].filter(Boolean),
    ctxZh: normalize(e.ctx_zh ?? '').replace(/ /g, ''),
    ctxWords: normalize(e.ctx_en ?? '')
      .split(' ')
      .filter(Boolean),
    types: typeWords(e),
  };
  prepared.set(e, p);
  return p;
}

/** Optimal string alignment distance (Levenshtein with swaps of neighbours), stopping above max. */
export function editDistance(a: string, b: string, max = 2): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        v = Math.min(v, (prev2[j - 2] ?? 0) + 1);
      cur.push(v);
      rowMin = Math.min(rowMin, v);
    }
    if (rowMin > max) return max + 1;
    prev2 = prev;
    prev = cur;
  }
  return prev[b.length] ?? max + 1;
}

/**
 * The typo score of a word against a string: within the allowed edits of the whole string (50 − 5 per
 * edit), else of its start (45 − 5 per edit); 0 when too far. One table gives every prefix's distance.
 */
function typoScore(tok: string, s: string): number {
  const max = tok.length >= 7 ? 2 : tok.length >= 4 ? 1 : 0;
  if (!max || s.length < 3) return 0;
  const b = s.slice(0, tok.length + max);
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= tok.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = tok[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && tok[i - 1] === b[j - 2] && tok[i - 2] === b[j - 1])
        v = Math.min(v, (prev2[j - 2] ?? 0) + 1);
      cur.push(v);
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return 0;
    prev2 = prev;
    prev = cur;
  }
  if (s.length <= b.length) {
    const whole = prev[s.length] ?? max + 1;
    if (whole <= max) return 50 - 5 * whole;
  }
  let best = max + 1;
  for (let k = Math.max(3, tok.length - max); k <= Math.min(s.length - 1, b.length); k++)
    best = Math.min(best, prev[k] ?? max + 1);
  return best <= max ? 45 - 5 * best : 0;
}

/** One query word against one entry: 100 is an exact name, 0 no match. */
function wordScore(tok: string, p: Prepared, typos = false): number {
  let best = 0;
  const up = (v: number) => {
    if (v > best) best = v;
  };
  if (HAN.test(tok)) {
    for (const n of p.zh) {
      if (n === tok) up(100);
      else if (n.startsWith(tok)) up(92);
      else if (n.includes(tok)) up(75);
    }
    if (p.ctxZh.includes(tok)) up(p.ctxZh.startsWith(tok) ? 64 : 55);
    for (const w of p.types) if (w === tok) up(65);
    return best;
  }
  p.en.forEach((n, i) => {
    if (n === tok) up(100);
    else if (n.startsWith(tok)) up(92);
    else if (tok.length >= 3 && (p.enCompact[i] ?? '').includes(tok)) up(60);
  });
  for (const w of p.enWords) {
    if (w === tok) up(88);
    else if (w.startsWith(tok)) up(82);
  }
  if (/^[a-z]+$/.test(tok)) {
    for (const s of p.py) {
      if (s === tok) up(98);
      else if (s.startsWith(tok)) up(90);
      else if (tok.length >= 3 && s.includes(tok)) up(62);
    }
    for (const s of p.ini) {
      if (s === tok) up(96);
      else if (s.startsWith(tok)) up(88);
      else if (tok.length >= 2 && s.includes(tok)) up(58);
    }
  }
  for (const w of p.ctxWords)
    if (w === tok || (tok.length >= 3 && w.startsWith(tok))) up(w === tok ? 64 : 58);
  for (const w of p.types) if (w === tok || (tok.length >= 4 && w.startsWith(tok))) up(w === tok ? 65 : 55);
  if (typos && best < 50 && /^[a-z]+$/.test(tok)) {
    for (const s of p.typoTargets) up(typoScore(tok, s));
  }
  return best;
}

/** The query as words: "景洪 工业园" → 景洪, 工业园 (normalized as the names are). */
export function queryWords(query: string): string[] {
  return normalize(query).split(' ').filter(Boolean);
}

interface Scored {
  e: SearchEntry;
  score: number;
  /** false: matched only some of the words. */
  all: boolean;
}

function score(e: SearchEntry, words: string[], typos: boolean): Scored | null {
  const p = prepare(e);
  const per = words.map((w) => wordScore(w, p, typos));
  let s = per.reduce((a, b) => a + b, 0) / per.length;
  let all = per.every((v) => v > 0);
  // "Mohan Zone", "Menglun town": the whole query as one name.
  if (words.length > 1) {
    const phrase = wordScore(words.join(' '), p);
    if (phrase >= 92) {
      s = Math.max(s, phrase);
      all = true;
    }
  }
  // "mo han", "menghai yuanqu": the words run together, as pinyin.
  if (words.length > 1 && words.every((w) => /^[a-z]+$/.test(w))) {
    const joined = wordScore(words.join(''), p);
    if (joined >= s || !all) {
      if (joined > 0) all = true;
      s = Math.max(s, joined);
    }
  }
  // A Chinese query run together with a type word: "景洪工业园", "磨憨口岸".
  if (words.length === 1 && (words[0] ?? '').length > 2 && HAN.test(words[0] ?? '') && s < 75) {
    const w = words[0] ?? '';
    for (let k = 1; k < w.length; k++) {
      const a = wordScore(w.slice(0, k), p);
      const b = wordScore(w.slice(k), p);
      if (a > 0 && b > 0 && (a + b) / 2 > s) s = (a + b) / 2;
    }
  }
  if (s <= 0) return null;
  return { e, score: s, all };
}

const tier = (s: number) => (s >= 80 ? 0 : s >= 55 ? 1 : s >= 35 ? 2 : 3);

const scoreAll = (index: SearchEntry[], words: string[], typos: boolean) =>
  index.map((e) => score(e, words, typos)).filter((x): x is Scored => x !== null);

/**
 * Every match, best first. Typos are read only when nothing matches every word as typed (so a typo never
 * crowds out a real match, and a query costs one cheap pass); entries matching only some words are shown
 * only when none matches them all.
 */
export function searchAll(index: SearchEntry[], query: string): SearchEntry[] {
  const words = queryWords(query);
  if (!words.length) return [];
  let scored = scoreAll(index, words, false);
  if (!scored.some((x) => x.all)) scored = scoreAll(index, words, true);
  const full = scored.filter((x) => x.all);
  const pool = full.length ? full : scored.map((x) => ({ ...x, score: x.score * 0.5 }));
  const seen = new Set<string>();
  return pool
    .sort(
      (a, b) =>
        tier(a.score) - tier(b.score) ||
        kindRank(a.e) - kindRank(b.e) ||
        b.score - a.score ||
        a.e.name_zh.length - b.e.name_zh.length,
    )
    .map((x) => x.e)
    .filter((e) => {
      const key = `${e.kind}:${e.id}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}

/** The first results (the list under the box); searchAll for every match. */
export function search(index: SearchEntry[], query: string, limit = 8): SearchEntry[] {
  return searchAll(index, query).slice(0, limit);
}

/** The quality of an entry for a query (higher is better; null: no match), for tests and tuning. */
export function matchScore(e: SearchEntry, query: string, typos = false): number | null {
  const words = queryWords(query);
  return words.length ? (score(e, words, typos)?.score ?? null) : null;
}
