import assert from 'node:assert/strict';
import { analyzeClaim } from '../../../server/src/core/claims/analyzeClaim';
import { checkClaim } from '../../../server/src/core/claims/checkClaim';
import { indexOf } from './helpers';

/**
 * Invented stories: a bakery's founder, a town where a festival was born in another year, a film series, and town
 * council notes that make the festival's word « née » rare, as it is in a real corpus.
 */
const council = Object.fromEntries(
  Array.from({ length: 14 }, (_, i) => [
    `conseil-${i}.md`,
    `---\nid: conseil-${i}\ntitle: Conseil municipal ${i}\nlang: fr\n---\n\nLe conseil municipal de Vaulnay a voté le budget de la commune pour l'année ${2001 + i}. Les travaux de la salle des fêtes commenceront au printemps.\n`,
  ]),
);
const corpus = indexOf({
  ...council,
  'fournil.md': `---
id: fournil
title: Le fournil de Vaulnay
lang: fr
---

Le boulanger Marc Ardent, né en 1961, a repris le fournil de Vaulnay en 1990.
`,
  'fete.md': `---
id: fete
title: "Lanternes : Paul Marec, l'enfant du pays"
lang: fr
---

Paul Marec, 61 ans, s'était mis pour la première fois avec deux des meilleurs joueurs pour tenter d'égaler le record. Eh oui, c'est à Vaulnay, à une trentaine de kilomètres de Rennes, loin de Brest et de Quimper où est née la fête des lanternes en 1923, que Paul Marec a découvert les lampions. Son père y était président du comité des fêtes.
`,
  'film.md': `---
id: film
title: Comic creator plans new film hero
lang: en
---

Many of Dale's other creations have been turned into films in the past five years. However, the Moonrider series has been the biggest box office hit, with the 2003 original and its 2005 sequel taking almost $1.2bn worldwide. A third Moonrider film is scheduled for release in 2008.
`,
});
const check = (text: string, lang: 'fr' | 'en') => checkClaim(text, analyzeClaim(text, lang, corpus.names), corpus);

describe('a claim that names nothing', () => {
  it('is not contradicted by a passage that states one of its words at most', () => {
    assert.notEqual(check('Elle est née en 1946.', 'fr').label, 'contradicted');
    assert.notEqual(check('Le policier est né en 1969.', 'fr').label, 'contradicted');
  });

  it('is still contradicted by a passage that states two of its words or more, and a named claim by its name', () => {
    assert.equal(check('Le boulanger a repris le fournil en 1995.', 'fr').label, 'contradicted');
    assert.equal(check('Marc Ardent est né en 1966.', 'fr').label, 'contradicted');

  });
});
