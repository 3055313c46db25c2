import { objectName, subjectName, withoutGermanDescriber } from './names.js';

// Deals told with a noun in Spanish, French, Italian, Portuguese, German and Dutch: "Zegona ha completado la compra
// de Vodafone España", "BASF a bouclé le rachat de Cognis", "OSG ha completato l'acquisizione di Stelmar Shipping",
// "Oracle schließt die Übernahme von Peoplesoft ab", "Übernahme Nokias durch Microsoft", "le rachat de Cognis par
// BASF". Only these shapes, where buyer and bought each have one place; anything else is left alone.

export interface ForeignDeal {
  acquirer: string;
  target: string;
}

const NOUN = String.raw`(?:compra|adquisici[óo]n|rachat|acquisition|acquisizione|acquisto|aquisi[çc][ãa]o|[ÜüU]bernahme|overname|fusi[óo]n|fusione|OPA)`;
const OF = String.raw`(?:de\s+la|de\s+l['’]|del|de|di|della|dello|dell['’]|degli|du|des|d['’]|da|do|dos|das|von|der|des|van)`;
// What a buyer does to the deal: completes, closes, announces it.
const DONE = String.raw`(?:ha\s+completado|complet[aó]|ha\s+cerrado|cierra|cerr[óo]|conclu(?:ye|y[óo]|iu|i|de)|ha\s+concluido|ha\s+concluso|finaliz(?:a|[óo]|ou)|culmin(?:a|[óo])|anunci(?:a|[óo]|ou)|a\s+(?:finalis[ée]|boucl[ée]|conclu|achev[ée]|annonc[ée]|r[ée]alis[ée])|(?:a\s+annonc[ée]|annonce)\s+(?:\p{Ll}+\s+){0,2}avoir\s+(?:finalis[ée]|boucl[ée]|conclu|achev[ée]|r[ée]alis[ée])|finalise|boucle|conclut|ach[èe]ve|annonce|r[ée]alise|ha\s+completato|completa|ha\s+finalizzato|finalizza|ha\s+perfezionato|perfeziona|annuncia|concluiu|completou|fechou|fecha|hat|schließt|schliesst|vollzieht|vollendet|heeft|rondt|voltooit|voltooide)`;
const ARTICLE = String.raw`(?:(?:la|el|le|l['’]|il|lo|o|a|die|de|het|sa|son|sua|seu|su|seine|ihre|zijn|haar)\s*)?`;
// ("la lusa Omtel", "del gruppo svizzero Eversys", "de son compatriote Cognis": lower-case words describe the name.)
const DESCRIBED = String.raw`(?:(?:la|el|le|l['’]|il|lo|o|a|die|das|het|the)\s*)?(?:[\p{Ll}-]+\s+){0,3}`;

const SUBJECT_DONE = new RegExp(String.raw`^(.{2,80}?)\s+${DONE}\s+(?:(?:avec succès|con éxito|con successo|com sucesso|erfolgreich|officiellement|oficialmente|officialmente)\s+)?${ARTICLE}(?:opération\s+de\s+|operación\s+de\s+|operazione\s+di\s+)?${NOUN}\s+${OF}\s*${DESCRIBED}(?=[\p{Lu}\d])`, 'u');
// "la adquisición de X por (parte de) Y", "le rachat de X par Y", "l'acquisizione di X da parte di Y", "Übernahme von X durch Y".
const NOUN_BY = new RegExp(String.raw`${NOUN}\s+${OF}\s*${DESCRIBED}([\p{Lu}\d][^,;:.]{1,60}?)\s+(?:por\s+parte\s+de|por|par|da\s+parte\s+di|durch|door|pela|pelo)\s+${DESCRIBED}(?=[\p{Lu}\d])`, 'u');
// "Übernahme Nokias durch Microsoft": a German genitive in place of "von".
const GENITIVE_BY = /[ÜüU]bernahme\s+(\p{Lu}[\p{L}\d-]*?)s\s+durch\s+(?=\p{Lu})/u;
// "Oracle schließt Peoplesoft-Übernahme ab": the bought company joined to the noun.
const JOINED = /^(.{2,60}?)\s+(?:schließt|schliesst|vollzieht|hat)\s+(?:die\s+)?(\p{Lu}[\p{L}\d&.]*(?:\s\p{Lu}[\p{L}\d&.]*)?)-Übernahme\b/u;

/** Cheap test, once per item: a deal noun these readers need. */
const FOREIGN_DEAL_NOUNS = /compra|adquisici|rachat|acquisizione|acquisto|aquisi|bernahme|overname|fusi[óo]n|fusione|\bOPA\b/;
export const hasForeignDealNouns = (s: string): boolean => FOREIGN_DEAL_NOUNS.test(s);

function pair(acquirer: string | null, target: string | null): ForeignDeal | null {
  return acquirer && target && acquirer.toLowerCase() !== target.toLowerCase() ? { acquirer, target } : null;
}

// Talks, plans and bids are not deals; shares bought are not a company bought.
const NOT_DONE = /\b(?:negocia\w*|conversaciones|estudia|analiza|pourparlers|n[ée]gociations?|envisage|trattative|negozia\w*|valuta|Gespr[äa]che?|verhandel\w*|pr[üu]ft|onderhandel\w*|overweegt|prevé|prevista|propuesta|proposta|projet|possible|posible|possibile|möglich\w*|mögliche|eventual\w*|fracas\w*|abgelehnt|rechazad\w*|rejet\w*|annul\w*|cancel\w*)\b/iu;
const SHARES = /\b(?:acciones|actions|azioni|a[çc][õo]es|Aktien|aandelen|participaci[óo]n|participation|partecipazione|participa[çc][ãa]o|Anteile?|Beteiligung|belang|minoritaria|minoritaire|minoritaria)\b/iu;
const SETTLED = /\b(?:complet\w*|cerrad[ao]|cierra|concluid[ao]|conclu\w*|finaliz\w*|finalis\w*|boucl\w*|abgeschlossen|abschließen|vollzogen|afgerond|voltooid|aprobad[ao]|approuv\w*|approvat[ao]|genehmigt|autoriz\w*|fechad[ao])/iu;
// ("Oracle hat die Übernahme von Peoplesoft abgeschlossen": with "hat" or "heeft" the participle says it is done.)
const PARTICIPLE_DONE = /\b(?:abgeschlossen|vollzogen|afgerond|voltooid)\b/;

export function foreignDeal(s: string): ForeignDeal | null {
  if (NOT_DONE.test(s)) return null;
  const done = SUBJECT_DONE.exec(s);
  if (done && !SHARES.test(done[0].slice(done[1]!.length)) && (!/\s(?:hat|heeft)\s/.test(done[0].slice(done[1]!.length, done[1]!.length + 7)) || PARTICIPLE_DONE.test(s))) {
    const found = pair(subjectName(withoutGermanDescriber(done[1]!)), objectName(s.slice(done.index + done[0].length)));
    if (found) return found;
  }
  const joined = JOINED.exec(s);
  if (joined && (!/\shat\s/.test(joined[0]) || PARTICIPLE_DONE.test(s))) {
    const found = pair(subjectName(joined[1]!), joined[2]!);
    if (found) return found;
  }
  // (A deal named as a noun is news only where the sentence says it is done: "La compra de Twitter por Musk genera dudas" is not.)
  if (!SETTLED.test(s)) return null;
  const by = NOUN_BY.exec(s);
  if (by && !SHARES.test(by[0])) {
    const found = pair(objectName(s.slice(by.index + by[0].length)), objectName(by[1]!));
    if (found) return found;
  }
  const gen = GENITIVE_BY.exec(s);
  if (gen) {
    const found = pair(objectName(s.slice(gen.index + gen[0].length)), gen[1]!);
    if (found) return found;
  }
  return null;
}
