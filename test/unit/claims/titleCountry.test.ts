import assert from 'node:assert/strict';
import { analyzeClaim } from '../../../server/src/core/claims/analyzeClaim';
import { checkClaim } from '../../../server/src/core/claims/checkClaim';
import { titleCountryBefore, titleOfOtherCountry } from '../../../server/src/core/claims/titleCountry';
import { indexOf } from './helpers';

const fr = indexOf({
  'maree.md': `---
id: maree
title: Marée noire au large de Madagascar
lang: fr
date: 2021-08-10
---

Le ministre malgache de la Pêche, Lova Rakoto, a parlé de crise écologique samedi.
`,
  'aide.md': `---
id: aide
title: Une équipe d'experts envoyée à Madagascar
lang: fr
date: 2021-08-11
---

La Norvège a déjà envoyé des équipes, en réponse à une demande d'aide du Premier ministre malgache Hery Andria.

Le ministre norvégien de la Pêche Ola Dahl a affirmé pour sa part samedi qu'il prévoyait aussi d'envoyer une équipe d'experts à Madagascar.
`,
});
fr.entities();
const checkFr = (text: string) => checkClaim(text, analyzeClaim(text, 'fr', fr.names), fr);

describe('the same title of another country', () => {
  it("does not fix a minister's name to the same minister of another country", () => {
    const v = checkFr("Le ministre malgache de la Pêche, Lova Rakoto, et le Premier ministre Hery Andria ont parlé de crise.");
    assert.notEqual(v.label, 'contradicted');
  });
});

describe('titleCountryBefore', () => {
  it('reads the nationality adjective or the country of the title before a name', () => {
    const a = "Le ministre malgache de la Pêche, ";
    assert.equal(titleCountryBefore(a, a.length), 'MG');
    const b = 'the Norwegian envoy ';
    assert.equal(titleCountryBefore(b, b.length), 'NO');
    const c = 'Le président de la coopérative, ';
    assert.equal(titleCountryBefore(c, c.length), undefined);
  });

  it('tells two countries apart, and leaves a title told of one side only', () => {
    const claim = 'Le ministre malgache de la Pêche, Lova Rakoto';
    const other = 'Le ministre norvégien de la Pêche Ola Dahl';
    const bare = 'Le ministre de la Pêche Ola Dahl';
    assert.equal(titleOfOtherCountry(claim, claim.indexOf('Lova'), other, other.indexOf('Ola')), true);
    assert.equal(titleOfOtherCountry(claim, claim.indexOf('Lova'), bare, bare.indexOf('Ola')), false);
  });
});
