import assert from 'node:assert/strict';
import { buildDocument } from '../../../server/src/core/corpus/document';
import { extractEntities } from '../../../server/src/core/entities/extract';
import type { Entity } from '../../../server/src/core/entities/types';
import { CorpusIndex } from '../../../server/src/core/index/corpusIndex';

/** The entities of invented articles, one body per document. */
function entitiesOf(lang: 'fr' | 'en', ...bodies: string[]): Entity[] {
  const index = new CorpusIndex();
  bodies.forEach((body, n) => index.setDocument(buildDocument(`/c/d${n}.md`, `---\nid: d${n}\ntitle: Dossier\nlang: ${lang}\n---\n\n${body}\n`)));
  return extractEntities(index.documents(), index.names);
}

const definitionOf = (entities: Entity[], name: string) => {
  const entity = entities.find((e) => e.name === name);
  assert.ok(entity, `${name} in ${entities.map((e) => e.name).join(', ')}`);
  return entity.definition?.source === 'sentence' ? '' : (entity.definition?.text ?? '');
};

describe('definitions: whose role, and what a comma closes', () => {
  it('takes no role closed by a comma after a preposition or a verb for the name that opens the main clause', () => {
    const entities = entitiesOf(
      'fr',
      "Arrêté à l'aéroport le 11 octobre alors qu'il rejoignait son épouse écossaise, Marc Teyssier a été pris à tort pour un autre.",
      'Selon le quotidien, Paul Verlaine a été arrêté à Lorient.',
    );
    assert.equal(definitionOf(entities, 'Marc Teyssier'), '');
    assert.equal(definitionOf(entities, 'Paul Verlaine'), '');
    assert.equal(entities.find((e) => e.name === 'Paul Verlaine')?.kind, 'person');
  });

  it('takes no absolute participle clause after a name for its apposition (« X, la ministre maintenant son opposition »), and keeps « le maire sortant »', () => {
    const entities = entitiesOf(
      'fr',
      '« Cela suffira », a estimé Luc Perrin, la ministre maintenant son refus.',
      'Le fonds a été voté. Luc Perrin a salué le vote. Anne Gilet, la maire sortante de Vernal, a voté contre.',
    );
    assert.ok(!/ministre/.test(definitionOf(entities, 'Luc Perrin')), definitionOf(entities, 'Luc Perrin'));
    assert.match(definitionOf(entities, 'Anne Gilet'), /maire sortante/);
  });

  it('keeps a role whose sentence goes on after the name without a verb of its own', () => {
    const entities = entitiesOf('fr', "Les élus ont demandé à la directrice de l'OCDE, Irène Polk et au directeur du Trésor de venir. Irène Polk a répondu.");
    assert.match(definitionOf(entities, 'Irène Polk'), /directrice de l.OCDE/);
    const english = entitiesOf('en', 'The play was due to open in the capital, Tarnow this weekend.');
    assert.equal(definitionOf(english, 'Tarnow'), 'the capital');
  });

  it('gives a possessive no owner from a participle, an elided article, a source or a name before another subject', () => {
    const entities = entitiesOf(
      'fr',
      "L'affaire avait défrayé la chronique lorsque le corps de sa femme Odile, 48 ans, a été retrouvé.",
      "Cet entretien, filmé à Dunoon (Écosse), où il vit, a duré une heure, et le retraité s'y exprime aux côtés de son épouse irlandaise, Moira, très marquée.",
      "Contacté par l'AFP, son avocat, Jean Roux, n'a pas souhaité réagir.",
    );
    assert.doesNotMatch(definitionOf(entities, 'Odile'), /affaire/i);
    assert.equal(definitionOf(entities, 'Moira'), 'épouse irlandaise');
    assert.doesNotMatch(definitionOf(entities, 'Jean Roux'), /AFP/);
  });

  it('splits a time glued to a name by scraping', () => {
    const entities = entitiesOf('fr', 'Tout cela est injuste, dénonce le frère aîné Gaspard.12h45. Les tests ont parlé.');
    assert.ok(!entities.some((e) => /12h45/.test(e.name)), entities.map((e) => e.name).join(', '));
  });

  it('reads a first name, a surname and a particle before another surname as a person in any context', () => {
    const entities = entitiesOf(
      'fr',
      "L'arrestation de Xavier Dumont de Valcourt a été démentie. Selon la police, Xavier Dumont de Valcourt est toujours recherché.",
      'La traque du vrai Xavier Dumont de Valcourt continue.',
    );
    assert.equal(entities.find((e) => e.name === 'Xavier Dumont de Valcourt')?.kind, 'person');
  });
});

describe('kinds: names headed by what no person is named by', () => {
  it('makes no person of a venue, a police force, a law, an award or a band', () => {
    const entities = entitiesOf(
      'en',
      'The show will be held at the Tarrow Center. Officers from Police Norland searched the house under the Secrecy Act. She won two Belmont Awards last year. The Crown Audit Service said so.',
      'Punk band Grey Week played at the event. Grey Week sold out.',
    );
    const kindOf = (name: string) => entities.find((e) => e.name === name)?.kind;
    assert.equal(kindOf('Tarrow Center'), 'place');
    assert.equal(kindOf('Police Norland'), 'organization');
    assert.equal(kindOf('Secrecy Act'), 'other');
    assert.equal(kindOf('Belmont Awards'), 'other');
    assert.equal(kindOf('Grey Week'), 'organization');
    assert.equal(kindOf('Crown Audit Service'), 'organization');
  });

  it('makes no person of a French name that opens on its kind noun after an article, nor of « the X Bridge »', () => {
    const entities = entitiesOf('fr', 'Le président a reçu les élus à la Maison Verte mardi. Il a quitté la Maison Verte le soir.');
    assert.equal(entities.find((e) => e.name === 'Maison Verte')?.kind, 'organization');
    const english = entitiesOf('en', 'His car was found near the Tarn Bridge last week.');
    assert.equal(english.find((e) => e.name === 'Tarn Bridge')?.kind, 'place');
  });

  it('keeps a place named in its own words apart from a show that ends on it', () => {
    const entities = entitiesOf('en', 'Vale Morning Norland said the roads were closed. Floods hit towns in Norland on Monday, and more rain fell in Norland on Tuesday.');
    assert.ok((entities.find((e) => e.name === 'Norland')?.mentions.length ?? 0) >= 2, entities.map((e) => `${e.name} ${e.mentions.length}`).join(', '));
  });
});

describe('name spans: what stands before a name, and two names joined by « and »', () => {
  it('leaves a sentence-opening role or participle, a nationality before a name and a cut title’s connector out of the name', () => {
    const english = entitiesOf(
      'en',
      'Rapper Kenzo Vale has topped the charts. Featuring Orla Finch and Ned Bakker, the song was written in May.',
      'The contest was held to find the best Belgian Kenzo impersonator. Fans of Kenzo came from afar.',
    );
    const names = english.map((e) => e.name);
    for (const name of ['Kenzo Vale', 'Orla Finch', 'Ned Bakker']) assert.ok(names.includes(name), `${name} in ${names.join(', ')}`);
    assert.ok(!names.some((n) => /^(?:Rapper|Featuring|Belgian) /.test(n)), names.join(', '));
    const french = entitiesOf('fr', "Du côté des groupes pétroliers, l'ancien PDG d'Oxalis Energy a reconnu le changement climatique.");
    assert.ok(!french.some((e) => /^d['’]/.test(e.name)), french.map((e) => e.name).join(', '));
  });

  it('splits two people’s full names joined by « and », not a company’s or a country’s name', () => {
    const names = entitiesOf('en', 'The duet from former star Brian Kell and Delta Morrow went in at number three. Shares in Marks and Spencer rose. Troops left Bosnia and Herzegovina.').map((e) => e.name);
    for (const name of ['Brian Kell', 'Delta Morrow', 'Marks and Spencer', 'Bosnia and Herzegovina']) assert.ok(names.includes(name), `${name} in ${names.join(', ')}`);
  });

  it('defines a name by the prize its holder won right before it, not a prize by its winner', () => {
    const entities = entitiesOf('en', 'Elvis knocked X Factor winner Steve Brannock down into second place. Past winners of the regular Hollin Prize include novelists.');
    assert.equal(definitionOf(entities, 'Steve Brannock'), 'X Factor winner');
    assert.doesNotMatch(definitionOf(entities, 'Hollin Prize'), /winner/);
  });

  it('gives a possessive no owner when another person is named between the subject and it', () => {
    const entities = entitiesOf('fr', "Gérard Vallin, ancien chauffeur de la préfecture, a avoué le vol commis chez son cousin Octave Brunet et chez son épouse Adèle, en mai.");
    assert.doesNotMatch(definitionOf(entities, 'Adèle'), /Gérard Vallin/);
  });

  it('reads a name after a comma as the apposition of the person’s noun that completes a thing, not of the thing', () => {
    const entities = entitiesOf('fr', 'La camionnette du neveu, Anatole, a été retrouvée à Vannes. La voiture du ministre, Jean Dupont, a été volée.');
    assert.doesNotMatch(definitionOf(entities, 'Anatole'), /camionnette/);
    assert.notEqual(entities.find((e) => e.name === 'Anatole')?.kind, 'product');
    assert.doesNotMatch(definitionOf(entities, 'Jean Dupont'), /voiture/);
  });
});
