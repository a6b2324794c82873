import assert from 'node:assert/strict';
import { analyzeClaim } from '../../../server/src/core/claims/analyzeClaim';
import { checkClaim } from '../../../server/src/core/claims/checkClaim';
import { indexOf } from './helpers';

const index = indexOf({
  'harbour.md': `---
id: harbour
title: Harbour Co accepts Pell's buyout
lang: en
---

Harbour Co accepted a $6.75bn (£3.6bn) buyout from Pell, though Grey said Harbour had rejected a deal worth $8bn.
`,
  'port.md': `---
id: port
title: Aide d'urgence au port de Varnie
lang: fr
---

Le gouvernement de Varnie a annoncé débloquer 80 milliards de livres varniennes (40 millions d'euros) de financement d'urgence pour le port, alors que le pays est en crise.

Selon le ministre, les dockers de Varnie gagnent moins de 2.000 dollars par mois (1.700 euros).
`,
  'results.md': `---
id: results
title: Tolland results
lang: en
---

Tolland Foods made a profit of $424m (£300m) in the year to March, the grocer said.
`,
});
const check = (text: string, lang: 'fr' | 'en' = 'en') => checkClaim(text, analyzeClaim(text, lang, index.names), index);

describe('an amount in a currency the passage gives only for another amount', () => {
  it('is not contradicted by the conversion of another fact: it may convert an amount the passage gives in another currency', () => {
    for (const claim of ["Grey's rejected offer was worth about £4.3bn.", 'Grey said Harbour had rejected a deal worth about £4.3bn.', 'Harbour rejected a deal from Grey worth about £4.3bn.']) {
      const verdict = check(claim);
      assert.notEqual(verdict.label, 'contradicted', claim);
    }
  });

  it('is still contradicted by the conversion of its own fact when the passage holds no other amount', () => {
    const verdict = check('Tolland Foods made a profit of £500m in the year to March.');
    assert.equal(verdict.label, 'contradicted');
    assert.equal(verdict.conflict?.sourceText, '£300m');
  });

  it('is contradicted by a conversion bound to no amount beside the amount the claim writes too', () => {
    const verdict = check('Selon le ministre, les dockers de Varnie gagnent moins de 2.000 dollars par mois (2.500 euros).', 'fr');
    assert.equal(verdict.label, 'contradicted');
    assert.equal(verdict.conflict?.sourceQuantity?.value, 1700);
  });

  it('is contradicted by the conversion of the amount the claim itself converts, after the currency’s adjective', () => {
    const verdict = check("Le gouvernement de Varnie a débloqué 80 milliards de livres varniennes, soit 90 millions d'euros, de financement d'urgence pour le port.", 'fr');
    assert.equal(verdict.label, 'contradicted');
    assert.equal(verdict.conflict?.sourceQuantity?.value, 40e6);
  });
});
