import assert from 'node:assert/strict';
import { analyzeClaim } from '../../../server/src/core/claims/analyzeClaim';
import { checkClaim } from '../../../server/src/core/claims/checkClaim';
import { nearTitleOfName, titlesOfOtherBodies } from '../../../server/src/core/claims/ownTitle';
import { indexOf } from './helpers';

describe('a wrong title beside the right person', () => {
  const en = indexOf({
    'norland.md': `---
id: norland
title: Norland's debt
lang: en
---

Norland's public debt keeps growing. "In the region, gross public debt is typically about 30% of gross domestic product," says Anna Kowal, assistant director of the Norland Bank's Research Department. "At about 60% of GDP, Norland's gross debt is double that figure." Norland's debts have largely arisen from bank reform. "There is no question that Norland remains quite vulnerable," says Piet Braam, director of the Norland Bank's Research Department. "Its debt is far too high."
`,
  });

  it('fixes the title, not the person who holds the claim’s title', () => {
    const claim = "Anna Kowal, director of the Norland Bank's Research Department, said Norland's gross debt was double that figure.";
    const result = checkClaim(claim, analyzeClaim(claim, 'en', en.names), en);
    assert.notEqual(result.conflict?.sourceText, 'Piet Braam');
    // The near title alone, or the source's whole role phrase with it (the claim's role read as another office: subordinateTitle.ts).
    if (result.label === 'contradicted') assert.match(result.conflict?.sourceText ?? '', /^assistant director(?: of the Norland Bank's Research Department)?$/);
  });

  it('reads a near title written beside a name', () => {
    assert.equal(nearTitleOfName('Paul Roy', 'directeur', ['selon Paul Roy, directeur adjoint de la police.'])?.text, 'directeur adjoint');
    assert.equal(nearTitleOfName('Paul Roy', 'director', ['said deputy director Paul Roy.'])?.text, 'deputy director');
    assert.equal(nearTitleOfName('Paul Roy', 'director', ['said the director Paul Roy.']), undefined);
    assert.equal(nearTitleOfName('Paul Roy', 'director', ['Paul Roy, director of the bank, said.']), undefined);
  });

  it('never fixes the title noun alone when the near title is at another body', () => {
    assert.equal(titlesOfOtherBodies(' du Syndicat des meuniers (SDM).', ' de la Chambre des métiers, a salué'), true);
    assert.equal(titlesOfOtherBodies(" of the Norland Bank's Research Department", " of the Norland Bank's Research Department"), false);
    assert.equal(titlesOfOtherBodies(' du Syndicat des meuniers.', ', a salué'), false);
    const fr = indexOf({
      'meuniers.md': `---
id: meuniers
title: Les meuniers inquiets
lang: fr
---

"La récolte sera courte mais suffisante", résume Lucie Garnier, présidente du Syndicat des meuniers. Hugo Vasseur, président adjoint de la Chambre des métiers, a salué un travail sérieux.
`,
    });
    const claim = '"La récolte sera courte mais suffisante", résume Hugo Vasseur, président du Syndicat des meuniers.';
    const result = checkClaim(claim, analyzeClaim(claim, 'fr', fr.names), fr);
    // « président adjoint » is Vasseur's title at the Chambre des métiers: « président adjoint du Syndicat » is no one's.
    assert.notEqual(result.conflict?.sourceText, 'président adjoint');
  });
});
