import { buildDocument } from '../../../server/src/core/corpus/document';
import { CorpusIndex } from '../../../server/src/core/index/corpusIndex';

/** An in-memory corpus index built from Markdown texts keyed by file name (no disk, no server). */
export function indexOf(files: Record<string, string>): CorpusIndex {
  const index = new CorpusIndex();
  for (const [name, text] of Object.entries(files)) index.setDocument(buildDocument(`/corpus/${name}`, text));
  return index;
}

/** A small corpus on a subject of its own, written for these tests. */
export const orchardCorpus = {
  'pommes.md': `---
id: pommes
title: La filière pomme en Normandie
lang: fr
---

La coopérative Vergers d’Auge, présidée par Claire Hamon, a récolté 42 000 tonnes de pommes en 2023.

Claire Hamon, présidente de Vergers d’Auge, affirme que la cueillette mécanique reste interdite dans les vergers labellisés.

La coopérative emploie 310 saisonniers et exporte 18 % de sa production vers la Belgique.
`,
  'cidre.md': `---
id: cidre
title: Le cidre normand à l’export
lang: fr
---

Les ventes de cidre normand ont progressé de 12 % en 2023, selon l’interprofession.

Le Domaine Lecoq, dirigé par Paul Lecoq, produit 1,5 million de bouteilles par an.
`,
};

/** Results given in two currencies, as the business press writes them (a claim may get both values wrong). */
export const resultsCorpus = {
  'results.md': `---
id: results
title: Harwell Mining results
lang: en
date: 2021-02-10
---

Harwell Mining made a pre-tax profit of £800m ($424m) in the three months to December, the miner said.

Harwell Mining employs 5,200 people at its two pits in Cumbria.
`,
};

/** A level a rise reaches ("should more than double to $4bn"): a multiple and a direction to compare. */
export const ferriesCorpus = {
  'ferries.md': `---
id: ferries
title: Norland ferries
lang: en
---

The ferry business is booming and revenues from crossings should more than double to $4bn in three years, the port authority said.
`,
};

/** A shipowner's apology, its head named by a compound title (« PDG »), in French (compound titles, participles read as titles). */
export const ferryCorpus = {
  'ferry.md': `---
id: ferry
title: L'armateur présente ses excuses
lang: fr
date: 2021-08-12
---

"Nous sommes désolés", a souligné lors d'une conférence de presse Aiko Mori, PDG de Kaiyo Ferries, ajoutant que la compagnie paierait le nettoyage.

"Nous sommes désolés", a répété Aiko Mori, PDG de Kaiyo Ferries, ajoutant qu'il était "naturel que nous endossions une responsabilité sociale".
`,
};
