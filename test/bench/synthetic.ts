/**
 * Reproducible synthetic French corpora for the benchmark: articles of about 5 KB with varied entities,
 * figures and dates, from a seeded generator (same seed, same corpus).
 */
import { mkdirSync, writeFileSync, existsSync } from 'node:fs';
import * as path from 'node:path';

/** Mulberry32: a small seeded generator. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const syllables = ['ka', 'lo', 'mi', 'ra', 'ten', 'vor', 'zu', 'bel', 'dan', 'fi', 'gor', 'hal', 'ix', 'jun', 'ne', 'pa', 'qui', 'sel', 'tor', 'ul'];
const firstNames = ['Léa', 'Hugo', 'Inès', 'Karim', 'Sofia', 'Marc', 'Élodie', 'Tomás', 'Aya', 'Paul', 'Nina', 'Omar'];
const roles = ['directeur général', 'présidente', 'co-fondateur', 'directrice financière', 'porte-parole', 'analyste'];
const sectors = ['les semi-conducteurs', 'le cloud', 'les batteries', 'le fret ferroviaire', 'l’éolien en mer', 'les logiciels', 'la robotique'];
const verbs = ['a annoncé', 'prévoit', 'a confirmé', 'envisage', 'a présenté', 'a dévoilé'];
const units = ['salariés', 'clients', 'usines', 'brevets', 'magasins', 'serveurs', 'tonnes', 'voyageurs'];
const places = ['Lyon', 'Nantes', 'Turin', 'Séville', 'Gdansk', 'Porto', 'Lille', 'Brno', 'Tampere', 'Bilbao'];

function word(r: () => number, n: number): string {
  let w = '';
  for (let i = 0; i < n; i++) w += syllables[Math.floor(r() * syllables.length)];
  return w;
}

const pick = <T>(r: () => number, list: readonly T[]): T => list[Math.floor(r() * list.length)];

function frNumber(n: number): string {
  return n.toLocaleString('fr-FR').replace(/\u202f/g, ' ');
}

/** One article: a title, a few paragraphs of sentences about a handful of entities, with figures and dates. */
function article(r: () => number, i: number, companies: string[], people: string[]): string {
  const company = pick(r, companies);
  const other = pick(r, companies);
  const person = pick(r, people);
  const place = pick(r, places);
  const year = 2010 + Math.floor(r() * 15);
  const lines = [`---`, `id: art-${i}`, `title: "${company} et ${other} : ${pick(r, sectors)} en ${year}"`, `lang: fr`, `date: ${year}-0${1 + Math.floor(r() * 9)}-1${Math.floor(r() * 9)}`, `---`, ''];
  lines.push(`# ${company} accélère dans ${pick(r, sectors)}`, '');
  while (lines.join('\n').length < 5000) {
    const sentences: string[] = [];
    for (let k = 0; k < 4; k++) {
      const n = 10 + Math.floor(r() * 90000);
      switch (Math.floor(r() * 6)) {
        case 0:
          sentences.push(`${person}, ${pick(r, roles)} de ${company}, ${pick(r, verbs)} ${frNumber(n)} ${pick(r, units)} supplémentaires d’ici ${year + 2}.`);
          break;
        case 1:
          sentences.push(`En ${year}, ${company} a réalisé un chiffre d’affaires de ${(n / 100).toFixed(1).replace('.', ',')} millions d’euros, en hausse de ${Math.floor(r() * 40)} %.`);
          break;
        case 2:
          sentences.push(`${other}, qui exploite ${frNumber(n)} ${pick(r, units)} à ${place}, ${pick(r, verbs)} un partenariat avec ${company}.`);
          break;
        case 3:
          sentences.push(`Selon ${pick(r, people)}, le marché de ${pick(r, sectors).replace(/^les |^le |^l’/, '')} pourrait être multiplié par ${2 + Math.floor(r() * 8)} d’ici ${year + 5}.`);
          break;
        case 4:
          sentences.push(`Le groupe ${company} emploie ${frNumber(n)} personnes, dont ${Math.floor(r() * 60)} % hors de France.`);
          break;
        default:
          sentences.push(`Les analystes estiment que ${company} et ${other} dominent ${pick(r, sectors)} à ${place} depuis ${year - Math.floor(r() * 10)}.`);
      }
    }
    lines.push(sentences.join(' '), '');
  }
  return lines.join('\n');
}

/** Writes (once) a corpus of `count` articles under `root`/`count`; returns its folder. */
export function syntheticCorpus(root: string, count: number, seed = 42): string {
  const dir = path.join(root, `corpus-${count}`);
  if (existsSync(path.join(dir, '.complete'))) return dir;
  mkdirSync(dir, { recursive: true });
  const r = random(seed);
  const companies = Array.from({ length: Math.max(20, Math.floor(count / 5)) }, () => {
    const name = word(r, 2 + Math.floor(r() * 2));
    return name[0].toUpperCase() + name.slice(1) + (r() < 0.2 ? ' Group' : '');
  });
  const people = Array.from({ length: Math.max(30, Math.floor(count / 3)) }, () => {
    const last = word(r, 2);
    return `${pick(r, firstNames)} ${last[0].toUpperCase()}${last.slice(1)}`;
  });
  for (let i = 0; i < count; i++) {
    const sub = path.join(dir, String(Math.floor(i / 1000)));
    if (i % 1000 === 0) mkdirSync(sub, { recursive: true });
    writeFileSync(path.join(sub, `art-${i}.md`), article(r, i, companies, people));
  }
  writeFileSync(path.join(dir, '.complete'), '');
  return dir;
}

/** A draft of about `words` words made of sentences like the corpus's (some true, some not). */
export function syntheticDraft(words: number, seed = 7): string {
  const r = random(seed);
  const parts: string[] = ['# Note de synthèse', ''];
  let count = 0;
  while (count < words) {
    const sentence = `La société ${word(r, 2)} emploie ${frNumber(100 + Math.floor(r() * 9000))} personnes à ${pick(r, places)} depuis ${2010 + Math.floor(r() * 14)}.`;
    parts.push(sentence, '');
    count += sentence.split(/\s+/).length;
  }
  return parts.join('\n');
}
