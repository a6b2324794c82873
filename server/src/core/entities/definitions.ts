import { isFunctionWord } from '../text/functionWords';
import { tokenize } from '../text/tokenize';
import { fold } from '../text/normalize';
import { entityKey, isAcronym, sample, type Candidate, type Group } from './candidates';
import type { Definition, DefinitionSource } from './types';
import { isAgentNoun, isKindNoun, roleBefore } from './roles';
import { isCountryKey } from './countries';
import { calendarWords, determiners, organizationNouns, productNouns, roleNouns, roleQualifiers, speechVerbs, timeNouns } from './wordLists';

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

/** Base scores by how a definition was found; informativeness is added to them (see `informativeness`). */
const sourceScore: Record<DefinitionSource, number> = { curated: 10, apposition: 4, 'relative-clause': 2.5, descriptor: 3, sentence: 0 };

/** Where a sentence glued to the next one by scraping ends: "dans la région.Sur son capteur". */
const gluedSentenceEnd = /[.!?](?:["»”)]?(?=\p{Lu}\p{Ll})|(?<=\p{Ll}[.!?])(?=\p{Lu}{2,}\b))/gu;

/** The best defining statement among an entity's mentions: the most informative role or description, else a sentence. */
export function defineEntity(group: Group): Definition | undefined {
  let options: DefinitionCandidate[] = [];
  for (const c of sample(group.candidates)) {
    const text = c.sentence.text;
    // Scraped text glues sentences together ("région.Sur"): read only the one the name is in.
    let sentenceStart = 0;
    for (const m of text.slice(Math.max(0, c.start - 400), c.start).matchAll(gluedSentenceEnd)) sentenceStart = Math.max(0, c.start - 400) + m.index + m[0].length;
    const nextEnd = /[.!?]["»”)]?(?=\p{Lu}\p{Ll})/u.exec(text.slice(c.end));
    const after = nextEnd ? text.slice(c.end, c.end + nextEnd.index + 1) : text.slice(c.end);
    const before = text.slice(sentenceStart, c.start);
    // Patterns ending at the name look back a little way only: scanning a whole long sentence is slow.
    const near = before.length > 200 ? before.slice(-200) : before;
    const add = (phrase: string, source: DefinitionSource, bonus = 0) => {
      if (!isWholePhrase(phrase.replace(c.surface, ''))) return;
      options.push({ text: phrase, source, candidate: c, score: sourceScore[source] + informativeness(phrase) + bonus });
    };
    // After a name inside a relative clause ("X, qui construit … à Toulouse, prépare"), the comma closes the
    // clause: what follows is the main verb, not an apposition — unless a determiner opens a noun phrase.
    const insideRelative = /(?:^|,)[^,]*\bqu[i']\b[^,]*$/i.test(near);
    // A name that completes another name's apposition ("Inès Lemaître, présidente de Novatera, le moteur…"):
    // the comma after it closes that apposition.
    const insideApposition = /,\s*(?:(?:le|la|l['’]|the|its|his|her|their)\s*)?([\p{L}-]+)[^,]{0,60}\b(?:de|d['’]|du|des|of|at|chez)(?:\s+(?:la|les|the)|\s*l['’])?\s*$/iu.exec(near);
    const closesApposition = insideApposition !== null && (roleNouns.has(fold(insideApposition[1])) || roleQualifiers.has(fold(insideApposition[1])));
    // "Jean-Claude Gaudin (LR), le maire de Marseille": a party or a place in parentheses may come first, and
    // an age ("Claire Dumas, 45 ans, pneumologue…", "John Smith, 45, a lawyer…").
    let appositionAfter = /^\s*(?:\([^()]{1,30}\)\s*)?(?:,\s*(?:âgée?s?\s+de\s+|aged\s+)?\d{1,3}(?:\s*ans)?\s*(?=,))?,\s*([^,;:()«»"]{3,140}?)(?:,|\.|;|\(|\)|$)/.exec(after);
    // A phrase that runs to a full stop closes the sentence; one cut at a decimal point ("$1.28") does not.
    if (appositionAfter && appositionAfter[0].endsWith('.') && after.slice(appositionAfter[0].length).trim() !== '' && !/^\s*\p{Lu}/u.test(after.slice(appositionAfter[0].length))) appositionAfter = null;
    const afterFirst = appositionAfter ? fold(appositionAfter[1].trim().split(/\s+/)[0] ?? '') : '';
    // Not a date ("Patrick Balkany, jeudi 13 juin,"), an age ("72 ans") or an English participle clause ("beating …").
    // Nor an incise ("a-t-elle ajouté", "selon lui") or an age ("âgé de 71 ans").
    const incise = appositionAfter && (/-t-|-(?:il|elle|ils|elles|on)\b|^selon\b|^according\b/i.test(appositionAfter[1]) || /\b\d+\s*(?:ans|years?)\b|^(?:âgée?s?|aged)\b/i.test(appositionAfter[1]));
    // After a name in an opening adverbial ("En France, les indicateurs…", "Au Havre, le Premier ministre…"),
    // the comma opens the main clause.
    const opening = /^[\s"«“]*(?:en|à|a|au|aux|dans|pour|selon|avec|malgré|face à|après|avant|depuis|chez|sur|sous|par|contre|comme|outre|hors|grâce à|à cause d[eu]|en raison d[eu]|in|at|on|for|with|after|before|since|like|under|according to|from|to|across|throughout|outside|inside)\b[^,;:]{0,60}$/iu.test(before);
    const determinerLed = appositionAfter !== null && /^(?:le|la|les|l['’]|un|une|des|the|a|an)\b/i.test(appositionAfter[1].trim());
    // "l’Insep de Paris, l’institut qui…": the apposition is the whole name's, not its complement's.
    if (appositionAfter && /\p{Lu}[\p{L}\p{N}.-]*\s+(?:de|du|des|d['’]|of)\s*$/u.test(near)) appositionAfter = null;
    // After a place ("à Paris, l’institut…", "in New York, the dollar…") a noun phrase is the next clause's subject.
    const afterPlacePreposition = /(?:^|\s)(?:à|a|au|aux|en|dans|sur|vers|in|at|on|into|from|to)\s+(?:(?:le|la|les|l['’]|the)\s*)?$/i.test(near);
    if (appositionAfter && !incise && !closesApposition && !(opening && determinerLed) && !(afterPlacePreposition && determinerLed) && !calendarWords.has(afterFirst) && !(timeNouns.has(afterFirst) && afterFirst !== 'an') && !/^\d/.test(afterFirst) && !(/ing$/.test(afterFirst) && !isKindNoun(afterFirst))) {
      // "Elisabeth Borne, la ministre de la Transition écologique à l’issue d’une rencontre … vendredi.": the
      // role without the circumstance that ends the sentence.
      const endsSentence = /[.]$/.test(appositionAfter[0]) || after.slice(appositionAfter[0].length).trim() === '';
      // Only a noun phrase is cut so: a verb after the name ("Stephen King, accused the industry during…") stays a clause.
      const opensOnNoun = /^(?:le|la|les|l['’]|un|une|the|a|an)\b/i.test(appositionAfter[1].trim()) || roleNouns.has(fold(appositionAfter[1].trim().split(/\s+/)[0] ?? ''));
      const phrase = endsSentence && opensOnNoun ? cutAtSentenceCircumstance(appositionAfter[1].trim()) : appositionAfter[1].trim();
      const first = fold(phrase.split(/\s+/)[0] ?? '');
      const words = phrase.split(/\s+/).length;
      const opensNounPhrase = determiners.has(first.replace(/^l'.*/, "l'")) || roleNouns.has(first) || roleQualifiers.has(first);
      // "Openai, qui ont contribué…": a plural verb shows the clause is about something else.
      const pluralClause = /^qu[i']\s+(?:ne\s+|n['’])?(?:ont|sont|font|vont|avaient|etaient|\S+ent)\b/.test(fold(phrase));
      const englishPlural = /^(?:who|which)\s+(?:are|were|have|do)\b/.test(fold(phrase));
      if (/^qu[i']/.test(first) || ((first === 'who' || first === 'which') && !englishPlural)) {
        // After a preposition ("Thanou of Greece, who races…", "la crise en Italie, qui…") the clause is the head's.
        // After a noun ("l’affaire Harvey Weinstein, qui a éclaté…") it may be the noun's too.
        const afterNoun = /(?:^|\s)(\p{Ll}[\p{Ll}-]+)\s+$/u.exec(near);
        if (!insideRelative && !pluralClause && !(afterNoun && !isFunctionWord(fold(afterNoun[1]))) && !/(?:^|\s)(?:en|au|aux|a|à|dans|vers|de|du|des|d['’]|of|in|at|on|from|for|with|by|to)\s*$/i.test(near)) add(phrase, 'relative-clause');
      } else if (insideRelative && !opensNounPhrase) {
        // the main verb of the sentence
      } else if (/^(?:de|du|d['’]|of|chez|at)\s*\p{Lu}/u.test(phrase) && words <= 5 && !/\d/.test(phrase) && c.words >= 2) {
        // "Dou Shen, de Baidu, a souligné": who the person is with.
        add(phrase, 'apposition', -0.5);
      } else if (/^\p{Lu}[\p{L}\p{N}.&-]*(?:\s+\p{Lu}[\p{L}\p{N}.&-]*)*['’]s\s+\p{Ll}/u.test(phrase) && words <= 10) {
        // "Bernard Ebbs, Northlink's former chief executive".
        if (phrase.split(/\s+/).slice(1).some((w) => isKindNoun(fold(w)))) add(phrase, 'apposition');
      } else if (fold(phrase).includes(fold(c.surface))) {
        // "Porsche, le musée officiel Porsche de Stuttgart": about something named after it.
      } else if (/(?:^|\s)(?:de|du|des|d['’])\s*$/i.test(near) && !determinerLed && !roleNouns.has(first) && !/(?:commune|ville|village|bourg|hameau|localité|quartier|île|city|town|village)\s+(?:de|d['’])\s*$/i.test(near)) {
        // "le Grand Prix de France, reprogrammé…": the participle may be the head's; "la commune de Préaux,
        // située…" is the place's.
      } else if (words >= 1 && words <= 14 && /^\p{Ll}/u.test(phrase) && (!isFunctionWord(first) || opensNounPhrase) && !looksLikeClause(phrase) && (words >= 2 || roleNouns.has(first)) && isApposition(phrase, c.words, endsSentence)) {
        add(phrase, 'apposition');
      }
    }
    // A title, role or kind just before the name: "le préfet de Normandie Pierre-André Durand", "Le maire,
    // Lucien Ferrand", "US district judge Mary Holt", "l’usine chimique Lubrizol", "son modèle linguistique Doubao".
    const role = roleBefore(text, sentenceStart, c.start, c.end);
    // "le maire PCF", "le député LR": a role before an acronym is a person's, the acronym their party.
    // "le directeur général de l’ARS Ile-de-France, Aurélien Rousseau": the role is the next person's.
    const nextPerson = /^\s*,\s*(?:(?:M|Mme|Mr|Mrs|Ms|Dr|Me|Mgr)\.?\s+)?\p{Lu}\p{Ll}+(?:[\s-]\p{Lu}\p{Ll}+)+/u.test(after);
    // "Conservative MP Boris Johnson": a name before a title qualifies the person; "National Executive Committee":
    // a lone kind noun ends a longer name.
    const titleAfter = /^\s+(\S+)/.exec(after);
    const qualifiesTitle = titleAfter !== null && roleNouns.has(fold(titleAfter[1]));
    const tailOfName = c.words === 1 && isKindNoun(fold(c.surface));
    if (role && !qualifiesTitle && !tailOfName && !(isAcronym(c.surface) && roleNouns.has(role.head)) && !(nextPerson && roleNouns.has(role.head) && !role.comma)) {
      const complement = role.afterConnector ? '' : (/^\s*((?:d['’]|de |du |des |of )[\p{Lu}][\p{L}\p{N}.-]*(?:\s[\p{Lu}][\p{L}\p{N}.-]*)*)/u.exec(after)?.[1] ?? '');
      const isRole = roleNouns.has(role.head);
      // A complement after the name is where the thing is ("l’usine Lubrizol de Rouen"): worth less than a
      // named owner or organisation in the role itself.
      const phrase = role.afterConnector ? role.text.replace(/\s*$/, ` ${c.surface}`) : complement && !isRole ? `${role.text} ${c.surface} ${complement.trim()}` : role.text;
      const bonus = (role.named ? 0.5 : 0) + (complement && !isRole ? 0.1 : 0) + informativeness(role.text) - informativeness(phrase);
      add(phrase, role.afterConnector ? 'descriptor' : 'apposition', bonus);
    }
    // "an analyst at brokerage Aton": the bare organisation noun before the name says what it is.
    const bareKind = role ? null : /(?:^|\s)(?:at|of|for|with|chez)\s+(\p{Ll}[\p{Ll}-]+)\s+$/u.exec(near);
    if (bareKind && organizationNouns.has(fold(bareKind[1]))) add(bareKind[1], 'descriptor', -0.5);
    // "Director Martin Scorsese's The Aviator", "Manchester United's Wayne Rooney": whose it is.
    const genitive = role ? null : /(?:^|[\s(])((?:\p{Lu}[\p{L}\p{N}.&-]*\s+){0,3}\p{Lu}[\p{L}\p{N}.&-]*['’]s)\s+$/u.exec(before.slice(-80));
    // Not for an acronym or a nationality used as an adjective ("Vodafone's Japanese unit", "India's TV"), nor a date's.
    const adjectiveUse = isAcronym(c.surface) || /\d/.test(c.surface) || (c.words === 1 && /(?:an|ese|ish|ic|al|ean)s?$/.test(fold(c.surface)));
    // Nor a country's ("Russia's Yuganskneftegas"): where it is, not what it is.
    const genitiveKey = genitive ? entityKey(genitive[1].replace(/['’]s$/, '')) : '';
    if (genitive && !adjectiveUse && !isCountryKey(genitiveKey) && !isFunctionWord(fold(genitive[1].split(/\s+/)[0])) && !calendarWords.has(fold(genitive[1]).replace(/'s$/, ''))) add(genitive[1], 'descriptor', -0.5);
    // "Thierry Vasseur a été nommé directeur général par intérim", "X was appointed chief executive".
    const nomination = nominationPattern.exec(after);
    if (nomination && /^\s*$/.test(before.replace(/^.*[,;:]/, '').replace(/^\s*(?:le|la|l['’]|the)\s*$/i, ''))) {
      const phrase = cutAtCircumstance(nomination[2]);
      const words = fold(phrase).split(/\s+/);
      if (words.slice(0, 3).some((w) => roleNouns.has(w) || roleQualifiers.has(w)) || /^(?:a la tete|at the head)/.test(fold(phrase))) add(`${nomination[1].trim()} ${phrase}`, 'apposition');
    }
    // "Vernalis est une entreprise de …", "Northlink is a telecoms firm": the name as subject, then a copula.
    if (/^[\s"«“(]*(?:(?:le|la|les|l['’]|the|M\.?|Mme|Mr\.?|Mrs\.?|Ms\.?|Dr\.?)\s*)?$/i.test(before)) {
      // "Mr Nevzlin is Yukos' largest shareholder": a genitive owner stands for the determiner.
      const copula = /^\s+(?:est|était|reste|demeure|is|was|remains)\s+((?:(?:un|une|le|la|l['’]|the|a|an)\s*|\p{Lu}[\p{L}\p{N}.&-]*(?:['’]s|['’])\s+)[^,.;:!?()«»"]{3,120})/u.exec(after);
      if (copula) {
        const phrase = cutAtCircumstance(copula[1]);
        const words = fold(phrase).split(/\s+/).slice(1, 5);
        if (words.some((w) => isKindNoun(w.replace(/^l'/, ''))) && phrase.split(/\s+/).length <= 14) add(phrase, 'apposition');
      }
    }
    // "à Levallois-Perret (Hauts-de-Seine)": a place and the region it is in.
    const region = /^\s*\((\p{Lu}[\p{L}'’-]+(?:[\s-]+[\p{L}'’-]+){0,3})\)/u.exec(after);
    if (region && !isAcronym(region[1]) && /(?:^|\s)(?:à|a|de|d['’]|en|au|in|at|of|near|près de)\s*$/iu.test(near) && !/\p{Lu}{2}/u.test(region[1])) {
      add(region[1], 'apposition', 1);
    }
    const appositionBefore = appositionBeforePattern.exec(near);
    if (appositionBefore && !role) {
      const phrase = appositionBefore[1].trim();
      const words = phrase.split(/\s+/).length;
      // Through a list ("NP, A, B et C"), the phrase speaks of all of them: weaker than one said of this name alone.
      const throughList = !/,\s*$/.test(near);
      // It opens on what the name is: a role or kind noun among its first words ("l’instruction technique portant
      // sur ces composants, EDF estime" is an adverbial, not EDF's apposition).
      const opensOnKind = fold(phrase).split(/[\s']+/).slice(1, 4).some((w) => isKindNoun(w) || isAgentNoun(w));
      // « Le véhicule du fils, Sébastien »: the name is the apposition of the person's noun that ends the phrase,
      // not of the thing that noun completes.
      const ofPerson = /^(.*?)\s(?:de|du|des|of)\s+(?:(?:la|le|les|the|son|sa|ses|leur|leurs|his|her|their)\s+)?([\p{L}-]+)$/u.exec(fold(phrase).replace(/\b[ld]'/g, ''));
      const personComplement = ofPerson !== null && roleNouns.has(ofPerson[2]) && !ofPerson[1].split(/\s+/).some((w) => roleNouns.has(w));
      if (opensOnKind && !personComplement && words >= 3 && words <= 8 && !/\p{Lu}/u.test(phrase.slice(1)) && !/\d/.test(phrase) && !fold(phrase).split(/\s+/).some((w) => timeNouns.has(w))) add(phrase, 'apposition', throughList ? -1 : 0);
    }
    // "des entreprises comme Huawei", "les géants américains tels qu’Amazon Web Services, Microsoft et Google".
    const listed = listedPattern.exec(near);
    if (listed && !/\b(?:qui|que|dont)\b/.test(listed[2])) {
      const isListKindNoun = (w: string) => isKindNoun(w) || /^(?:universite|pays|ville|region|geant|acteur|institution)/.test(w);
      // In the text's own language: "des banques comme HSBC", "companies such as RSA".
      const like = /\b(?:such\s+as|like)\s*(?:\S.*)?$/i.test(near.slice(listed.index + listed[1].length)) ? 'such as' : 'comme';
      if (fold(listed[1]).split(/[\s'’]+/).some(isListKindNoun)) add(`${listed[1].trim()} ${like} ${c.surface}`, 'descriptor');
    }
    // "OpenAI et d’autres sociétés américaines": X is one of them.
    const others = /^\s+(?:et|and)\s+(?:d['’]\s*)?(?:autres|other)\s+([\p{Ll}-]+)(?:\s+([\p{Ll}-]+))?/u.exec(after);
    if (others) {
      const head = fold(others[1]);
      const adjective = others[2] && !/(?:ent|ont)$/.test(others[2]) && !isFunctionWord(fold(others[2])) ? ` ${others[2]}` : '';
      if (organizationNouns.has(head) || productNouns.has(head) || roleNouns.has(head)) add(`${c.surface} et d’autres ${others[1]}${adjective}`, 'descriptor');
    }
    // An acronym spelled out just after it: "STEM (science, technologie, ingénierie et mathématiques)".
    const spelledAfter = isAcronym(c.surface) ? /^\s*\(([^()]{3,100})\)/.exec(after) : null;
    if (spelledAfter && /\p{Ll}/u.test(spelledAfter[1]) && (!/\p{Lu}/u.test(spelledAfter[1]) || initialsSpell(c.surface, spelledAfter[1]))) add(spelledAfter[1].trim(), 'apposition', 1);
    // An acronym spelled out just before it: "l’intelligence artificielle (IA)".
    if (/\(\s*$/.test(near) && /^\s*\)/.test(after)) {
      const expansion = /(?:^|\s)(?:les|le|la|l['’]|des|du|de|d['’]|the|of)\s*((?:[\p{L}-]+\s+){0,5}?[\p{L}-]+)\s*\(\s*$/iu.exec(near);
      // Common nouns ("processeurs graphiques (GPU)", translated), or names whose initials spell the acronym
      // ("Organisation mondiale de la Santé (OMS)"), not "le rapporteur de la commission Eric Ciotti (LR)".
      const spelled = expansion ? (spelledSuffix(c.surface, expansion[1]) ?? (/\p{Lu}/u.test(expansion[1]) ? undefined : expansion[1])) : undefined;
      if (spelled && spelled.split(/\s+/).length >= 2 && isAcronym(c.surface)) add(spelled, 'apposition', 1);
    }
    // Scored below, only if a sentence can still be chosen.
    if (!c.sentence.heading && !/\?\s*$/.test(text)) options.push({ text, source: 'sentence', candidate: c, score: Number.NaN });
  }
  // A definition that only repeats a name of the entity ("Agence spatiale européenne" for ASE's owner) says nothing.
  const ownNames = new Set([...group.surfaces.keys()].map(entityKey));
  const repeatsName = (o: DefinitionCandidate) => ownNames.has(entityKey(o.text));
  // Phrases are checked now; a whole sentence (one per mention read, long to fold) only if it would be chosen.
  options = options.filter((o) => o.source === 'sentence' || !repeatsName(o));
  if (options.length === 0) return undefined;
  // What several mentions say alike is better attested: the same head noun ("bourse") from two mentions
  // beats a phrase said once.
  const heads = new Map<string, number>();
  const headOf = (o: DefinitionCandidate) => (o.source === 'sentence' ? undefined : fold(o.text).split(/[\s']+/).find((w) => isKindNoun(w)));
  for (const o of options) {
    const head = headOf(o);
    if (head) heads.set(head, (heads.get(head) ?? 0) + 1);
  }
  for (const o of options) {
    const head = headOf(o);
    if (head) o.score += Math.min((heads.get(head) ?? 1) - 1, 3) * 0.3;
  }
  // A whole sentence scores at most bestSentenceScore: when a phrase scores more, the phrase is chosen whatever
  // the sentences score, and they are left out unscored (the scoring was a tenth of the definitions' time).
  if (options.some((o) => o.source !== 'sentence' && o.score > bestSentenceScore)) options = options.filter((o) => o.source !== 'sentence');
  else for (const o of options) if (o.source === 'sentence') o.score = sentenceScore(o.candidate);
  // The options' candidates are the sampled ones, the first of the group's: their place among those is their place.
  const firstIndex = new Map(sample(group.candidates).map((c, i) => [c, i]));
  options.sort((a, b) => b.score - a.score || (firstIndex.get(a.candidate) ?? 0) - (firstIndex.get(b.candidate) ?? 0));
  const best = options.find((o) => o.source !== 'sentence' || !repeatsName(o));
  if (!best) return undefined;
  const { doc, sentence } = best.candidate;
  const range = { start: { line: sentence.line, character: sentence.character }, end: { line: sentence.endLine, character: sentence.endCharacter } };
  return { text: best.text, sentence: sentence.text, source: best.source, path: doc.path, docId: doc.id, docTitle: doc.title, range };
}

/** Weekday names in a phrase: a date, so a clause ("officialisée mardi et qui entamera…"). */
const weekdayPattern = /\b(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/i;

/**
 * Whether a phrase after "Name," can be its apposition: not another name of a list ("l’Italie, la Croatie"), not
 * a title of the next name ("le Premier ministre Edouard Philippe", "rapporteur de la commission Eric Ciotti"),
 * not a clause ("les indicateurs se dégradent"), not a complement or an infinitive ("d’éducation…", "défiler…"),
 * and "de X" only after a person's full name ("Dou Shen, de Baidu").
 */
function isApposition(phrase: string, nameWords: number, endsSentence = false): boolean {
  const tokens = tokenize(phrase).filter((t) => t.kind !== 'symbol');
  if (tokens.length === 0) return false;
  const first = tokens[0];
  const capitalised = (t: { text: string }) => /^\p{Lu}/u.test(t.text);
  const connector = (t: { norm: string; kind: string }) => t.kind === 'elision' || ['de', 'du', 'des', 'of', 'la', 'le', 'les', 'the', 'a', 'au', 'aux', 'en', 'in', 'at', 'on', 'pour', 'for', 'chez', 'dans', 'sur', 'et', 'and'].includes(t.norm);
  // "de Baidu": a person's organisation; a place "du Guatemala" is the next item of a list.
  if (['de', 'du', 'des', "d'", 'of'].includes(first.norm)) return nameWords >= 2 && tokens[1] !== undefined && capitalised(tokens[1]);
  const start = determiners.has(first.norm) || first.kind === 'elision' ? 1 : 0;
  if (tokens[start] && capitalised(tokens[start]) && start > 0) return false;
  for (let k = 1; k < tokens.length; k++) {
    // At the end of the sentence, one capitalised word closes the role, it opens no other name: "le président
    // du directoire du gestionnaire du réseau RTE.", "an analyst at brokerage Aton."
    if (endsSentence && k === tokens.length - 1) continue;
    // … or the name of a thing after its kind noun ("patron du restaurant Au bon Frère."), not a person's after a role.
    // A role's complement may end on a thing's name too, wherever the apposition ends ("le président de
    // l’association Stop Fessenheim, moquant…").
    if (!(capitalised(tokens[k]) && !capitalised(tokens[k - 1]) && !connector(tokens[k - 1]) && !/\d/.test(tokens[k].text))) continue;
    // Only a phrase that opens on a noun, and a name that reads as no person's: one word, or one with an article
    // or a lower-case word inside ("Au bon Frère"); "la fédération Jean-Michel Serra" names the next person.
    const roleHead = tokens.slice(start, start + 3).some((t) => roleNouns.has(t.norm) || isAgentNoun(t.norm));
    const run = tokens.slice(k);
    const runEnd = run.findIndex((t, n) => n > 0 && !capitalised(t) && !/^\p{Ll}+$/u.test(t.text));
    const thingName = run.length === 1 || isFunctionWord(run[0].norm) || (runEnd < 0 && run.some((t) => !capitalised(t)));
    const opensOnNoun = start > 0 || isKindNoun(tokens[0].norm) || isAgentNoun(tokens[0].norm);
    if ((endsSentence || roleHead) && opensOnNoun && thingName && !run.some((t) => roleNouns.has(t.norm))) {
      const lastKind = tokens.slice(0, k).findLastIndex((t) => isKindNoun(t.norm) && !capitalised(t));
      if (lastKind >= 0 && !roleNouns.has(tokens[lastKind].norm)) continue;
    }
    return false;
  }
  if (tokens.some((t) => ['se', "s'", 'ne', "n'"].includes(t.norm))) return false;
  if (weekdayPattern.test(phrase) || /\s[-–—]\s/.test(phrase)) return false;
  if (start > 0 && tokens.length < 2) return false;
  // The phrase opens on what the name is: a role or kind noun, after the determiner and a few qualifiers
  // ("le deuxième pays le plus endeuillé", "la cathédrale Notre-Dame de Paris"); without a determiner, a
  // qualifier or a participle may open it too ("située au nord de Rouen", "élu député des Pyrénées-Orientales").
  const opening = tokens.slice(start, start + 3).map((t) => t.norm);
  const isQualifier = (w: string) => roleQualifiers.has(w) || /ieme$/.test(w) || ['plus', 'tres', 'most', 'very', 'petit', 'petite', 'grand', 'grande', 'big', 'small', 'large', 'great', 'famous', 'celebre', 'jeune', 'young', 'old', 'vieux', 'vieille'].includes(w);
  const headAt = opening.findIndex((w) => !isQualifier(w));
  const head = opening[headAt] ?? '';
  // English compounds put the kind last: "the telecoms firm", "the clearing firm". An agent noun names a
  // role too: "un autre écologiste", "la pneumologue", "une chanteuse".
  if (isKindNoun(head) || (start > 0 && opening.some((w) => isKindNoun(w) || isAgentNoun(w)))) return true;
  if (start > 0) return false;
  if (headAt > 0) return isKindNoun(head);
  // "vitrine de l’innovation technologique", "théâtre d’une guerre civile": a noun and its complement.
  const second = tokens[1];
  if (second && (['de', 'du', 'des', 'of'].includes(second.norm) || second.kind === 'elision') && /^\p{Ll}+$/u.test(first.text) && !/(?:ent|ait|ont)$/.test(first.norm) && !isFunctionWord(first.norm)) return true;
  // A plural participle ("accusés tous deux", "publiées sous forme…") speaks of several, not of the name.
  if (/(?:és|ées|ues)$/.test(tokens[start].lower)) return false;
  return !isFunctionWord(head) && tokens.length >= 2 && participles.test(tokens[start].lower);
}

/** Endings of past participles used as appositions ("située", "élu", "épris", "founded", "chosen"), as written. */
const participles = /(?:é|ée|és|ées|i|ie|is|u|ue|us|ues|ed|en)$/;

/** The shortest end of a phrase whose initials spell an acronym ("the Monetary Policy Committee" for MPC). */
function spelledSuffix(acronym: string, phrase: string): string | undefined {
  const words = phrase.trim().split(/\s+/);
  for (let k = words.length - 1; k >= 0; k--) {
    // Not from a function word: "Office of Fair Trading (OFT)" is not "of Fair Trading".
    if (isFunctionWord(fold(words[k]).replace(/^[ld]'/, '')) && !/^[ld]['’]./i.test(words[k])) continue;
    const tail = words.slice(k).join(' ').replace(/^(?:the|le|la|les|l['’])\s*/i, '');
    if (initialsSpell(acronym, tail)) return tail;
  }
  return undefined;
}

/**
 * Whether the initials of a phrase's words spell an acronym: its first word starts with the acronym's first
 * letter, and the acronym's letters come in order among the words' initials ("intelligence artificielle" for
 * IA, "Organisation mondiale de la Santé" for OMS).
 */
function initialsSpell(acronym: string, phrase: string): boolean {
  return lettersInOrder(acronym, fold(phrase).split(/[\s,'-]+/).filter(Boolean).map((w) => w[0]).join(''));
}

/** Whether an acronym's letters (folded, letters only) start `text` and come in order in it. */
export function lettersInOrder(acronym: string, text: string): boolean {
  const letters = fold(acronym).replace(/[^a-z]/g, '');
  if (!letters || text[0] !== letters[0]) return false;
  let at = 0;
  for (const letter of letters) {
    at = text.indexOf(letter, at);
    if (at < 0) return false;
    at++;
  }
  return true;
}

/** "a été nommé", "avait été élue", "was appointed", "has been named" and the role after it. */
const nominationPattern = /^\s*,?\s*((?:qui\s+)?(?:a|avait|aura|sera|vient\s+d['’]|venait\s+d['’]|has|had|was|is|will\s+be)\s*(?:été|être|been|be)?\s*(?:nommée?|élue?|désignée?|promue?|reconduite?|appointed|named|elected|made|promoted)(?:\s+(?:au\s+poste\s+de|comme|as))?)\s+([^,.;:!?()«»"]{3,90})/iu;

/**
 * An apposition that runs to the end of its sentence without what the sentence adds after the role: a
 * circumstance of time or place ("… à l’issue d’une rencontre", "… à Colmar vendredi", "… on Monday").
 */
function cutAtSentenceCircumstance(phrase: string): string {
  const cut = /\s(?:à\s+l['’]issue|lors\s+d|au\s+cours\s+d|à\s+\p{Lu}|en\s+marge|depuis\s+\d|since\s+\d|during|at\s+the\s+end|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday|wednesday|thursday|friday|saturday|sunday|hier|yesterday|aujourd['’]hui|today)\b/iu.exec(phrase);
  return (cut ? phrase.slice(0, cut.index) : phrase).trim();
}

/** A role phrase without what follows it in the sentence: a date, a place, a purpose ("… le 3 mars", "… pour …"). */
function cutAtCircumstance(phrase: string): string {
  const cut = /\s(?:le|en|depuis|jusqu|lors|pour|afin|après|avant|dès|mais|et\s+(?:a|est|sera)|on|in\s+\d|from|after|before|last|this|since|until|but|and\s+(?:has|is|was)|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/iu.exec(phrase);
  return (cut ? phrase.slice(0, cut.index) : phrase).trim();
}

/**
 * How much a defining phrase tells: a role or kind noun (+1), a named organisation or owner in it (+1: "a role
 * with an organisation beats a bare noun"), a few more content words (+0.2 each, at most +0.6); a long phrase
 * reads as a clause (−1 past 12 words).
 */
function informativeness(phrase: string): number {
  const words = phrase.split(/\s+/);
  const folded = words.map((w) => fold(w).replace(/^[ld]'/, ''));
  const content = folded.filter((w) => w && !isFunctionWord(w) && !determiners.has(w));
  let score = 0;
  if (folded.some((w) => isKindNoun(w))) score += 1;
  if (words.slice(1).some((w) => /^\p{Lu}/u.test(w.replace(/^[ldLD]['’]/, '')) && !isFunctionWord(fold(w)))) score += 1;
  score += Math.min(Math.max(content.length - 1, 0), 3) * 0.2;
  if (words.length > 12) score -= 1;
  return score;
}

/**
 * Whether a phrase can be a definition: not cut off after a preposition or article ("an unnamed executive
 * at", "the President of the"), no clause ("the 34-year-old revealed she would…"), no figure unless it names
 * a role ("the 2000 Olympic 200m champion").
 */
function isWholePhrase(phrase: string): boolean {
  const folded = fold(phrase).split(/\s+/).map((w) => w.replace(/^[ld]'/, ''));
  const last = folded[folded.length - 1] ?? '';
  if (determiners.has(last) || danglingWords.has(last)) return false;
  if (folded.some((w) => clauseWords.has(w))) return false;
  // "l'entreprise ayant récemment levé…": a participle clause.
  if (folded.some((w) => ['ayant', 'etant', 'having', 'being'].includes(w))) return false;
  // A French compound past ("un chasseur a tué l’ourse", "a insisté") is a clause.
  if (/(?:^|\s)(?:a|ont|avait|avaient|aura)\s+\p{Ll}+(?:é|ée|és|ées|i|is|it|u|ue|us)\b/u.test(phrase)) return false;
  // A figure or a date only in a person's role ("the 2000 Olympic 200m champion"), not in a thing's
  // ("produits entre le 22 juin 2018 et le 6 décembre 2019").
  if (/\d/.test(phrase) && !folded.some((w) => roleNouns.has(w))) return false;
  return true;
}

const danglingWords = new Set(['d', 'l', "d'", "l'", 'de', 'du', 'des', 'of', 'at', 'to', 'for', 'a', 'au', 'aux', 'en', 'in', 'on', 'by', 'with', 'avec', 'par', 'pour', 'and', 'et', 'ou', 'or', 'que', 'qui', 'that', 'which', 'who']);
/** Verbs of speech and auxiliaries: a phrase with one is a clause, not a definition. */
const clauseWords = new Set([
  'said', 'says', 'told', 'tells', 'added', 'adds', 'revealed', 'announced', 'reported', 'claimed', 'insisted', 'warned',
  'explained', 'admitted', 'denied', 'denies', 'believes', 'thinks', 'would', 'will', 'could', 'should', 'might', 'must',
  'has', 'have', 'had', 'is', 'are', 'was', 'were', 'did', 'does', 'ont', 'est', 'sont', 'etait', 'etaient', 'avait',
  'avaient', 'sera', 'seront', 'serait', 'aurait', 'dit', 'declare', 'explique', 'affirme', 'estime', 'indique', 'ajoute',
  'peut', 'doit', 'va', 'vont', 'fait', 'font',
]);

/** The most {@link sentenceScore} gives: a subject (1), a copula after it (0.5), a sentence of a good length (0.5). */
const bestSentenceScore = 2;

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
  // Someone's words ("\"Manchester United are a debt-free company.") tell what a speaker says, not what it is.
  const quoted = /^[\s•-]*["«“]/.test(text) ? 1.5 : 0;
  return asSubject + copula + length - quoted - Math.min(Math.max(otherNames, 0), 6) * 0.15;
}

/** Whether an apposition candidate is rather a clause ("soulèvent des interrogations", "visant à…"). */
function looksLikeClause(phrase: string): boolean {
  const words = fold(phrase).split(/\s+/);
  // « …, a estimé Hervé Maurey, la ministre maintenant son opposition »: a noun, then a present participle with its
  // object, is an absolute clause about someone else, not the name's apposition (« le maire sortant » has no object).
  const determiner = /^(?:le|la|les|l'|un|une|des|son|sa|ses|leur|leurs|ce|cette|ces)$/;
  if (/^(?:le|la|les|l')$/.test(words[0]) && /ant$/.test(words[2] ?? '') && !/^(?:pendant|durant|avant|devant|cependant)$/.test(words[2]) && determiner.test(words[3] ?? '')) return true;
  if (roleNouns.has(words[0]) || roleNouns.has(words[1] ?? '')) return false;
  if (speechVerbs.test(words.join(' '))) return true;
  if (/(?:ent|ont|ait|aient|ant|era|eront)$/.test(words[0])) return true;
  return words.some((w) => ['a', 'ont', 'est', 'sont', 'etait', 'avait', 'sera', 'is', 'are', 'was', 'has', 'have'].includes(w));
}

