import { isFunctionWord } from '../text/functionWords';
import { fold } from '../text/normalize';
import { entityKey, isAcronym, sample, type Candidate, type Group } from './candidates';
import type { Definition, DefinitionSource } from './types';
import { determiners, organizationNouns, productNouns, roleNouns, speechVerbs } from './wordLists';

/** A name in a list, maybe with its article: "l’Université de Witwatersrand". */
const listItemWithArticle = String.raw`(?:(?:le|la|les|l['’]|the)\s*)?[\p{Lu}\p{N}][\p{L}\p{N}.'’-]*(?:\s+(?:(?:de|du|des|d['’]|of)\s*)?[\p{Lu}\p{N}][\p{L}\p{N}.'’-]*)*`;
/** "des entreprises comme Huawei", "les géants américains tels qu’Amazon Web Services, Microsoft et Google". */
const listedPattern = new RegExp(String.raw`((?:[Dd]es|[Ll]es|de|d['’]|[Tt]he|some)\s*(?:[\p{Ll}-]+\s+){0,3}?[\p{Ll}-]+),?\s+(?:comme|tel(?:le)?s?\s+qu(?:e\s+|['’])|such\s+as|like)\s*((?:${listItemWithArticle}(?:\s*,\s*|\s+(?:et|ou|and|or)\s+))*(?:(?:le|la|les|l['’]|the)\s*)?)$`, 'u');
/** A capitalised name in a list. */
const listItem = String.raw`[\p{Lu}\p{N}][\p{L}\p{N}.'’-]*(?:\s+[\p{Lu}\p{N}][\p{L}\p{N}.'’-]*)*`;
/** "le président chinois, Xi Jinping"; "Les géants technologiques chinois, Alibaba, ByteDance et Meituan". */
const appositionBeforePattern = new RegExp(String.raw`(?:^|[,;:(]|\b(?:pour|avec|dans|de|par|chez|sur|comme)\s)\s*((?:[Ll]e|[Ll]a|[Ll]['’]|[Ll]es|[Ss]on|[Ss]a|[Ss]es|[Ll]eur|[Ll]eurs|[Uu]n|[Uu]ne|[Tt]he|[Ii]ts|[Tt]heir)\s*[^,;:()«»"]{2,80}?),\s*(?:${listItem}\s*(?:,|\bet\b|\bou\b|\band\b)\s*)*$`, 'u');

interface DefinitionCandidate {
  text: string;
  source: DefinitionSource;
  candidate: Candidate;
  score: number;
}

const definitionRank: Record<DefinitionSource, number> = { curated: 5, apposition: 4, 'relative-clause': 4, descriptor: 3, sentence: 1 };

/** The best defining statement among an entity's mentions. */
export function defineEntity(group: Group): Definition | undefined {
  let options: DefinitionCandidate[] = [];
  for (const c of sample(group.candidates)) {
    const text = c.sentence.text;
    const after = text.slice(c.end);
    const before = text.slice(0, c.start);
    // After a name inside a relative clause ("X, qui construit … à Toulouse, prépare"), the comma closes the
    // clause: what follows is the main verb, not an apposition.
    const insideRelative = /(?:^|,)[^,]*\bqu[i']\b[^,]*$/i.test(before);
    const appositionAfter = insideRelative ? null : /^\s*,\s*([^,;:()«»"]{3,140}?)(?:,|\.|;|\)|$)/.exec(after);
    if (appositionAfter) {
      const phrase = appositionAfter[1].trim();
      const first = fold(phrase.split(/\s+/)[0] ?? '');
      const words = phrase.split(/\s+/).length;
      // "Openai, qui ont contribué…": a plural verb shows the clause is about something else.
      const pluralClause = /^qu[i']\s+(?:ne\s+|n['’])?(?:ont|sont|font|vont|avaient|etaient|\S+ent)\b/.test(fold(phrase));
      if (/^qu[i']/.test(first) && !pluralClause && !/^\s*(?:en|au|aux|a|à|dans|vers)\s*$/i.test(before.slice(-4))) {
        options.push({ text: phrase, source: 'relative-clause', candidate: c, score: 0 });
      } else if (words >= 2 && words <= 14 && /^\p{Ll}/u.test(phrase) && (!isFunctionWord(first) || determiners.has(first)) && !looksLikeClause(phrase)) {
        options.push({ text: phrase, source: 'apposition', candidate: c, score: 0 });
      }
    }
    // Patterns ending at the name look back a little way only: scanning a whole long sentence is slow.
    const near = before.slice(-160);
    const appositionBefore = appositionBeforePattern.exec(near);
    if (appositionBefore) {
      const phrase = appositionBefore[1].trim();
      const words = phrase.split(/\s+/).length;
      // Through a list ("NP, A, B et C"), the phrase speaks of all of them: weaker than one said of this name alone.
      const throughList = !/,\s*$/.test(before);
      if (words >= 3 && words <= 8 && !/\p{Lu}/u.test(phrase.slice(1))) options.push({ text: phrase, source: 'apposition', candidate: c, score: throughList ? -1 : 0 });
    }
    // "des entreprises comme Huawei", "les géants américains tels qu’Amazon Web Services, Microsoft et Google".
    const listed = listedPattern.exec(near);
    if (listed && !/\b(?:qui|que|dont)\b/.test(listed[2])) {
      const isKindNoun = (w: string) => organizationNouns.has(w) || productNouns.has(w) || roleNouns.has(w) || /^(?:universite|pays|ville|region|geant|acteur|institution)/.test(w);
      if (fold(listed[1]).split(/[\s'’]+/).some(isKindNoun)) {
        options.push({ text: `${listed[1].trim()} comme ${c.surface}`, source: 'descriptor', candidate: c, score: 0 });
      }
    }
    // "OpenAI et d’autres sociétés américaines": X is one of them.
    const others = /^\s+(?:et|and)\s+(?:d['’]\s*)?(?:autres|other)\s+([\p{Ll}-]+)(?:\s+([\p{Ll}-]+))?/u.exec(after);
    if (others) {
      const head = fold(others[1]);
      const adjective = others[2] && !/(?:ent|ont)$/.test(others[2]) && !isFunctionWord(fold(others[2])) ? ` ${others[2]}` : '';
      if (organizationNouns.has(head) || productNouns.has(head) || roleNouns.has(head)) options.push({ text: `${c.surface} et d’autres ${others[1]}${adjective}`, source: 'descriptor', candidate: c, score: 0 });
    }
    // An acronym spelled out just after it: "STEM (science, technologie, ingénierie et mathématiques)".
    const spelledAfter = isAcronym(c.surface) ? /^\s*\(([^()]{3,100})\)/.exec(after) : null;
    if (spelledAfter && /\p{Ll}/u.test(spelledAfter[1])) options.push({ text: spelledAfter[1].trim(), source: 'apposition', candidate: c, score: 1 });
    // An acronym spelled out just before it: "l’intelligence artificielle (IA)".
    if (/\(\s*$/.test(before) && /^\s*\)/.test(after)) {
      const expansion = /(?:^|\s)(?:les|le|la|l['’]|des|du|de|d['’]|the|of)\s*((?:[\p{L}-]+\s+){0,5}?[\p{L}-]+)\s*\(\s*$/iu.exec(before);
      if (expansion && expansion[1].split(/\s+/).length >= 2) options.push({ text: expansion[1], source: 'apposition', candidate: c, score: 1 });
    }
    // "le modèle X", "son moteur X", "leurs puces X" — but not "les modèles X" (X's models).
    const descriptor = /(?:^|\s)((?:(?:[Ll]e|[Ll]a|[Ss]on|[Ss]a|[Ss]es|[Ll]eur|[Ll]eurs|[Uu]n|[Uu]ne|[Tt]he|[Ii]ts|[Tt]heir)\s+|[Ll]['’])(?:\p{Ll}[\p{Ll}-]*\s+){1,3})$/u.exec(before);
    if (descriptor) {
      const nouns = descriptor[1].trim().replace(/^(?:l['’])/, 'l ').split(/\s+/).slice(1).map((w) => fold(w));
      const kindNoun = nouns[0];
      if (nouns.every((w) => !isFunctionWord(w)) && (productNouns.has(kindNoun) || organizationNouns.has(kindNoun) || roleNouns.has(kindNoun))) {
        const complement = /^\s*((?:d['’]|de |du |des |of )[\p{Lu}][\p{L}\p{N}.-]*(?:\s[\p{Lu}][\p{L}\p{N}.-]*)*)/u.exec(after)?.[1] ?? '';
        options.push({ text: `${descriptor[1].trim()} ${c.surface}${complement ? ` ${complement.trim()}` : ''}`, source: 'descriptor', candidate: c, score: 0 });
      }
    }
    if (!c.sentence.heading && !/\?\s*$/.test(text)) options.push({ text, source: 'sentence', candidate: c, score: sentenceScore(c) });
  }
  // A definition that only repeats a name of the entity ("Agence spatiale européenne" for ASE's owner) says nothing.
  const ownNames = new Set([...group.surfaces.keys()].map(entityKey));
  options = options.filter((o) => !ownNames.has(entityKey(o.text)));
  if (options.length === 0) return undefined;
  const firstIndex = new Map(group.candidates.map((c, i) => [c, i]));
  options.sort((a, b) => definitionRank[b.source] - definitionRank[a.source] || b.score - a.score || (firstIndex.get(a.candidate) ?? 0) - (firstIndex.get(b.candidate) ?? 0));
  const best = options[0];
  const { doc, sentence } = best.candidate;
  const range = { start: { line: sentence.line, character: sentence.character }, end: { line: sentence.endLine, character: sentence.endCharacter } };
  return { text: best.text, sentence: sentence.text, source: best.source, path: doc.path, docId: doc.id, docTitle: doc.title, range };
}

/**
 * How well a sentence that mentions an entity tells what it is: the entity is its subject, it says what the
 * entity "is", it is of a readable length and not a list of other names.
 */
function sentenceScore(c: Candidate): number {
  const text = c.sentence.text;
  const words = text.split(/\s+/).length;
  const asSubject = c.start <= 3 ? 1 : c.start <= 30 ? 0.5 : 0;
  const copula = /\s(?:est|sont|était|étaient|is|are|was|were|reste|demeure)\s/.test(` ${text.slice(c.end, c.end + 40)} `) ? 0.5 : 0;
  const otherNames = (text.slice(1).match(/(?:^|\s)\p{Lu}[\p{L}\p{N}-]+/gu) ?? []).length - c.words;
  const length = words < 6 ? -1 : words <= 35 ? 0.5 : words <= 60 ? 0 : -1;
  return asSubject + copula + length - Math.min(Math.max(otherNames, 0), 6) * 0.15;
}

/** Whether an apposition candidate is rather a clause ("soulèvent des interrogations", "visant à…"). */
function looksLikeClause(phrase: string): boolean {
  const words = fold(phrase).split(/\s+/);
  if (roleNouns.has(words[0]) || roleNouns.has(words[1] ?? '')) return false;
  if (speechVerbs.test(words.join(' '))) return true;
  if (/(?:ent|ont|ait|aient|ant|era|eront)$/.test(words[0])) return true;
  return words.some((w) => ['a', 'ont', 'est', 'sont', 'etait', 'avait', 'sera', 'is', 'are', 'was', 'has', 'have'].includes(w));
}

