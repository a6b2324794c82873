import assert from 'node:assert/strict';
import { analyzeClaim } from '../../../server/src/core/claims/analyzeClaim';
import { checkClaim } from '../../../server/src/core/claims/checkClaim';
import { indexOf } from './helpers';

describe('aspect: the time of a beginning, an end, a resumption', () => {
  const fr = indexOf({
    'greve.md': `---
id: greve
title: La grève des dockers de Port-Louis
lang: fr
---

Les dockers de Port-Louis ont interrompu mardi 3 mars la grève qu'ils avaient entamée le 12 février devant la capitainerie.
`,
  });
  const en = indexOf({
    'strike.md': `---
id: strike
title: Harbour strike in Port Louis
lang: en
---

The Port Louis dockers halted on 3 March the strike they had started on 12 February outside the harbour office.
`,
  });
  const checkFr = (text: string) => checkClaim(text, analyzeClaim(text, 'fr', fr.names), fr);
  const checkEn = (text: string) => checkClaim(text, analyzeClaim(text, 'en', en.names), en);

  it('does not let the day of an end support a beginning on that day', () => {
    assert.equal(checkFr('Le mardi 3 mars, les dockers de Port-Louis ont entamé une grève devant la capitainerie.').label, 'contradicted');
    assert.equal(checkEn('On 3 March, the Port Louis dockers started a strike outside the harbour office.').label, 'contradicted');
  });

  it('does not oppose the end of one thing to the resumption of another on that day', () => {
    const work = indexOf({
      'travail.md': `---
id: travail
title: Les dockers de Brest
lang: fr
---

Les dockers de Brest ont suspendu le 3 mars leur grève devant la capitainerie et ont repris le travail.
`,
    });
    const claim = 'Les dockers de Brest ont repris le travail le 3 mars devant la capitainerie.';
    assert.notEqual(checkClaim(claim, analyzeClaim(claim, 'fr', work.names), work).label, 'contradicted');
  });

  it('supports the beginning and the end each on its own day', () => {
    assert.equal(checkFr('Les dockers de Port-Louis ont entamé leur grève le 12 février devant la capitainerie.').label, 'supported');
    assert.equal(checkFr('Les dockers de Port-Louis ont interrompu leur grève mardi 3 mars.').label, 'supported');
    assert.equal(checkEn('The Port Louis dockers started their strike on 12 February outside the harbour office.').label, 'supported');
    assert.equal(checkEn('The Port Louis dockers halted their strike on 3 March.').label, 'supported');
  });
});
