import assert from 'node:assert/strict';
import { analyzeClaim } from '../../../server/src/core/claims/analyzeClaim';
import { checkClaim } from '../../../server/src/core/claims/checkClaim';
import { indexOf } from './helpers';

describe('a claim that says "not" with a verb of avoidance', () => {
  const fr = indexOf({
    'camions.md': `---
id: camions
title: Contrôle des camions en Norlande
lang: fr
---

Les règles ont changé en mars. Le contrôle technique des camions n'est pas obligatoire en Norlande pour les petits transporteurs routiers, moins exposés aux risques de fraude, contrairement aux grandes flottes, a précisé un porte-parole du ministère des Transports.
`,
  });
  const en = indexOf({
    'trucks.md': `---
id: trucks
title: Truck inspection in Norland
lang: en
---

Rules changed in March. Technical inspection of trucks is not compulsory in Norland for small road hauliers, who are less exposed to fraud, unlike large fleets, a transport ministry spokesman said.
`,
  });

  it('is not contradicted by the passage’s negation of the same thing', () => {
    const fc = 'Les petits transporteurs routiers échappent au contrôle technique obligatoire des camions en Norlande.';
    assert.notEqual(checkClaim(fc, analyzeClaim(fc, 'fr', fr.names), fr).label, 'contradicted');
    const ec = 'Small road hauliers escape the compulsory technical inspection of trucks in Norland.';
    assert.notEqual(checkClaim(ec, analyzeClaim(ec, 'en', en.names), en).label, 'contradicted');
  });
});

describe('a claim that says "not" with a verb of keeping quiet, omitting or concealing', () => {
  const fr = indexOf({
    'declaration.md': `---
id: declaration
title: La déclaration du préfet Morvan
lang: fr
---

Dans sa déclaration de patrimoine publiée lundi, le préfet Alain Morvan a indiqué ses biens immobiliers, mais n'a pas précisé qu'il était depuis 2015 administrateur de la société des eaux de Kerlan, révèle Ouest-Matin.
`,
  });
  const en = indexOf({
    'filing.md': `---
id: filing
title: Governor Reeve's filing
lang: en
---

In his financial filing published on Monday, governor Tom Reeve listed his property but did not mention that he had been a director of the Kerlan water company since 2015, the Morning Post revealed.
`,
  });

  it('is not contradicted by the passage that says the same with a negation', () => {
    const fc = "D'après Ouest-Matin, la déclaration de patrimoine du préfet Alain Morvan publiée lundi taisait qu'il était depuis 2015 administrateur de la société des eaux de Kerlan.";
    assert.notEqual(checkClaim(fc, analyzeClaim(fc, 'fr', fr.names), fr).label, 'contradicted');
    const ec = "According to the Morning Post, the financial filing of governor Tom Reeve published on Monday omitted that he had been a director of the Kerlan water company since 2015.";
    assert.notEqual(checkClaim(ec, analyzeClaim(ec, 'en', en.names), en).label, 'contradicted');
  });
});

describe('a claim that says "not" with a verb of denial', () => {
  const fr = indexOf({
    'enquete.md': `---
id: enquete
title: Le rapport sur le port de Kerlan
lang: fr
---

Le ministre Paul Ardent a affirmé que ses conseillers Marc Tellier et Anne Roux n'avaient joué aucun rôle dans la rédaction du rapport sur le port de Kerlan.
`,
  });
  const en = indexOf({
    'inquiry.md': `---
id: inquiry
title: The Kerlan harbour report
lang: en
---

Minister Paul Ardent said his advisers Mark Teller and Anne Rowe played no part in drafting the report on Kerlan harbour.
`,
  });

  it('is not contradicted by the passage that says the same with a negation', () => {
    const fc = 'Le ministre Paul Ardent a nié que ses conseillers Marc Tellier et Anne Roux aient joué un rôle dans la rédaction du rapport sur le port de Kerlan.';
    assert.notEqual(checkClaim(fc, analyzeClaim(fc, 'fr', fr.names), fr).label, 'contradicted');
    const ec = 'Minister Paul Ardent denied that his advisers Mark Teller and Anne Rowe had any part in drafting the report on Kerlan harbour.';
    assert.notEqual(checkClaim(ec, analyzeClaim(ec, 'en', en.names), en).label, 'contradicted');
  });
});
