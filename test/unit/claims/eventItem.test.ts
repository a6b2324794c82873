import assert from 'node:assert/strict';
import { analyzeClaim } from '../../../server/src/core/claims/analyzeClaim';
import { checkClaim } from '../../../server/src/core/claims/checkClaim';
import { valueOfOtherEventItem } from '../../../server/src/core/claims/eventItem';
import { inUniversalTime } from '../../../server/src/core/claims/hours';
import { parseQuantities } from '../../../server/src/core/text/quantities';
import type { Lang } from '../../../server/src/core/types';
import { indexOf } from './helpers';

const index = indexOf({
  'sonde.md': `---
id: sonde
title: La sonde Orvane rentre sur Terre
lang: fr
---

Les ingénieurs ont confirmé le calendrier de retour de la sonde Orvane. Le largage du module est toujours prévu pour 08H15 (12H15 GMT) mardi et l'atterrissage à 21H50 (01H50 GMT) mercredi.
`,
  'vote.md': `---
id: vote
title: Council vote timetable
lang: en
---

The council confirmed the timetable for the ballot. Polling stations open at 7.30am on Thursday, and the count starts at 11pm on Friday in the town hall.
`,
});
const check = (text: string, lang: Lang = 'fr') => checkClaim(text, analyzeClaim(text, lang, index.names), index);

/** Whether the source value `raw` is another event's for the claim's value `claimRaw` (see {@link valueOfOtherEventItem}). */
function other(claim: string, claimRaw: string, source: string, raw: string, lang: Lang = 'fr'): boolean {
  const claimQuantities = parseQuantities(claim, lang);
  const sourceQuantities = parseQuantities(source, lang);
  const value = claimQuantities.find((q) => q.raw.startsWith(claimRaw))!;
  const given = sourceQuantities.find((q) => q.raw.startsWith(raw))!;
  return valueOfOtherEventItem({ text: claim, lang, quantities: claimQuantities, value }, { text: source, lang, quantities: sourceQuantities, value: given });
}

describe('a value of another event of parallel items', () => {
  const source = 'Le largage du module est toujours prévu pour 08H15 (12H15 GMT) mardi et l\'atterrissage à 21H50 (01H50 GMT) mercredi.';

  it('binds a time to the event the claim names, a verb left unsaid in the second item', () => {
    assert.equal(other("L'atterrissage est prévu mercredi à 21H40.", '21H40', source, '08H15'), true);
    assert.equal(other("L'atterrissage est prévu mercredi à 21H40.", '21H40', source, '21H50'), false);
    assert.equal(other('Le largage du module est prévu mardi à 08H30.', '08H30', source, '08H15'), false);
    assert.equal(other('Le largage du module est prévu mardi à 08H30.', '08H30', source, '21H50'), true);
  });

  it('reads the words an earlier item shares with a later one as no word of the earlier event', () => {
    const both = 'La séance du conseil de Brevac commence à 09H00 et finit à 17H30.';
    assert.equal(other('La séance du conseil de Brevac finit à 18H00.', '18H00', both, '17H30'), false);
    assert.equal(other('La séance du conseil de Brevac finit à 18H00.', '18H00', both, '09H00'), true);
    assert.equal(other('La séance du conseil de Brevac commence à 10H00.', '10H00', both, '17H30'), true);
    assert.equal(other('La séance du conseil de Brevac commence à 10H00.', '10H00', both, '09H00'), false);
  });

  it('leaves a value alone when the claim tells neither item apart more', () => {
    assert.equal(other('Le module est prévu à 09H00.', '09H00', source, '08H15'), false);
  });

  it('reads a universal time by the zone written after it', () => {
    const quantities = parseQuantities(source, 'fr');
    assert.deepEqual(quantities.filter((q) => inUniversalTime(source, q)).map((q) => q.raw), ['12H15', '01H50']);
    const local = 'Le bureau de vote ouvre à 19H30 heure locale.';
    assert.equal(inUniversalTime(local, parseQuantities(local, 'fr')[0]), false);
  });

  it('fixes a time with its own event\'s, in the claim\'s zone, or not at all', () => {
    const landing = check("L'atterrissage est prévu mercredi à 21H40 heure locale.");
    assert.ok(landing.label !== 'contradicted' || landing.conflict?.sourceText === '21H50', JSON.stringify(landing.conflict));
    const universal = check("L'atterrissage est prévu mercredi à 01H40 GMT.");
    assert.ok(universal.label !== 'contradicted' || universal.conflict?.sourceText === '01H50', JSON.stringify(universal.conflict));
  });
});
