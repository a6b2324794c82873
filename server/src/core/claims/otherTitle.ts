import { fold } from '../text/normalize';
import { stem } from '../text/stem';
import { tokenize } from '../text/tokenize';
import type { Lang } from '../types';
import { isGeneralSecretary } from './generalSecretary';
import { kinshipNotCompared, sameKinship } from './kinship';
import { KINSHIP, PORTFOLIOS, compatibleHeads, sameHead, sameName, type RoleMention } from './roles';

/**
 * Another title for the claim's person: a claim that sets a title beside a name (« Paul Roy, maire de Lens »,
 * "Kestrel's chief executive, Ann Lowe", "finance minister Ann Lowe") where the passage that states the rest of
 * the claim gives the same name another title (« Paul Roy, le préfet du Nord », "chairman Ann Lowe", "tourism
 * minister Ann Lowe"). The writer gave the person someone else's title: the press names a person by one office
 * at a time, so a title that can stand for the source's (see {@link titlesMayName}) is never a conflict.
 */

/**
 * Titles the press writes for one office (folded head words): a claim that uses one where the source uses another
 * of the group says the same. A title may be in several groups (« président » is a chairman and, in French firms,
 * the chief executive); a title in none is compared by its words alone.
 */
const TITLE_GROUPS: readonly (readonly string[])[] = [
  ['chairman', 'chairwoman', 'chair', 'president', 'presidente', 'pdg'],
  ['chief executive', 'executive', 'ceo', 'pdg', 'dg', 'directeur general', 'directrice generale', 'managing director', 'president', 'presidente'],
  ['manager', 'coach', 'entraineur', 'entraineuse', 'selectionneur', 'boss', 'head', 'chief', 'patron', 'patronne', 'responsable', 'director', 'directeur', 'directrice'],
  ['lawyer', 'attorney', 'counsel', 'barrister', 'solicitor', 'avocat', 'avocate'],
  ['prosecutor', 'attorney', 'procureur', 'procureure', 'magistrat', 'magistrate'],
  ['judge', 'juge', 'magistrat', 'magistrate'],
  ['spokesman', 'spokeswoman', 'spokesperson', 'porte-parole'],
  ['adviser', 'advisor', 'conseiller', 'conseillere', 'counsel'],
  ['founder', 'co-founder', 'fondateur', 'fondatrice', 'cofondateur', 'cofondatrice', 'owner'],
  // « garde des Sceaux » is the French minister of justice's title.
  ['minister', 'ministre', 'secretary', 'secretaire', 'garde'],
  // Elected offices one person may hold together (« député-maire », « sénateur et président du conseil départemental »).
  ['mp', 'depute', 'deputee', 'senateur', 'senatrice', 'senator', 'mayor', 'maire', 'conseiller', 'conseillere', 'councillor', 'president', 'presidente'],
  ['governor', 'gouverneur'],
  // Kinship: the same tie in either language, or with a step or a half (« demi-frère » for « frère »).
  ['frere', 'demi-frere', 'brother', 'half-brother', 'stepbrother'],
  ['soeur', 'demi-soeur', 'sister', 'half-sister', 'stepsister'],
  ['pere', 'beau-pere', 'father', 'stepfather'],
  ['mere', 'belle-mere', 'mother', 'stepmother'],
  ['epouse', 'wife'],
  ['mari', 'epoux', 'husband'],
  ['neveu', 'nephew'],
  ['niece'],
  ['cousin', 'cousine'],
  ['oncle', 'uncle'],
  ['tante', 'aunt'],
  ['beau-frere', 'brother-in-law'],
  ['belle-soeur', 'sister-in-law'],
  ['gendre', 'son-in-law'],
];

const KIN = new Set(KINSHIP.split(/\s+/).filter(Boolean));
/** Whether a title is a kinship (« neveu », "brother"): a person has kin and an office at once, so the two are never compared. */
const isKin = (m: RoleMention) => headKey(m).split(' ').some((w) => KIN.has(w));

/**
 * Titles of a trade, or functions held beside an office (a party's spokesman or treasurer, a bill's rapporteur): a
 * person holds one with an office (« Me Paul Roy, avocat » is also the mayor of his town), so another office for
 * the name in the source does not deny it.
 */
const TRADES = new Set(
  `avocat avocate lawyer attorney barrister solicitor counsel architecte architect analyst economist strategist economiste
  founder co-founder fondateur fondatrice cofondateur cofondatrice owner journalist journaliste editor redacteur redactrice
  porte-parole spokesman spokeswoman spokesperson rapporteur rapporteure tresorier tresoriere treasurer delegue deleguee`
    .split(/\s+/)
    .filter(Boolean),
);

/** Words before a title that date it (« l'ancien maire », "former chairman", "the then minister"): another time's office. */
export const DATING = /\b(?:ancien|ancienne|anciens|ex|former|late|then|futur|future|incoming|outgoing|sortant|sortante|previous|precedent|precedente|interim|acting|interimaire)[\s-]+(?:\S+\s+){0,2}$/;

const headKey = (m: RoleMention) => fold(m.head.text.toLowerCase()).replace(/^ex-/, '').replace(/\s+/g, ' ').trim();
const groupsOf = (key: string) => TITLE_GROUPS.filter((g) => g.includes(key) || g.includes(key.split(' ')[0]) || g.includes(key.split(' ').slice(-1)[0]));

/**
 * Whether two titles may name one office: the same title or a loose one (see compatibleHeads), two titles of one
 * group of {@link TITLE_GROUPS} (« président » and "chairman", "lawyer" and « avocat »), or one title's words all
 * in the other's ("executive" and "chief executive").
 */
export function titlesMayName(a: RoleMention, b: RoleMention): boolean {
  // A deputy's title is another office than the one it seconds ("deputy leader" and "leader", « vice-président »).
  if (isDeputy(a) !== isDeputy(b)) return false;
  if (compatibleHeads(a, b)) return true;
  const [x, y] = [headKey(a), headKey(b)];
  if (groupsOf(x).some((g) => groupsOf(y).includes(g))) return true;
  const [sx, sy] = [a.head.stems, b.head.stems];
  return sx.length > 0 && sy.length > 0 && (sx.every((s) => sy.includes(s)) || sy.every((s) => sx.includes(s)));
}

/** Words that make a title a deputy's (folded): in the title, its rank or the words before it ("deputy leader", « vice-présidente »). */
const DEPUTY = /(?:^|[\s-])(?:deputy|vice|adjoint|adjointe|assistant|sous|under)(?:$|[\s-])/;
const isDeputy = (m: RoleMention) => DEPUTY.test(fold(`${m.head.rank ?? ''} ${m.head.text} ${m.complement && m.complement.start < m.head.start ? m.complement.text : ''}`.toLowerCase()));

/**
 * Whether a role mention's title is a trade (see {@link TRADES}). A trade's chief (« architecte en chef de la
 * cathédrale », « rédactrice en chef », "chief economist") is no trade but an office, which one person holds at a
 * time.
 */
const isTrade = (m: RoleMention) => headKey(m).split(' ').some((w) => TRADES.has(w)) && !headKey(m).split(' ').includes('chief') && !/^en\s+chef\b/i.test(m.complement && m.complement.start > m.head.start ? m.complement.text : '');

/**
 * French ministries, as a minister's title names them after « de » (« ministre de l'Intérieur », « de l'Europe et
 * des Affaires étrangères »), folded: general vocabulary of French government in news text.
 */
const FRENCH_PORTFOLIOS = new Set(
  `interieur justice culture economie finances finance affaires etrangeres europe defense armees sante education nationale agriculture
  alimentation travail emploi transports transport environnement ecologie transition ecologique energetique logement sports sport budget
  comptes publics industrie commerce outre-mer solidarites numerique recherche enseignement superieur jeunesse famille familles
  territoires cohesion collectivites ville relations parlement egalite handicap mer peche tourisme`
    .split(/\s+/)
    .filter(Boolean),
);
const FRENCH_PORTFOLIO_LINKS = new Set(["de", "du", "des", "d'", "d’", "la", "le", "les", "l'", "l’", "et", "a", "au", "aux", "chargee", "charge"]);

/**
 * The portfolio of a minister's title: the English word before it ("tourism minister"), or the French ministry
 * after it when every word of the complement is a ministry's (« de l'Europe et des Affaires étrangères »). Its
 * offsets and its folded words; undefined for any other title or body.
 */
function portfolioOf(m: RoleMention, text: string): { start: number; end: number; words: string[] } | undefined {
  if (!m.complement) return undefined;
  const tokens = tokenize(text.slice(m.complement.start, m.complement.end)).filter((t) => t.kind !== 'symbol');
  if (m.complement.start < m.head.start) {
    const words = tokens.filter((t) => t.kind === 'word' && PORTFOLIOS.has(t.norm));
    if (words.length !== 1) return undefined;
    return { start: m.complement.start + words[0].start, end: m.complement.start + words[0].end, words: [words[0].norm] };
  }
  if (!/^(?:ministre|minister|secretaire)$/.test(fold(m.head.text.toLowerCase()))) return undefined;
  const content = tokens.filter((t) => !FRENCH_PORTFOLIO_LINKS.has(fold(t.norm)));
  if (content.length === 0 || !content.every((t) => FRENCH_PORTFOLIOS.has(fold(t.norm)))) return undefined;
  const first = tokens.findIndex((t) => !FRENCH_PORTFOLIO_LINKS.has(fold(t.norm)));
  // The span starts after the linking words (« de l' »), so that a fix keeps the claim's.
  return { start: m.complement.start + tokens[first].start, end: m.complement.end, words: content.map((t) => fold(t.norm)) };
}

/** Whether two portfolios share no word (« Intérieur », « Europe et Affaires étrangères »; "finance", "tourism"). */
const disjoint = (a: { words: string[] }, b: { words: string[] }) => !a.words.some((w) => b.words.includes(w));

/** A role mention read in a passage, with its sentence's text and language. */
export interface TitleSighting<S> {
  mention: RoleMention;
  sentence: S;
  text: string;
  lang: Lang;
}

/** Another title for the claim's person: the claim's words to mark, and the source's words for them. */
export interface OtherTitle<S> {
  sighting: TitleSighting<S>;
  claimStart: number;
  claimEnd: number;
  sourceText: string;
  /** The source's words are the slot's (a portfolio for a portfolio): they may replace the claim's. */
  fixable: boolean;
}

/**
 * The title the sources give the claim's person in place of the claim's (see the module comment). `stating`: the
 * role mentions of the passages that state the rest of the claim (their own sentence); `elsewhere`: those of every
 * sentence of the documents read. Undefined when any sentence read gives the name a title that may be the claim's
 * (two sources disagree, or the person holds both: not a conflict), when a title is dated (« l'ancien maire »),
 * when either title is a trade, when the source's sentence writes the claim's title's words too ("chairman and
 * chief executive Ann Lowe"), or when the claim and the source are not in one language (their titles' words
 * cannot be compared). `claim.heldByOther`: whether the sources give the claim's title `c` to another person where
 * they state the claim as fully as at `at`; then the name may be what is wrong, and the title found is no fix.
 */
export function findOtherTitle<S>(
  claim: { text: string; lang: Lang; roles: readonly RoleMention[]; heldByOther?: (c: RoleMention, at: TitleSighting<S>) => boolean },
  stating: readonly TitleSighting<S>[],
  elsewhere: readonly TitleSighting<unknown>[],
): OtherTitle<S> | undefined {
  const dated = (m: RoleMention, text: string) => DATING.test(fold(text.slice(Math.max(0, Math.min(m.head.start, m.complement?.start ?? m.head.start) - 30), Math.min(m.head.start, m.complement?.start ?? m.head.start)).toLowerCase()));
  for (const c of claim.roles) {
    if (dated(c, claim.text) || isTrade(c)) continue;
    // A general secretary is no minister, though both are "secretary" (generalSecretary.ts).
    const mayName = (m: RoleMention, text: string) => titlesMayName(c, m) && isGeneralSecretary(c, claim.text) === isGeneralSecretary(m, text);
    if (elsewhere.some(({ mention: m, lang }) => lang === claim.lang && sameName(c, m) && mayName(m, elsewhereText(elsewhere, m)) && !(sameHead(c, m) && portfoliosDiffer(c, m, claim.text, elsewhereText(elsewhere, m))))) continue;
    // The claim's kinship stated of the person in other words (« frère de son épouse » for « beau-frère »): kinship.ts.
    if (elsewhere.some(({ mention: m, lang }) => lang === claim.lang && sameKinship(c, m))) continue;
    for (const s of stating) {
      const m = s.mention;
      if (s.lang !== claim.lang || !sameName(c, m) || dated(m, s.text) || isTrade(m) || isKin(c) !== isKin(m)) continue;
      // A kinship of another of the family (the same surname), or one kinship in two wordings: no other title (kinship.ts).
      if (kinshipNotCompared(c, m)) continue;
      // The source's sentence writes the claim's title too ("chairman and chief executive Ann Lowe"): both are hers.
      const sourceStems = new Set(tokenize(s.text).filter((t) => t.kind === 'word').map((t) => stem(t.lower, s.lang)));
      if (c.head.stems.every((x) => sourceStems.has(x)) && !sameHead(c, m)) continue;
      if (!mayName(m, s.text)) {
        const span = { start: Math.min(c.head.start, c.complement?.start ?? c.head.start), end: Math.max(c.head.end, c.complement?.end ?? c.head.end) };
        const source = { start: Math.min(m.head.start, m.complement?.start ?? m.head.start), end: Math.max(m.head.end, m.complement?.end ?? m.head.end) };
        return { sighting: s, claimStart: span.start, claimEnd: span.end, sourceText: s.text.slice(source.start, source.end), fixable: false };
      }
      // The claim's title of its body given to another person by a passage that states the rest of the claim at least
      // as fully as this one: the name may be what is wrong, not the title, so the name's title is no fix (titleHeldByOther.ts).
      const heldByOther = claim.heldByOther?.(c, s) ?? false;
      const claimPortfolio = sameHead(c, m) ? portfolioOf(c, claim.text) : undefined;
      const sourcePortfolio = sameHead(c, m) ? portfolioOf(m, s.text) : undefined;
      if (claimPortfolio && sourcePortfolio && disjoint(claimPortfolio, sourcePortfolio)) {
        // The linking words before the two portfolios differ (« de l'Intérieur », « de la Culture »): the fix writes the source's with them.
        const claimLinks = claim.text.slice(Math.min(c.complement!.start, claimPortfolio.start), claimPortfolio.start);
        const sourceLinks = s.text.slice(Math.min(m.complement!.start, sourcePortfolio.start), sourcePortfolio.start);
        if (claimLinks.toLowerCase() !== sourceLinks.toLowerCase()) {
          return { sighting: s, claimStart: claimPortfolio.start - claimLinks.length, claimEnd: claimPortfolio.end, sourceText: s.text.slice(sourcePortfolio.start - sourceLinks.length, sourcePortfolio.end), fixable: !heldByOther };
        }
        return { sighting: s, claimStart: claimPortfolio.start, claimEnd: claimPortfolio.end, sourceText: s.text.slice(sourcePortfolio.start, sourcePortfolio.end), fixable: !heldByOther };
      }
    }
  }
  return undefined;
}

function elsewhereText(elsewhere: readonly TitleSighting<unknown>[], m: RoleMention): string {
  return elsewhere.find((s) => s.mention === m)?.text ?? '';
}

/** Whether two titles of one noun name two portfolios ("finance minister", "tourism minister"). */
function portfoliosDiffer(c: RoleMention, m: RoleMention, claimText: string, sourceText: string): boolean {
  const [a, b] = [portfolioOf(c, claimText), portfolioOf(m, sourceText)];
  return a !== undefined && b !== undefined && disjoint(a, b);
}

/**
 * The claim's title held by another person: the claim gives a name a title with its body (« Yvan Roux, directeur
 * général de Ouibus »), the documents read give that name the same title at another body (« le directeur général
 * de Flixbus France, Yvan Roux »), and a passage that states the rest of the claim gives the same title, with the
 * claim's body or none (« son directeur général, Roland de Barbentane »), to another name. The source's holder,
 * to write in place of the claim's name; undefined when any sentence read gives the name the claim's title at the
 * claim's body, or the claim and the sources are not in one language.
 */
export function findTitleHolder<S>(
  claim: { text: string; lang: Lang; roles: readonly RoleMention[]; names: ReadonlySet<string> },
  stating: readonly TitleSighting<S>[],
  elsewhere: readonly TitleSighting<unknown>[],
): { claim: RoleMention; sighting: TitleSighting<S> } | undefined {
  const stems = (m: RoleMention) => m.complement?.stems ?? [];
  const within = (a: string[], b: string[]) => a.length > 0 && a.every((x) => b.includes(x));
  for (const c of claim.roles) {
    if (!c.complement || c.complement.start < c.head.start) continue;
    const same = elsewhere.filter(({ mention: m, lang }) => lang === claim.lang && sameName(c, m) && sameHead(c, m));
    if (same.some(({ mention: m }) => !m.complement || within(stems(c), stems(m)) || within(stems(m), stems(c)))) continue;
    if (!same.some(({ mention: m }) => !stems(m).some((x) => stems(c).includes(x)))) continue;
    const holder = stating.find(({ mention: m, lang }) => lang === claim.lang && !sameName(c, m) && !claim.names.has(m.name.key) && sameHead(c, m) && (!m.complement || within(stems(c), stems(m))));
    if (holder) return { claim: c, sighting: holder };
  }
  return undefined;
}
