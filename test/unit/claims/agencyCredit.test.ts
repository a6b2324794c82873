import assert from 'node:assert/strict';
import { afterCredit } from '../../../server/src/core/claims/agencyCredit';
import { analyzeClaim } from '../../../server/src/core/claims/analyzeClaim';
import { checkClaim } from '../../../server/src/core/claims/checkClaim';
import { tokenize } from '../../../server/src/core/text/tokenize';
import { indexOf } from './helpers';

/** An invented article that credits a news agency right before the person it quotes. */
const corpus = indexOf({
  'port.md': `---
id: port
title: "Port de Lanvern : les travaux prévus 'courant 2027', selon la préfète"
lang: fr
---

"Les travaux du port commenceront l'an prochain, donc, vraisemblablement, ils seront terminés courant 2027", a déclaré à l'AFP Marie-Hélène Dubreuil, préfète du Finistère, en marge d'une visite consacrée aux digues. Le chantier a coûté 12 millions d'euros à la région.
`,
  'foire.md': `---
id: foire
title: La foire de Lanvern
lang: fr
---

La foire de Lanvern a accueilli 3 000 visiteurs samedi, selon les organisateurs.
`,
});

/** The text of the run `first..last` of `text`'s tokens, once the credit before it is left out. */
const run = (text: string, first: number, last: number) => {
  const tokens = tokenize(text);
  const from = afterCredit(tokens, first, last);
  return text.slice(tokens[from].start, tokens[last].end);
};

describe('agency credit: an acronym before a person’s name is not part of it', () => {
  it('fixes a wrong holder of a role to the person’s name alone', () => {
    const text = 'Paul Lefort, préfète du Finistère, prévoit la fin des travaux en 2027.';
    const v = checkClaim(text, analyzeClaim(text, 'fr', corpus.names), corpus);
    assert.equal(v.label, 'contradicted');
    assert.equal(v.conflict?.sourceText, 'Marie-Hélène Dubreuil');
  });

  it('leaves the acronym to a name that is not a first and a family name', () => {
    assert.equal(run('told AP John Smith', 1, 3), 'John Smith');
    assert.equal(run('the BBC Trust said', 1, 2), 'BBC Trust');
    assert.equal(run('Jean Dupont a dit', 0, 1), 'Jean Dupont');
  });
});
