import { looksLikePerson, objectName, subjectName, withoutGermanDescriber } from './names.js';
import { findPerson, trailingPerson } from './people.js';

// Appointments headlined in German, French, Spanish and Portuguese: "Salesforce hat Gavin Patterson zum
// President ernannt", "Amy Hood wird CFO von Microsoft", "Renault nomme Thierry Bolloré directeur général",
// "Iberdrola nombra a Ana Ruiz consejera delegada", "Natura nomeia João Silva como CEO". Only the shapes
// where the company, the person and the office each have one place; anything else is left alone.

export interface ForeignMove {
  person: string;
  title: string;
  company: string;
}

// An office in these languages (or the English one many of them borrow).
const OFFICE =
  /\b(?:C[A-Z]{1,3}O|amministratore delegato|direttore generale|administrateur délégué|presidente-executivo|diretor-presidente|toimitusjohtaja\w*|VD|vd|verkställande direktör|administrerende direktør|adm\. direktør|bestuursvoorzitter|topman|financieel directeur|directeur financier|President|Präsident\w*|Vorsitzende\w*|Vorstand\w*|Finanzvorstand|Geschäftsführer\w*|\p{L}*[Cc]hef(?:in)?|Leiter\w*|Direktor\w*|Managing Director|Director\w*|Head|Chief \w+ Officer|directeur\w*|directrice\w*|président\w*|directeur général|director\w*|directora\w*|presidente\w*|presidenta|consejer[oa] delegad[oa]|gerente\w*|diretor\w*|diretora\w*|CEO|CFO)\b/u;

const ARTICLE = /^(?:den|die|der|dem|zum|zur|le|la|l['’]|au poste de|comme|en tant que|como|quale|come|als|som|tot|till|a|o|al|del|nuevo|nueva|novo|nova|nuovo|nuova|neuen|neue|neuer|nouveau|nouvelle|nieuwe|ny|nye|uusi|para el cargo de|para o cargo de|al cargo de|alla carica di)\s+/i;

// "X ernennt Y zum Z", "X hat Y zum Z ernannt", "X nomme Y (au poste de) Z", "X nombra a Y (como) Z", "X nomeia Y (como) Z".
const COMPANY_NAMES = /^(.{2,60}?)\s+(?:ernennt|beruft|hat|nomme|a nommé|désigne|a désigné|nombra|nombró|ha nombrado|designa|designó|ha designado|nomeia|nomeou|nomina|ha nominato|ha cooptato|benoemt|heeft benoemd|utser|har utsett|utnämner|har utnämnt|udnævner|har udnævnt|ansætter|on nimittänyt|nimittää)\s+(?:a\s+)?(?=\p{Lu})/u;
// "El consejo de Cementos Molins ha nombrado …", "Le conseil d'administration de Renault a nommé …": the board acts for its company.
const BOARD_OF = /^(?:El|La|Le|Il|O|A|Der|Die|Het|De)\s+(?:consejo|conseil|consiglio|conselho|Aufsichtsrat|Vorstand|raad|junta)(?:\s+(?:de|d['’]|di|von|van)\s+(?:administración|administration|amministrazione|administração|bestuur|commissarissen|directiva))?\s+(?:de(?:\s+la)?|del|d['’]|di|della|da|do|von|der|van)\s+/u;
// "Nombran a Hiroto Saikawa como director general de Nissan": no subject, the company after the office.
const UNNAMED_NAMES = /^(?:Nombran|Designan|Nomeiam|Nomment|Nominano)\s+(?:a\s+)?(?=\p{Lu})/u;
// "Y wird (neuer) Z von/bei X", "Y est nommé(e) Z de/chez X", "Y, nuevo Z de X".
const PERSON_BECOMES = /\s+(?:wird|soll|est nommée?|a été nommée?|será|é nomeado|é nomeada|es nombrad[oa])\s+(?:neuer\s+|neue\s+|nouveau\s+|nouvelle\s+|nuevo\s+|nueva\s+|novo\s+|nova\s+)?(.{2,60}?)\s+(?:von|bei|der|des|de la|de l['’]|du|de|chez|da|do)\s+(?=\p{Lu})/u;

function office(raw: string): string | null {
  // ("interimistisch zum Corporate President ernannt": how long is not the office.)
  const title = raw.replace(/^(?:interimistisch|kommissarisch|vorübergehend|interimsweise|interinamente|ad interim)\s+/i, '').replace(ARTICLE, '').replace(ARTICLE, '').replace(/\s+(?:ernannt|berufen|bestellt)$/i, '').replace(/[,.;:]+$/, '').trim();
  return title.length >= 2 && title.length <= 70 && OFFICE.test(title) ? title : null;
}

/** "consejero delegado de Iberdrola": the office, and the company it is of, when a name follows the preposition. */
function officeOf(raw0: string): { title: string | null; company: string | null } {
  // ("consejero delegado en sustitución de Julio Rodríguez": the one replaced follows, not the company.)
  const raw = raw0.replace(/\s+(?:en sustitución|en reemplazo|en remplacement|in sostituzione|em substituição|als Nachfolger|ter vervanging|in place)\b.*$/i, '');
  const of = /\s+(?:de|del|di|della|du|von|bei|van|da|do|i|för|hos)\s+(?=\p{Lu})/u.exec(raw);
  const named = of ? objectName(raw.slice(of.index + of[0].length)) : null;
  const company = named && !looksLikePerson(named) ? named : null;
  return company ? { title: office(raw.slice(0, of!.index)), company } : { title: office(raw), company: null };
}

export function foreignMoves(s0: string): ForeignMove[] {
  const out: ForeignMove[] = [];
  const board = BOARD_OF.exec(s0);
  const s = board ? s0.slice(board[0].length) : s0;
  const unnamed = UNNAMED_NAMES.exec(s);
  if (unnamed) {
    const p = findPerson(s.slice(unnamed[0].length), 0);
    const held = p && p.run.start === 0 ? officeOf(p.tokens.slice(p.run.end).join(' ').split(/[.;,]/)[0]!) : null;
    if (p && held?.title && held.company) out.push({ person: p.run.name, title: held.title, company: held.company });
    return out;
  }
  const names = COMPANY_NAMES.exec(s);
  if (names) {
    // ("Acers Verwaltungsrat hat …": the board of the company its genitive names.)
    const company = subjectName(withoutGermanDescriber(names[1]!.replace(/^(\p{Lu}[\p{L}\d&.-]*?)s\s+(?:Verwaltungsrat|Aufsichtsrat|Vorstand)$/u, '$1')));
    // ("hat Firmengründer Stan Shih …": a describing noun before the person.)
    const rest = s.slice(names[0].length).replace(/^\p{Lu}\p{Ll}+(?:gründer|chef|chefin|manager|managerin|experte|expertin|veteran|vorstand)\s+(?=\p{Lu})/u, '');
    const p = company ? findPerson(rest, 0) : null;
    if (p && p.run.start === 0) {
      const after = p.tokens.slice(p.run.end).join(' ');
      // (German puts the participle last: "… zum President und Chief Revenue Officer ernannt".)
      const raw = /^(?:zu(?:m|r)|au poste de|comme|en tant que|como)\s/i.test(after) || /^hat$/i.test(names[0].trim().split(/\s+/).pop()!) ? after.split(/\s+ernannt\b|[.;]|,\s/)[0]! : after.split(/[.;,]/)[0]!;
      // ("Galán nombra a Armando Martínez nuevo consejero delegado de Iberdrola": the company the office is of.)
      const held = officeOf(raw);
      if (company && held.title) out.push({ person: p.run.name, title: held.title, company: held.company ?? company });
    }
  }
  const becomes = out.length === 0 ? PERSON_BECOMES.exec(s) : null;
  if (becomes) {
    const who = trailingPerson(s.slice(0, becomes.index));
    const title = office(becomes[1]!);
    const company = objectName(s.slice(becomes.index + becomes[0].length));
    if (who && title && company) out.push({ person: who.name, title, company });
  }
  return out;
}

/** Cheap test, once per item: a verb these readers need. */
// (Case-sensitive, as the other gates: a case-insensitive pattern here slowed every item.)
// (Never an English word: "designated", "design", "nominated" are not these.)
const FOREIGN_WORDS = /[ ](?:wird|soll|nomm|nombr|nomei|nomina(?:to|ta|no)?\b|será|designa\b|designó|benoem|utser|utn[äa]m|udn[æa]vn|ans[æa]tter|nimit|beruft|désign|coopt)|ernenn|ernannt|^(?:[Nn]ombran|[Dd]esignan|[Nn]omeiam|[Nn]omment|[Nn]ominano)\b/;
export const hasForeignMoveWords = (s: string): boolean => FOREIGN_WORDS.test(s);
