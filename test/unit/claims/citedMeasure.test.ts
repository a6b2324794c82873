import assert from 'node:assert/strict';
import { analyzeClaim } from '../../../server/src/core/claims/analyzeClaim';
import { checkClaim } from '../../../server/src/core/claims/checkClaim';
import { isSpeed } from '../../../server/src/core/claims/speeds';
import { parseQuantities } from '../../../server/src/core/text/quantities';
import { indexOf } from './helpers';

const index = indexOf({
  'cyclone-a.md': `---
id: cyclone-a
title: Marelle, rétrogradée en tempête, approche des côtes
lang: fr
---

Marelle faisait souffler des vents de 100 km/h samedi après-midi, a indiqué le centre météorologique. En fin de matinée, la tempête se trouvait à 64 km de Port-Aubin et à 130 km de l'aéroport de Sainte-Lise et se dirigeait vers l'Ouest à environ 12 km/h.
`,
  'cyclone-b.md': `---
id: cyclone-b
title: La tempête Marelle longe la côte
lang: fr
---

Marelle devrait toucher terre dans la soirée. Les vents avaient atteint 95 km/h samedi soir en se dirigeant vers l'ouest, en direction de la côte.
`,
  'cyclone-c.md': `---
id: cyclone-c
title: La dépression Ombrine remonte vers le nord
lang: fr
---

La dépression Ombrine a faibli dans la nuit. Dimanche matin, Ombrine se trouvait à 40 km de la côte et se dirigeait vers le nord.
`,
});
const check = (text: string, cited: string[] = []) => checkClaim(text, analyzeClaim(text, 'fr', index.names), index, { cited });

describe('a speed, and the cited source deciding its value', () => {
  it('reads a speed by the unit of time after its unit', () => {
    const text = "Il se trouvait à 64 km de la côte et avançait à 12 km/h, soit 90 kilomètres à l'heure en rafales.";
    assert.deepEqual(parseQuantities(text, 'fr').map((q) => isSpeed(text, q)), [false, true, true]);
    const english = 'Winds of 70 miles per hour and gusts of 85 mph, 40 miles from the coast.';
    assert.deepEqual(parseQuantities(english, 'en').map((q) => isSpeed(english, q)), [true, true, false]);
  });

  it('compares a speed with no distance', () => {
    const verdict = check('Dimanche matin, Ombrine se dirigeait vers le nord à 18 km/h.');
    assert.notEqual(verdict.label, 'contradicted', JSON.stringify(verdict.conflict));
  });

  it('gives no other article\'s speed as a fix when the cited passage gives the measure its own value', () => {
    const verdict = check("La tempête se dirigeait vers l'ouest à environ 30 km/h [@cyclone-a].", ['cyclone-a']);
    assert.ok(verdict.label !== 'contradicted' || verdict.conflict?.sourceText === '12 km', JSON.stringify(verdict.conflict));
    assert.equal(check("La tempête se dirigeait vers l'ouest à environ 12 km/h [@cyclone-a].", ['cyclone-a']).label, 'supported');
  });
});
