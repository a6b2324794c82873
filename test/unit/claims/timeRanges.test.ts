import assert from 'node:assert/strict';
import { analyzeClaim } from '../../../server/src/core/claims/analyzeClaim';
import { checkClaim } from '../../../server/src/core/claims/checkClaim';
import { endsRange, qualifierLinksRange, rangeBound } from '../../../server/src/core/claims/timeRanges';
import { checkDraft } from '../../../server/src/core/claims/checkDraft';
import { findingsOf } from '../../../server/src/core/claims/findings';
import { parseMarkdown } from '../../../server/src/core/markdown/parseMarkdown';
import { parseQuantities } from '../../../server/src/core/text/quantities';
import { indexOf } from './helpers';

const index = indexOf({
  'pont.md': `---
id: pont
title: Le pont de la Vire fermé la nuit
lang: fr
---

Une fermeture du pont de la Vire a été décidée mardi, elle prendra effet à 21 heures heure locale, et restera en vigueur jusqu'à 6heure locales mercredi matin.
`,
  'bridge.md': `---
id: bridge
title: The Vire bridge closed at night
lang: en
---

A closure of the Vire bridge was ordered on Tuesday; it will take effect at 21 hours local time, and will stay in force until 6hours local time on Wednesday morning.
`,
});
const check = (text: string, lang: 'fr' | 'en') => checkClaim(text, analyzeClaim(text, lang, index.names), index);

describe('the bounds of a span of time', () => {
  it('reads which bound of a range a value is', () => {
    const text = 'Le pont est fermé de 22 heures jusqu’à 5 heures, et rouvre à 7 heures.';
    const quantities = parseQuantities(text, 'fr');
    assert.deepEqual(quantities.map((q) => rangeBound(text, q, quantities)), ['start', 'end', undefined]);
    const en = 'The bridge is shut from 22 hours to 5 hours, until 7 hours at weekends.';
    const enQuantities = parseQuantities(en, 'en');
    assert.deepEqual(enQuantities.map((q) => rangeBound(en, q, enQuantities)), ['start', 'end', 'end']);
  });

  it('never compares the end of the claim\'s span with the time the source\'s span starts at', () => {
    for (const [text, lang] of [
      ['Une fermeture du pont de la Vire a été décidée mardi, de 19 heures jusqu’à 4 heures le mercredi matin.', 'fr'],
      ['A closure of the Vire bridge was ordered on Tuesday, from 19 hours until 4 hours on Wednesday morning.', 'en'],
    ] as const) {
      const verdict = check(text, lang);
      assert.notEqual(verdict.conflict?.sourceQuantity?.value, 21, `${text}: ${JSON.stringify(verdict.conflict)}`);
    }
  });
});

describe('a fix of the end of a span', () => {
  const market = indexOf({
    'marche.md': `---
id: marche
title: Le marché de nuit de Vire
lang: fr
---

Le marché de nuit de Vire sera ouvert de 19 heures à 2 heures du matin.
`,
  });
  const fixed = (text: string) => {
    const fix = findingsOf(checkDraft(parseMarkdown(`${text}\n`), market, { language: 'auto' })!, market).find((f) => f.code === 'contradicted-claim')?.fixes[0];
    return fix && text.slice(0, fix.span.start) + fix.newText + text.slice(fix.span.end);
  };

  it('reads « jusqu\'à » as the link of a range, not as a bound', () => {
    const text = 'Ouvert de 19 heures jusqu’à 3 heures.';
    const end = parseQuantities(text, 'fr')[1];
    assert.ok(qualifierLinksRange(text, end));
    const source = 'Ouvert de 19 heures à 2 heures.';
    assert.ok(endsRange(source, parseQuantities(source, 'fr')[1]));
  });

  it('keeps the claim\'s words around the value', () => {
    for (const text of ['Le marché de nuit de Vire sera ouvert de 19 heures jusqu’à 3 heures du matin.', 'Le marché de nuit de Vire sera ouvert jusqu’à 3 heures du matin.']) {
      const after = fixed(text);
      assert.ok(after === undefined || after === text.replace('3 heures', '2 heures'), after);
    }
  });
});
