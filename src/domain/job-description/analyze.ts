/**
 * analyzeJobDescription: a pasted job description, read against the PM skill model. Pure and deterministic,
 * no network and no language model: headings decide which lines are requirements and which are nice to
 * have, the lexicon (./lexicon.ts) maps each line to skill areas, and a few patterns read the title, the
 * level and the years asked. docs/job-search.md explains what it reads and what it still misreads.
 */
import { SKILL_AREAS, type SkillArea } from "../assessment/schemas";
import { LEXICON, LEXICON_VERSION, type LexiconPhrase } from "./lexicon";

/** The pure function reads at most this much (after HTML is stripped); the app refuses longer input. */
export const JOB_DESCRIPTION_MAX = 20_000;

export const JOB_LEVELS = ["associate", "pm", "senior", "unknown"] as const;
export type JobLevel = (typeof JOB_LEVELS)[number];

/** What kind of product role: the PM families, or a bridge role (a product-adjacent first step). */
export const ROLE_FAMILIES = [
  "pm",
  "product_owner",
  "technical_pm",
  "product_specialist",
  "product_analyst",
  "product_ops",
  "technical_program_manager",
] as const;
export type RoleFamily = (typeof ROLE_FAMILIES)[number];
export const BRIDGE_FAMILIES: readonly RoleFamily[] = ["product_specialist", "product_analyst", "product_ops", "technical_program_manager"];

export interface PhraseMatch {
  /** The substring as it appears in the requirement's text. */
  text: string;
  start: number;
  end: number;
  phraseId: string;
  area: SkillArea;
}

export interface Requirement {
  text: string;
  areas: SkillArea[];
  mustHave: boolean;
  matched: PhraseMatch[];
}

export interface JobAnalysis {
  lexiconVersion: number;
  title: string | null;
  level: JobLevel;
  roleFamily: RoleFamily | null;
  yearsRequired: number | null;
  /** "product": years in a product role; "any": years of any experience; null when no years are asked. */
  yearsOf: "product" | "any" | null;
  requirements: Requirement[];
  /** One weight per area, summing to 1; uniform when nothing matched. */
  areaWeights: Record<SkillArea, number>;
  /** Areas by weight, heaviest first; ties in SKILL_AREAS order. */
  topAreas: SkillArea[];
  keywords: string[];
  matchedRequirements: number;
  truncated: boolean;
}

// ---------------------------------------------------------------------------------------------- text clean-up

const ENTITIES: Readonly<Record<string, string>> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " ", "#39": "'" };

/** HTML remnants out, entities decoded, controls gone, line breaks kept (block tags become line breaks). */
export function plainText(raw: string): string {
  return raw
    .replace(/\r\n?/g, "\n")
    .replace(/<\s*(?:br|\/p|\/li|\/h[1-6]|\/div|li|p|h[1-6]|div|tr)\b[^>]*>/gi, "\n")
    .replace(/<[^>]{0,500}>/g, " ")
    .replace(/&(amp|lt|gt|quot|apos|nbsp|#39);/g, (_, name: string) => ENTITIES[name] ?? " ")
    .replace(/[\u0000-\u0008\u000B-\u001F\u007F\u200B-\u200D\uFEFF]/g, "")
    .replace(/\t/g, " ");
}

/** Bullet glyphs, numbering and emoji at the start of a line, which say nothing about the requirement. */
const LEADING_MARKERS = /^(?:[\s\-–—*•·▪◦●○►▶✓✔☑→>#|]+|\d{1,2}[.)]\s+|[a-z][.)]\s+|\p{Extended_Pictographic}[\uFE0F\u200D]*\s*)+/u;

const BULLET = /^\s*[-–—*•·▪◦●○►▶✓✔☑→>]/;

const NON_ASCII = /[^\u0000-\u007F]/;

function tidy(line: string): string {
  // Most lines are plain ASCII: skip the (slow) emoji scan for them.
  if (!NON_ASCII.test(line)) return line.replace(LEADING_MARKERS, "").replace(/\s+/g, " ").trim();
  return line
    .replace(LEADING_MARKERS, "")
    .replace(/\p{Extended_Pictographic}[\uFE0F]?/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
}

// ------------------------------------------------------------------------------------------------- headings

type Section = "intro" | "duties" | "requirements" | "nice" | "skip";

const HEADINGS: readonly [Section, RegExp][] = [
  [
    "nice",
    /\b(nice[\s-]to[\s-]haves?|bonus( points)?|preferred( qualifications| skills| experience)?|pluses|desirable|extra credit|good to have|even better|it'?s a plus|ideally|would be a plus)\b/i,
  ],
  [
    "skip",
    /\b(benefits|perks|what we offer|we offer|why (join|work)|about (us|the company|the team)|who we are|our (company|culture|values|mission|offer)|compensation|salary|equal (opportunity|employment)|how to apply|the process|hiring process|location|diversity|life at)\b/i,
  ],
  [
    "requirements",
    /\b(requirements?|qualifications?|must[\s-]haves?|what you (bring|have|need|will need)|what we('| a)re looking for|we('| a)re looking for|about you|who you are|your profile|you have|skills|experience|you bring|you are|the ideal candidate|to succeed|what it takes|competenc(e|ies)|expectations|a (good )?fit|you might be)\b/i,
  ],
  [
    "duties",
    /\b(responsibilit(y|ies)|what you('|’)?ll do|what you will do|you will|you('|’)ll|your (role|mission|tasks|impact|day)|the role|the job|in this role|key (duties|tasks)|duties|day to day|tasks|the opportunity|what you'll own|about the role)\b/i,
  ],
];

/** A short line that names a section ("Nice to have:", "What you'll do"), not a requirement. */
function headingOf(line: string, bulleted: boolean): Section | null {
  const words = line.split(" ").length;
  const colon = /:\s*$/.test(line);
  // A bulleted line is an item, never a heading; without a colon only a very short line can be one.
  if (bulleted || line.length > 70 || words > (colon ? 9 : 5) || (!colon && /[.!?,;]$/.test(line))) return null;
  const bare = line.replace(/[:\s]+$/, "");
  for (const [section, pattern] of HEADINGS) if (pattern.test(bare)) return section;
  // An unknown short line ending with a colon is still a heading: it closes the section before it.
  return colon && words <= 6 ? "intro" : null;
}

const INLINE_NICE =
  /\b(nice[\s-]to[\s-]have|bonus|preferred|preferably|a plus|an advantage|advantageous|ideally|desirable|good to have|would be great)\b/i;

// ------------------------------------------------------------------------------------------------ matching

interface CompiledPhrase {
  phrase: LexiconPhrase;
  order: number;
  /** The pattern's words; `stem` words match any word that starts with them. */
  words: readonly { word: string; stem: boolean }[];
}

/** Words are runs of ASCII letters, digits and "&" (so "P&L" and "R&D" are one word); matching is per word. */
const WORD = /[a-z0-9&]+/gi;
/** True when only spaces, hyphens or slashes sit between two words (what a space in a pattern allows). */
function joined(text: string, from: number, to: number): boolean {
  if (from >= to) return false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (!(c === 32 || c === 45 || c === 47 || c === 9 || c === 160 || c === 0x2010 || c === 0x2011 || c === 0x2013)) return false;
  }
  return true;
}

const compiled: CompiledPhrase[] = LEXICON.map((phrase, order) => ({
  phrase,
  order,
  words: phrase.pattern.split(" ").map((word) => (word.endsWith("*") ? { word: word.slice(0, -1), stem: true } : { word, stem: false })),
}));
/** Phrases by the first two letters of their first word: a word only tries the few phrases that could start there. */
const BY_PREFIX = new Map<string, CompiledPhrase[]>();
for (const entry of compiled) {
  const prefix = entry.words[0]!.word.slice(0, 2);
  BY_PREFIX.set(prefix, [...(BY_PREFIX.get(prefix) ?? []), entry]);
}
const NONE: readonly CompiledPhrase[] = [];

const CANDIDATES = new Map<string, readonly CompiledPhrase[]>();

/** The phrases whose first word could match `word`: those keyed by its first letter or its first two. */
function candidates(word: string): readonly CompiledPhrase[] {
  const key = word.slice(0, 2);
  let found = CANDIDATES.get(key);
  if (!found) {
    const two = BY_PREFIX.get(key) ?? NONE;
    const one = key.length > 1 ? (BY_PREFIX.get(key[0]!) ?? NONE) : NONE;
    found = one.length > 0 ? [...one, ...two] : two;
    // The cache holds at most one entry per pair of word characters ([a-z0-9&]), so it stays small.
    CANDIDATES.set(key, found);
  }
  return found;
}

interface Word {
  text: string;
  start: number;
  end: number;
}

function wordMatches(pattern: { word: string; stem: boolean }, word: string): boolean {
  return pattern.stem ? word.startsWith(pattern.word) : word === pattern.word;
}

/** Every lexicon phrase in `text`, longest first where two overlap (so "B2B SaaS" wins over "SaaS"). */
export function matchPhrases(text: string): PhraseMatch[] {
  const words: Word[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text))
    words.push({ text: m[0].toLowerCase(), start: m.index, end: m.index + m[0].length });
  const kept: PhraseMatch[] = [];
  let next = 0;
  for (let i = 0; i < words.length; i++) {
    if (i < next) continue;
    let best: { entry: CompiledPhrase; last: number } | null = null;
    for (const entry of candidates(words[i]!.text)) {
      const last = i + entry.words.length - 1;
      if (last >= words.length) continue;
      let ok = true;
      for (let k = 0; ok && k < entry.words.length; k++) {
        const word = words[i + k]!;
        ok = wordMatches(entry.words[k]!, word.text) && (k === 0 || joined(text, words[i + k - 1]!.end, word.start));
      }
      if (!ok) continue;
      const length = words[last]!.end - words[i]!.start;
      const bestLength = best ? words[best.last]!.end - words[i]!.start : -1;
      if (length > bestLength || (length === bestLength && entry.order < best!.entry.order)) best = { entry, last };
    }
    if (!best) continue;
    const start = words[i]!.start;
    const end = words[best.last]!.end;
    kept.push({ text: text.slice(start, end), start, end, phraseId: best.entry.phrase.id, area: best.entry.phrase.area });
    next = best.last + 1;
  }
  return kept;
}

const PHRASE_BY_ID: ReadonlyMap<string, LexiconPhrase> = new Map(LEXICON.map((phrase) => [phrase.id, phrase]));

// --------------------------------------------------------------------------------------------- title, level

const ROLE_PATTERNS: readonly [RoleFamily, RegExp][] = [
  ["technical_program_manager", /\btechnical program(me)? manager\b/i],
  ["product_ops", /\bproduct op(eration)?s\b/i],
  ["product_analyst", /\bproduct (data )?analyst\b/i],
  ["product_specialist", /\bproduct specialist\b/i],
  ["technical_pm", /\btechnical product manager\b|\btpm\b/i],
  ["product_owner", /\bproduct owner\b/i],
  [
    "pm",
    /\bproduct manag(er|ement lead)\b|\bapm\b|\bproduct lead\b|\bhead of product\b|\bproduct management (intern|trainee)\b|\b(trainee|intern|graduate)\b.{0,20}\bproduct management\b/i,
  ],
];

const TITLE_PREFIX = /^(?:job title|title|position|role|vacancy|job|we('| a)re hiring( an?)?|hiring( an?)?)\s*[:\-–]\s*/i;

function familyOf(text: string): RoleFamily | null {
  for (const [family, pattern] of ROLE_PATTERNS) if (pattern.test(text)) return family;
  return null;
}

/** The first short line that names a product role, looking at the first lines only (where titles sit). */
function findTitle(lines: readonly string[]): string | null {
  for (const line of lines.slice(0, 12)) {
    const bare = line.replace(TITLE_PREFIX, "");
    if (bare.length <= 100 && familyOf(bare)) return bare.replace(/[:\s]+$/, "");
  }
  return null;
}

const SENIOR = /\b(senior|sr\.?|lead|principal|staff|group|head of|director|vp)\b/i;
const ASSOCIATE = /\b(associate|junior|jr\.?|entry[\s-]level|graduate|grad|apm|rotational|intern(ship)?|trainee|apprentice)\b/i;

function levelOf(title: string | null, family: RoleFamily | null, text: string, years: number | null): JobLevel {
  if (title) {
    if (ASSOCIATE.test(title)) return "associate";
    if (SENIOR.test(title)) return "senior";
    // Specialist and analyst roles are entry-level product-adjacent jobs unless the title says otherwise.
    if (family === "product_specialist" || family === "product_analyst") return "associate";
    if (family) return "pm";
  }
  if (/\b(new grads?|recent graduates?|entry[\s-]level|no prior (pm|product) experience)\b/i.test(text)) return "associate";
  if (/\b(manage|lead|mentor|coach) (a team of )?(other )?product managers\b/i.test(text)) return "senior";
  if (years !== null) return years >= 5 ? "senior" : years >= 2 ? "pm" : "associate";
  return family ? "pm" : "unknown";
}

// -------------------------------------------------------------------------------------------------- years

const NUMBER_WORDS: Readonly<Record<string, number>> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  twelve: 12,
  fifteen: 15,
};
const NUM = "(\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen)";
const YEARS = new RegExp(
  `\\b${NUM}\\s*\\+?\\s*(?:(?:-|–|to)\\s*${NUM}\\s*\\+?\\s*)?(?:\\(\\d+\\)\\s*)?(?:or more\\s*)?(?:years?|yrs?)\\b(?=([^.;\\n]{0,70}))`,
  "gi",
);

const toNumber = (token: string) => NUMBER_WORDS[token.toLowerCase()] ?? Number(token);

function readYears(text: string): { years: number | null; of: "product" | "any" | null } {
  let product: number | null = null;
  let any: number | null = null;
  for (const m of text.matchAll(YEARS)) {
    const after = (m[3] ?? "").toLowerCase();
    const before = text.slice(Math.max(0, m.index - 40), m.index).toLowerCase();
    if (/^\s*(ago|old|in business|of (history|growth))/.test(after) || /\b(founded|since|for over|within|after|first)\s*$/.test(before))
      continue;
    const context = after.split(/,|\bwith\b|\band\b|\bincluding\b/)[0] ?? "";
    if (!/experience|background|product|work|track record|industry|role|position|\bin\b|\bas\b|\bof\b/.test(context + before.slice(-12)))
      continue;
    const years = Math.min(toNumber(m[1]!), m[2] ? toNumber(m[2]) : Infinity);
    if (!Number.isFinite(years) || years > 30) continue;
    if (/\bproduct|\bpm\b|product owner/.test(context)) product = Math.max(product ?? 0, years);
    else any = Math.max(any ?? 0, years);
  }
  if (product !== null) return { years: product, of: "product" };
  if (any !== null) return { years: any, of: "any" };
  return { years: null, of: null };
}

// ----------------------------------------------------------------------------------------------- the whole

/** Splits a long paragraph into sentences, so one requirement is one ask. */
function sentences(line: string): string[] {
  if (line.length < 160) return [line];
  return line.split(/(?<=[.!?;])\s+(?=[A-Z(])/).filter((s) => s.trim().length > 0);
}

function uniformWeights(): Record<SkillArea, number> {
  return Object.fromEntries(SKILL_AREAS.map((area) => [area, 1 / SKILL_AREAS.length])) as Record<SkillArea, number>;
}

export function analyzeJobDescription(raw: string): JobAnalysis {
  const cleaned = plainText(typeof raw === "string" ? raw : "");
  const truncated = cleaned.length > JOB_DESCRIPTION_MAX;
  const text = truncated ? cleaned.slice(0, JOB_DESCRIPTION_MAX) : cleaned;
  const rows = text
    .split("\n")
    .map((raw) => ({ line: tidy(raw), bulleted: BULLET.test(raw) }))
    .filter((row) => row.line.length > 0);
  const lines = rows.map((row) => row.line);

  const title = findTitle(lines);
  const requirements: Requirement[] = [];
  let section: Section = "intro";
  let titleSeen = title === null;
  for (const { line, bulleted } of rows) {
    if (!titleSeen && line.replace(TITLE_PREFIX, "").startsWith(title!)) {
      titleSeen = true;
      continue;
    }
    const heading = headingOf(line, bulleted);
    if (heading) {
      section = heading;
      continue;
    }
    if (section === "skip") continue;
    for (const sentence of sentences(line)) {
      const matched = matchPhrases(sentence);
      // Before any heading, only lines the lexicon recognises are read as asks: the rest is company blurb.
      if (section === "intro" && matched.length === 0) continue;
      if (sentence.split(" ").length < 2 && matched.length === 0) continue;
      const areas = SKILL_AREAS.filter((area) => matched.some((m) => m.area === area));
      requirements.push({ text: sentence, areas, mustHave: section !== "nice" && !INLINE_NICE.test(sentence), matched });
    }
  }

  const totals = Object.fromEntries(SKILL_AREAS.map((area) => [area, 0])) as Record<SkillArea, number>;
  const keywordCounts = new Map<string, number>();
  for (const requirement of requirements) {
    const factor = requirement.mustHave ? 1 : 0.5;
    for (const match of requirement.matched) {
      const phrase = PHRASE_BY_ID.get(match.phraseId)!;
      totals[match.area] += phrase.weight * factor;
      if (phrase.keyword) keywordCounts.set(phrase.keyword, (keywordCounts.get(phrase.keyword) ?? 0) + 1);
    }
  }
  const sum = SKILL_AREAS.reduce((acc, area) => acc + totals[area], 0);
  const areaWeights =
    sum > 0 ? (Object.fromEntries(SKILL_AREAS.map((area) => [area, totals[area] / sum])) as Record<SkillArea, number>) : uniformWeights();
  const topAreas = [...SKILL_AREAS].sort((a, b) => areaWeights[b] - areaWeights[a] || SKILL_AREAS.indexOf(a) - SKILL_AREAS.indexOf(b));
  // Most-mentioned first; equal counts keep the order they first appeared in.
  const keywords = [...keywordCounts.entries()].sort((a, b) => b[1] - a[1]).map(([keyword]) => keyword);

  const roleFamily = familyOf(title ?? "") ?? familyOf(lines.slice(0, 12).join("\n"));
  const { years, of } = readYears(text);
  return {
    lexiconVersion: LEXICON_VERSION,
    title,
    level: levelOf(title, roleFamily, text, years),
    roleFamily,
    yearsRequired: years,
    yearsOf: of,
    requirements,
    areaWeights,
    topAreas,
    keywords,
    matchedRequirements: requirements.filter((r) => r.matched.length > 0).length,
    truncated,
  };
}
