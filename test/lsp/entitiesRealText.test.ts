import assert from 'node:assert/strict';
import * as path from 'node:path';
import type { Hover } from 'vscode-languageserver-protocol';
import type { EntitySummary } from '../../server/src/protocol';
import { fixtures, positionOf, TestClient } from './harness';

const roles = path.join(fixtures, 'corpora', 'roles');
const hoverText = (hover: Hover | null) => (hover ? (hover.contents as { value: string }).value : '');
/** What the hover says the entity is: the lines before the quoted passage, without the name. */
const definitionLine = (value: string) => {
  const lines = value.split('\n').filter((l) => l.trim() !== '');
  const quote = lines.findIndex((l) => l.startsWith('>'));
  return (quote < 0 ? lines.slice(0, 2) : lines.slice(0, quote)).join(' ').replace(/^\*\*[^*]+\*\*/, '');
};

describe('entity hovers on short news with titles and roles (roles corpus)', function () {
  let client: TestClient;
  const draftUri = 'untitled:roles-draft.md';
  const draft = '# Note\n\nDelorme et Claire Dumas en parlent. Mary Holt et Bernard Ebbs aussi, selon Vernalis et Rennes.\n';

  before(async () => {
    client = await TestClient.start({ settings: { corpus: { paths: [roles] } } });
    await client.open(draftUri, draft);
  });

  after(async () => {
    await client.stop();
  });

  const hover = async (name: string) => hoverText(await client.request<Hover>('textDocument/hover', { textDocument: { uri: draftUri }, position: positionOf(draft, name, 1) }));

  it('says what a person is in the definition line, from a title before the name', async () => {
    const delorme = await hover('Delorme');
    assert.match(delorme, /\*\*Marc Delorme\*\* · \*personne\*/);
    assert.match(definitionLine(delorme), /Le PDG du groupe/);
    assert.match(definitionLine(await hover('Claire Dumas')), /La pneumologue de l'hôpital de Rennes/);
    assert.match(definitionLine(await hover('Mary Holt')), /personne.*US district judge/);
  });

  it('reads an English apposition after the name', async () => {
    assert.match(definitionLine(await hover('Bernard Ebbs')), /Northlink's former chief executive/);
  });

  it('gives a place its kind and quotes a sentence when the corpus defines nothing', async () => {
    assert.match(await hover('Rennes'), /\*\*Rennes\*\* · \*lieu\*/);
    const vernalis = await hover('Vernalis');
    assert.doesNotMatch(definitionLine(vernalis), /21 décembre/);
    assert.match(vernalis, /> Le 21 décembre, Vernalis a annoncé le rappel de ses produits\./);
  });

  it('lists no amount, time, ordinal, weekday, month or title among the entities', async () => {
    const entities = await client.request<EntitySummary[]>('grounded/entities', null);
    const names = entities.map((e) => e.name);
    for (const noise of ['10h32', '1er', '9.4bn', 'Monday', 'Tuesday', 'March', 'PDG']) assert.ok(!names.includes(noise), `${noise} in ${names.join(', ')}`);
  });
});

describe('entity hovers on the shapes of real news: roles of their own clause, kinds from evidence, names cut right (roles-news corpus)', function () {
  let client: TestClient;
  const draftUri = 'untitled:roles-news-draft.md';
  const draft = '# Note\n\nBruce Hale, Dmitri Orlov, Zenit, Leif Palin et Polvneft. Hélène Varin, Claude Brenner, François de Rugier, Gabriel Weissmann, Le Courrier.\n';

  before(async () => {
    client = await TestClient.start({ settings: { corpus: { paths: [path.join(fixtures, 'corpora', 'roles-news')] } } });
    await client.open(draftUri, draft);
  });

  after(async () => {
    await client.stop();
  });

  const hover = async (name: string) => hoverText(await client.request<Hover>('textDocument/hover', { textDocument: { uri: draftUri }, position: positionOf(draft, name, 1) }));

  it('names the owner of a possessive role and reads roles of the name’s own clause', async () => {
    assert.match(definitionLine(await hover('Bruce Hale')), /chief finance officer of Norvik/);
    assert.match(definitionLine(await hover('Dmitri Orlov')), /an analyst at brokerage Zenit/);
    const palin = definitionLine(await hover('Leif Palin'));
    assert.match(palin, /largest shareholder/);
    assert.doesNotMatch(palin, /boss/);
    assert.match(definitionLine(await hover('Hélène Varin')), /la ministre de la Transition écologique$/);
  });

  it('gives companies, people and newspapers their kinds', async () => {
    assert.match(await hover('Zenit'), /\*\*Zenit\*\* · \*organisation\*/);
    assert.match(await hover('Polvneft'), /\*\*Polvneft\*\* · \*organisation\*/);
    assert.match(await hover('Gabriel Weissmann'), /· \*person(?:ne)?\*/);
    assert.doesNotMatch(await hover('Le Courrier'), /· \*person(?:ne)?\*/);
  });

  it('cuts a person from the source named before it and keeps a surname’s particle', async () => {
    const entities = await client.request<EntitySummary[]>('grounded/entities', null);
    const names = entities.map((e) => e.name);
    assert.ok(!names.some((n) => n.includes('BFMTV Claude')), names.join(', '));
    assert.match(await hover('Claude Brenner'), /\*\*Claude Brenner\*\*.*Le maire/);
    assert.match(await hover('François de Rugier'), /\*\*François de Rugier\*\* · \*personne\*/);
  });
});

describe('entity hovers: whose role a comma closes, names headed by what no person is (clauses corpus)', function () {
  let client: TestClient;
  const draftUri = 'untitled:clauses-draft.md';
  const draft = '# Note\n\nPaul Verlaine, Marc Teyssier, Moira, Police Norland, Maison Verte. Kenzo Vale, Brian Kell, Delta Morrow, Steve Brannock, Tarrow Center.\n';

  before(async () => {
    client = await TestClient.start({ settings: { corpus: { paths: [path.join(fixtures, 'corpora', 'clauses')] } } });
    await client.open(draftUri, draft);
  });

  after(async () => {
    await client.stop();
  });

  const hover = async (name: string) => hoverText(await client.request<Hover>('textDocument/hover', { textDocument: { uri: draftUri }, position: positionOf(draft, name, 1) }));

  it('takes no role ending an adverbial before the name, and no sentence-opening participle for an owner', async () => {
    const verlaine = await hover('Paul Verlaine');
    assert.match(verlaine, /\*\*Paul Verlaine\*\* · \*personne\*/);
    assert.doesNotMatch(definitionLine(verlaine), /quotidien/);
    assert.doesNotMatch(definitionLine(await hover('Marc Teyssier')), /épouse|Arrêté/);
    assert.match(definitionLine(await hover('Moira')), /épouse irlandaise$/);
  });

  it('gives no person’s kind to a police force, a house or a venue; cuts a leading role and two joined names', async () => {
    assert.doesNotMatch(await hover('Police Norland'), /· \*person(?:ne)?\*/);
    assert.doesNotMatch(await hover('Maison Verte'), /· \*person(?:ne)?\*/);
    assert.doesNotMatch(await hover('Tarrow Center'), /· \*person(?:ne)?\*/);
    const names = (await client.request<EntitySummary[]>('grounded/entities', null)).map((e) => e.name);
    for (const name of ['Kenzo Vale', 'Brian Kell', 'Delta Morrow']) assert.ok(names.includes(name), names.join(', '));
    assert.match(definitionLine(await hover('Steve Brannock')), /Talent Show winner/);
  });
});
