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

describe('a place compound in a name’s slot', () => {
  const tools = indexOf({ 'tools.md': '---\nid: tools\ntitle: Drill maker floods\nlang: en\n---\n\nBramley Tools refers to a small UK-based tool maker, which shipped a record 4,000 drills in May.\n' });
  const check = (text: string) => checkClaim(text, analyzeClaim(text, 'en', tools.names), tools);

  it('reads "UK-based" as the UK, which the claim may name or give as an adjective', () => {
    assert.notEqual(check('A small UK tool maker shipped 4,000 drills in May.').label, 'contradicted');
    assert.notEqual(check('A small British tool maker shipped 4,000 drills in May.').label, 'contradicted');
  });

  it('still contradicts another country', () => {
    assert.equal(check('A small French tool maker shipped 4,000 drills in May.').label, 'contradicted');
  });
});
