import assert from 'node:assert/strict';
import { analyzeClaim } from '../../../server/src/core/claims/analyzeClaim';
import { checkClaim } from '../../../server/src/core/claims/checkClaim';
import { indexOf } from './helpers';

// Titles written in shapes the role reader used to pair with no name, or with the wrong one (roles.ts,
// titleAdjective.ts, holderAfterBody.ts): the claim's person in the source's title, or the title's holder found.
const fr = indexOf({
  'attaque.md': `---
id: attaque
title: L'attaque du commissariat de Brévonne
lang: fr
date: 2021-05-08
---

Un agent administratif a attaqué au couteau quatre collègues jeudi dans le commissariat central de Brévonne.

"L'assaillant était en contact avec des individus radicalisés", a indiqué samedi Jean-Luc Morvan, procureur antiterroriste.

Le 4 mai, un jour avant le drame qui a endeuillé Brévonne, le ministre des Travaux publics Marc Delorme reçoit une lettre du préfet alertant sur la sécurité du bâtiment.

"Nous avons perdu le contact avec le pilote six minutes après le décollage", a déclaré le PDG de la compagnie Aérovia, Yann Kerlo.
`,
});

const check = (text: string) => checkClaim(text, analyzeClaim(text, 'fr', fr.names), fr);

describe('titles aligned with their holders', () => {
  it('contradicts the claim’s person in a title with an adjective after its noun that the source gives another person', () => {
    const v = check("Selon le procureur antiterroriste Paul Garnier, l'assaillant était en contact avec des individus radicalisés.");
    assert.equal(v.label, 'contradicted');
    assert.equal(v.conflict?.sourceName, 'Jean-Luc Morvan');
    assert.notEqual(check("Selon le procureur antiterroriste Jean-Luc Morvan, l'assaillant était en contact avec des individus radicalisés.").label, 'contradicted');
  });

  it('reads a title written as its acronym (« le PDG de la compagnie »)', () => {
    const v = check('Le ministre des Transports, Yann Kerlo, a déclaré avoir perdu le contact avec le pilote six minutes après le décollage.');
    assert.equal(v.label, 'contradicted');
    assert.match(v.conflict?.sourceText ?? '', /PDG/);
  });
});
