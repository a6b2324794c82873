import assert from 'node:assert/strict';
import { analyzeClaim } from '../../../server/src/core/claims/analyzeClaim';
import { checkClaim } from '../../../server/src/core/claims/checkClaim';
import { indexOf } from './helpers';

const en = indexOf({
  'curling.md': `---
id: curling
title: Curlers edge past Norway
lang: en
date: 2019-02-03
---

A late stone by Ewan Kirkbride gave the Swedes a 6-5 win over Norway in the final at Perth on Sunday.

Tomas Lindqvist's double take-out gave Denmark a lead they kept until the ninth end.
`,
});
const fr = indexOf({
  'escrime.md': `---
id: escrime
title: Escrime : les Belges battus
lang: fr
date: 2019-02-03
---

Une touche de Paul Darnel a offert aux Italiens une victoire 45-41 sur la Belgique en finale à Nancy dimanche.
`,
});
const checkEn = (text: string) => checkClaim(text, analyzeClaim(text, 'en', en.names), en);
const checkFr = (text: string) => checkClaim(text, analyzeClaim(text, 'fr', fr.names), fr);

describe('a country and its people or adjective: one holder', () => {
  it('does not contradict the country the source names by its people, or the people it names by the country', () => {
    assert.notEqual(checkEn('A late stone by Ewan Kirkbride gave Sweden a 6-5 win over Norway in the final.').label, 'contradicted');
    assert.notEqual(checkEn("Tomas Lindqvist's double take-out gave the Danes a lead they kept until the ninth end.").label, 'contradicted');
    assert.notEqual(checkEn('A late stone by Ewan Kirkbride gave the Swedish side a 6-5 win over Norway in the final.').label, 'contradicted');
    assert.notEqual(checkFr("Une touche de Paul Darnel a offert à l'Italie une victoire 45-41 sur la Belgique en finale.").label, 'contradicted');
  });

  it('still contradicts another country in the slot', () => {
    assert.notEqual(checkEn('A late stone by Ewan Kirkbride gave Finland a 6-5 win over Norway in the final.').label, 'supported');
    assert.notEqual(checkEn("Tomas Lindqvist's double take-out gave the Dutch a lead they kept until the ninth end.").label, 'supported');
  });
});

/** Invented tool makers, each placed by a country, a town or a place compound. */
const makers = indexOf({
  'tools.md': '---\nid: tools\ntitle: Drill maker floods\nlang: en\n---\n\nBramley Tools refers to a small UK-based tool maker, which shipped a record 4,000 drills in May.\n',
  'saws.md': '---\nid: saws\ntitle: Saw sales\nlang: en\n---\n\nArtel, a Lyon-based saw maker, sold 9,000 saws in June.\n',
  'lathes.md': '---\nid: lathes\ntitle: Lathe sales\nlang: en\n---\n\nCorvin Works, a French lathe maker, shipped 300 lathes in April.\n',
});
const checkMaker = (text: string) => checkClaim(text, analyzeClaim(text, 'en', makers.names), makers);

describe('a place compound, a country and a town in one name’s slot', () => {
  it('reads "UK-based" as the UK, which the claim may name or give as an adjective', () => {
    assert.notEqual(checkMaker('A small UK tool maker shipped 4,000 drills in May.').label, 'contradicted');
    assert.notEqual(checkMaker('A small British tool maker shipped 4,000 drills in May.').label, 'contradicted');
  });

  it('reads a town as possibly in the country, either way round', () => {
    assert.notEqual(checkMaker('Artel, a French saw maker, sold 9,000 saws in June.').label, 'contradicted');
    assert.notEqual(checkMaker('Corvin Works, a Lyon lathe maker, shipped 300 lathes in April.').label, 'contradicted');
  });

  it('still contradicts another country, and another town', () => {
    assert.equal(checkMaker('A small French tool maker shipped 4,000 drills in May.').label, 'contradicted');
    assert.equal(checkMaker('Corvin Works, a German lathe maker, shipped 300 lathes in April.').label, 'contradicted');
    assert.equal(checkMaker('Artel, a Leeds-based saw maker, sold 9,000 saws in June.').label, 'contradicted');
  });
});
