/**
 * Person names in a labelled context only — no dictionary of names, no guessing from
 * capitalisation alone. Contexts (English, German, French, Spanish, Portuguese):
 * - a label before the name: "Assigned to:", "Owner:", "Name:", "Customer:", "Chat with",
 *   "Message from", "Zugewiesen an:", "Kontoinhaber:", "Propriétaire :", "Asignado a:",
 *   "Responsável:" …;
 * - a key before the value: `assignee=`, `owner=`, `customer_name="`, `user.name=` …;
 * - a phrase after the name: "… joined the workspace", "… is typing", "… assigned you",
 *   "…'s profile", "… (Assignee)", "… (Owner)", `"Name" <e-mail>`, "Name: message" in chat;
 * - a people path in a URL: `/team/jane-doe/`, `/people/jane-doe`.
 * A name is 2–4 capitalised words (with particles such as "van den", initials, hyphens and
 * apostrophes), an all-capitals name, "Last, First", or 1–4 words of a caseless script (Han,
 * Hangul, Kana, Arabic, Hebrew, Devanagari, Thai). Words that are common UI vocabulary
 * ("Payment Method", "Open Tickets") are not names.
 */
import { CH_AT, CH_BULLET, CH_CHAT, type Keyword, type Scan } from '../scan';
import { PRIORITY, type Span } from '../types';
import { isJsSpace, isLetterOrMarkCode, isLetterOrNumberCode, stickyEnd } from './util';

const LOW = String.raw`[\p{Ll}\p{M}]`;
/** Title-case word: Jane, O'Brien, McAllister, Jean-Luc, Hyun-woo, Ngũgĩ */
const TITLE = String.raw`\p{Lu}(?:['’]\p{Lu})?${LOW}+(?:\p{Lu}${LOW}+)?(?:-\p{L}${LOW}*|['’]\p{Lu}${LOW}+)*`;
/** ALL-CAPS word: GIUSEPPE, JI-WOO, ΝΊΚΟΣ */
const CAPS = String.raw`\p{Lu}[\p{Lu}\p{M}]+(?:[-'’]\p{Lu}[\p{Lu}\p{M}]*)*`;
const LOWER = String.raw`\p{Ll}${LOW}+(?:-\p{Ll}${LOW}+)*`;
const INITIAL = String.raw`\p{Lu}\.`;
const PARTICLE = String.raw`(?:de|da|do|dos|das|del|della|di|du|van|von|der|den|ter|te|la|le|bin|ibn|al|el|y|e|zu|af|av)`;
const CASELESS = String.raw`[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Devanagari}\p{Script=Thai}\p{M}ー・]`;

/** words of a name are separated by one space (not a tab or line break: those end a field) */
const SP = '[ \u00a0]';
const CASED_NAME = String.raw`${TITLE}(?:${SP}(?:${PARTICLE}${SP}){0,2}(?:${TITLE}|${INITIAL})){1,3}`;
const CAPS_NAME = String.raw`${CAPS}(?:${SP}(?:${CAPS}|${INITIAL})){1,3}`;
const COMMA_NAME = String.raw`(?:${TITLE}|${CAPS}),${SP}(?:${TITLE}|${CAPS})`;
const CASELESS_NAME = String.raw`${CASELESS}{1,8}(?:${SP}${CASELESS}{1,8}){0,2}`;
const LOWER_NAME = String.raw`${LOWER}(?:${SP}(?:${PARTICLE}${SP}){0,2}${LOWER}){1,2}`;

const NAME_FORMS: readonly { re: RegExp; lower: boolean }[] = [
  { re: new RegExp(COMMA_NAME, 'yu'), lower: false },
  { re: new RegExp(CASED_NAME, 'yu'), lower: false },
  { re: new RegExp(CAPS_NAME, 'yu'), lower: false },
  { re: new RegExp(CASELESS_NAME, 'yu'), lower: false },
  { re: new RegExp(LOWER_NAME, 'yu'), lower: true },
];
/** Words that are UI vocabulary, not names (compared lower-case). */
const STOP = new Set(
  `a about access account accounts active activity add added address admin administrator all alert alerts an and api app apply approve approved archive archived are as assign assigned assignee at attach audit auth author available back balance  batch beta billing birth block blocked board book booking bot  browse build bulk by calendar call cancel card cardholder  cc change changes channel chat check checkout chrome city clear click client close closed code comment comments commit company complete completed compose config configuration confirm connect connection contact contacts continue copied copy cost country create created credit current customer customers dashboard data date day default delete deliver delivery deploy description design details device direct directions discard dismiss do document documents done download draft drive due edit email employee end  enter error event events example expand export failed feature file files filter find first flag follow for form format free from full general get github gitlab gmail go google grafana group guest help hide history home hr id in inbox incoming info invite invoice is issue issues it item items jira key keys label language last later learn lead level line link linear list load loading log login logout main manage manager map maps me meeting member members menu merge message messages method microsoft missed mobile mode modified more my name names new next no none not note notes notification notifications now number of off office ok on open option options or order orders organization other out outlook overdue overview owner  paid panel password pay payment payments pending people phone place plan please pls policy  preferences preview primary print priority private product profile progress project projects property public push quantity queue quick read ready recent recipient record reference refresh reject release reload remember remind remove reply report reports request requests required reset resolve resolved resource retry return revert review reviewer revoke role roles row rules run safari sales save saved schedule search secret secrets security select send sent server service session settings setup share shared shipping show sign signed site size skip slack social sort source start status step stop storage stripe submit subscription summary support sync system tab table task tasks team teams template terms test text the this ticket tickets time title to today token tools total track tracking transaction transfer trash type undo unread update updated upgrade upload url use user users verify verified version view viewer visa voicemail wallet warning web welcome with work workspace yes you your zendesk
  aws azure docs sheets drive calendar mastercard amex discover iban ssn dob ip tel fax sms otp pdf csv json url http https www com
  neue neu nachricht nachrichten konto kunde kunden einstellungen übersicht bearbeiten speichern löschen abbrechen suche hilfe rechnung bestellung zahlung
  nouveau nouvelle message compte client paramètres aperçu modifier enregistrer supprimer annuler recherche aide facture commande paiement
  nuevo nueva mensaje cuenta cliente configuración resumen editar guardar eliminar cancelar buscar ayuda factura pedido pago
  novo nova mensagem conta cliente configurações resumo editar salvar excluir cancelar pesquisar ajuda fatura pedido pagamento
   road avenue  drive way terrace suite apt flat
  marketing engineering finance legal operations growth platform infrastructure research analytics devops qa sales hr it
  rule rules automation workflow integration script job jobs scheduler webhook cron robot
  department division unit office branch region company inc ltd llc gmbh corp corporation group holdings
  issued due sent modified created updated expires expired valid until since
  january february march july september october november december feb mar apr jul sep sept oct nov dec
  monday tuesday wednesday thursday friday saturday sunday`
    .split(/\s+/)
    .filter(Boolean),
);
/** Lower-case function words: a lower-case "name" made of these is ordinary text. */
const FUNCTION_WORDS = new Set(
  `a an the and or but if then so to of in on at by for with from into onto about as is are was were be been it its this that these those there here me my you your he him his she her we us our they them their not no yes ok okay pls please thanks thank all any some more most less very just also too now later soon today tomorrow yesterday again still only even`.split(' '),
);

function isStopTokenUncached(tok: string): boolean {
  const t = tok.toLowerCase().replace(/[.,'’]+$/u, '');
  if (STOP.has(t) || FUNCTION_WORDS.has(t)) return true;
  // plurals of UI words ("Tasks", "Rows", "Addresses")
  return t.length > 3 && t.endsWith('s') && (STOP.has(t.slice(0, -1)) || (t.endsWith('es') && STOP.has(t.slice(0, -2))));
}

/** Tokens seen recently and whether they are UI words (page text repeats its vocabulary). */
const stopCache = new Map<string, boolean>();

function isStopToken(tok: string): boolean {
  let r = stopCache.get(tok);
  if (r === undefined) {
    r = isStopTokenUncached(tok);
    if (stopCache.size >= 8192) stopCache.clear();
    stopCache.set(tok, r);
  }
  return r;
}

const PARTICLES: ReadonlySet<string> = new Set(PARTICLE.slice(3, -1).split('|'));
const INITIAL_RE = new RegExp(`^${INITIAL}$`, 'u');
const CASELESS_RE = new RegExp(`^${CASELESS}+$`, 'u');
const NOT_LETTER = /[^\p{L}]/gu;

/** `^\p{Lu}\.$` */
function isInitial(t: string): boolean {
  const n = t.length;
  if (n === 2) {
    if (t.charCodeAt(1) !== 46) return false;
    const c = t.charCodeAt(0);
    if (c < 128) return c >= 65 && c <= 90;
  } else if (n !== 3 || t.charCodeAt(2) !== 46) return false;
  return INITIAL_RE.test(t);
}

/** `^CASELESS+$` (no ASCII character belongs to a caseless script) */
function isCaselessWord(t: string): boolean {
  return t.charCodeAt(0) >= 128 && CASELESS_RE.test(t);
}

/** Number of UTF-16 code units of letters in `t` (`t.replace(/[^\p{L}]/gu, '').length`). */
function letterUnits(t: string): number {
  let n = 0;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c >= 128) {
      NOT_LETTER.lastIndex = 0;
      return t.replace(NOT_LETTER, '').length;
    }
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) n++;
  }
  return n;
}

/** Scratch of `acceptName` (synchronous, not re-entered): where its tokens start and end. */
const TOK_START: number[] = [];
const TOK_END: number[] = [];

/**
 * Validates and trims the candidate text[from, to): drops UI words at the `trim` end(s),
 * requires two name words (one for caseless scripts). Returns the kept [start, end), or null.
 */
function acceptName(text: string, from: number, to: number, trim: 'end' | 'start', lower: boolean): [number, number] | null {
  // word tokens of text[from, to): runs of characters other than whitespace and ','
  const toks: string[] = [];
  let count = 0;
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    if (c === 44 || isJsSpace(c)) { i++; continue; }
    let j = i + 1;
    while (j < to) {
      const d = text.charCodeAt(j);
      if (d === 44 || isJsSpace(d)) break;
      j++;
    }
    toks.push(text.slice(i, j));
    TOK_START[count] = i;
    TOK_END[count] = j;
    count++;
    i = j;
  }
  let a = 0;
  let b = count;
  if (trim === 'end') {
    for (let k = 0; k < b; k++) if (isStopToken(toks[k] as string)) { b = k; break; }
  } else {
    for (let k = b - 1; k >= 0; k--) if (isStopToken(toks[k] as string)) { a = k + 1; break; }
  }
  // no dangling particles or initials at either end
  while (b > a && (PARTICLES.has(toks[b - 1] as string) || isInitial(toks[b - 1] as string))) b--;
  while (b > a && PARTICLES.has(toks[a] as string)) a++;
  if (b === a) return null;
  let words = 0;
  let caseless = true;
  let chars = 0;
  let short = false;
  let functionWord = false;
  for (let k = a; k < b; k++) {
    const t = toks[k] as string;
    if (PARTICLES.has(t) || isInitial(t)) continue;
    words++;
    chars += t.length;
    if (caseless && !isCaselessWord(t)) caseless = false;
    if (!short && letterUnits(t) < 2) short = true;
    if (lower && !functionWord && FUNCTION_WORDS.has(t.toLowerCase())) functionWord = true;
  }
  if (caseless) {
    if (chars < 2) return null;
  } else if (words < 2 || short || functionWord) return null;
  return [TOK_START[a] as number, TOK_END[b - 1] as number];
}

const CASELESS_START = new RegExp(`^${CASELESS}`, 'u');
const UPPER_START = /^\p{Lu}/u;
const LOWER_START = /^\p{Ll}/u;

const FORMS_UPPER = [0, 1, 2];
const FORMS_COMMA = [0];
const FORMS_SPACED = [1, 2];
const FORMS_CASELESS = [3];
const FORMS_LOWER = [4];

function nameAt(text: string, at: number, allowLower: boolean, trim: 'end' | 'start' = 'end', limit = Infinity): [number, number] | null {
  // the first character selects the name forms worth trying
  const c = text.charCodeAt(at);
  let forms: number[];
  if (c < 128) {
    if (c >= 65 && c <= 90) forms = FORMS_UPPER;
    else if (allowLower && c >= 97 && c <= 122) forms = FORMS_LOWER;
    else return null;
  } else {
    const ch = text.charAt(at);
    if (CASELESS_START.test(ch)) forms = FORMS_CASELESS;
    else if (UPPER_START.test(ch)) forms = FORMS_UPPER;
    else if (allowLower && LOWER_START.test(ch)) forms = FORMS_LOWER;
    else return null;
  }
  if (forms !== FORMS_CASELESS) {
    // the cased forms have two words or more: the first (letters, marks, apostrophes and
    // hyphens) is followed by a space, or by a comma ("Doe, Jane")
    let j = at + 1;
    const n = text.length;
    while (j < n) {
      const d = text.charCodeAt(j);
      if (d === 39 || d === 45 || d === 0x2019 || isLetterOrMarkCode(d)) j++;
      else break;
    }
    const d = j < n ? text.charCodeAt(j) : 0;
    if (!(d === 32 || d === 0xa0 || (d === 44 && forms === FORMS_UPPER))) return null;
    // the first word of every cased form ends exactly there: only "Doe, Jane" can match
    // before a comma, and it cannot before a space
    if (forms === FORMS_UPPER) forms = d === 44 ? FORMS_COMMA : FORMS_SPACED;
  }
  let best: [number, number] | null = null;
  for (const i of forms) {
    const f = NAME_FORMS[i] as { re: RegExp; lower: boolean };
    const end = stickyEnd(f.re, text, at);
    if (end < 0) continue;
    const cand = acceptName(text, at, end > limit ? limit : end, trim, f.lower);
    if (!cand) continue;
    if (!best || cand[1] - cand[0] > best[1] - best[0]) best = cand;
  }
  return best;
}

/**
 * A name ending exactly at `pos`: walk back over name characters, then try the name forms
 * forward from each word start, leftmost (longest) first.
 */
function nameBefore(text: string, pos: number, allowLower: boolean): [number, number] | null {
  if (pos <= 0) return null;
  const pc = text.charCodeAt(pos - 1);
  if (pc !== 46 && !isLetterOrMarkCode(pc)) return null;
  let s = pos;
  while (s > 0 && pos - s < 60 && isNameChar(text, s - 1)) s--;
  // at most the last six words can start the name
  let words = 0;
  for (let k = pos - 1; k > s; k--) {
    if (text.charCodeAt(k - 1) === 32 && text.charCodeAt(k) !== 32 && ++words >= 6) { s = k; break; }
  }
  for (let st = s; st < pos; st++) {
    const c = text.charCodeAt(st);
    if (c === 32 || c === 44) continue;
    if (st > s && text.charCodeAt(st - 1) !== 32) continue;
    const r = nameAt(text, st, allowLower, 'start', pos);
    if (r && r[1] === pos) return r;
  }
  return null;
}

const PREFIX_LC = ['ask', 'loop in', 'cc', 'ping', 'mention', 'with', 'tell', 'dm', 'reply to', 'talk to'];
const PREFIX = [
  // English
  'assigned to', 'assignee', 'assign to', 'reassign to', 'reassigned to', 'owner', 'owned by', 'full name', 'display name',
  'legal name', 'name', 'customer', 'client', 'recipient', 'created by', 'modified by', 'updated by', 'edited by',
  'approved by', 'rejected by', 'requested by', 'reported by', 'submitted by', 'uploaded by', 'reviewed by', 'signed by',
  'reviewer', 'author', 'sender', 'contact', 'edit contact', 'employee', 'patient', 'applicant', 'cardholder name',
  'cardholder', 'name on card', 'account holder', 'account name', 'beneficiary', 'payee', 'holder', 'profile',
  'view profile of', 'chat with', 'message from', 'new message from', 'missed call from', 'voicemail from', 'call from',
  'email from', 'invite from', 'request from', 'reply from', 'text from', 'message', 'conversation with', 'meeting with',
  'call with', 'call', 'send to', 'shared with', 'share with', 'follow', 'approve', 'remove', 'invite', 'search people',
  'member', 'manager', 'supervisor', 'signed in as', 'logged in as', 'welcome back', 'hi', 'hello', 'dear', 'attendee',
  'organizer', 'host', 'guest', 'driver', 'agent', 'technician', 'doctor', 'employee name', 'customer name', 'patient name', 'contact name',
  // German
  'zugewiesen an', 'zugewiesen', 'zuständig', 'verantwortlich', 'inhaber', 'inhaberin', 'kontoinhaber', 'kontoinhaberin',
  'karteninhaber', 'karteninhaberin', 'vollständiger name', 'kunde', 'kundin', 'empfänger', 'empfängerin', 'absender',
  'erstellt von', 'geändert von', 'genehmigt von', 'ansprechpartner', 'ansprechpartnerin', 'mitarbeiter', 'mitarbeiterin',
  'patientin', 'bearbeiter', 'bearbeiterin', 'besitzer', 'eigentümer', 'nachricht von', 'chat mit', 'hallo',
  'liebe', 'lieber', 'sehr geehrte', 'sehr geehrter',
  // French
  'assigné à', 'assignée à', 'attribué à', 'attribuée à', 'propriétaire', 'responsable', 'nom complet', 'nom du titulaire',
  'nom', 'titulaire de la carte', 'titulaire du compte', 'titulaire', 'cliente', 'destinataire', 'expéditeur', 'créé par',
  'modifié par', 'approuvé par', 'employé', 'employée', 'patiente', 'message de', 'discussion avec', 'conversation avec',
  'appeler', 'bonjour', 'cher', 'chère',
  // Spanish
  'asignado a', 'asignada a', 'propietario', 'propietaria', 'nombre completo', 'nombre', 'titular de la tarjeta',
  'destinatario', 'destinataria', 'remitente', 'creado por', 'modificado por', 'aprobado por', 'contacto', 'empleado',
  'empleada', 'paciente', 'mensaje de', 'chat con', 'conversación con', 'llamar a', 'hola',
  'estimado', 'estimada',
  // Portuguese
  'atribuído a', 'atribuída a', 'responsável', 'proprietário', 'proprietária', 'dono', 'dona', 'nome completo', 'nome',
  'titular do cartão', 'destinatário', 'destinatária', 'criado por', 'modificado por', 'aprovado por', 'contato',
  'funcionário', 'funcionária', 'mensagem de', 'conversa com', 'ligar para', 'olá', 'prezado', 'prezada',
];
/** Honorifics: a single surname after them is a name ("Mr. Smith", "Frau Müller"). */
const HONORIFICS = [
  'mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'mx.', 'dr', 'dr.', 'prof.', 'herr', 'frau', 'm.', 'mme', 'mme.', 'monsieur',
  'madame', 'sr.', 'sra.', 'señor', 'señora', 'senhor', 'senhora',
];
/** Labels that need punctuation before the name ("Inbox – Jane Doe"). */
const PREFIX_PUNCT = ['inbox', 'posteingang', 'boîte de réception', 'bandeja de entrada', 'caixa de entrada'];
const KEYS = [
  'customer name', 'customername', 'user.name', 'user name', 'username', 'full name', 'fullname', 'display name',
  'contact name', 'first name', 'name', 'assignee', 'assigned to', 'owner', 'approved by', 'created by', 'updated by',
  'requested by', 'contact', 'recipient', 'author', 'reviewer', 'requester', 'holder', 'cardholder', 'patient', 'applicant',
  'employee', 'sender', 'person', 'q', 'query', 'search', 'term',
];
const SUFFIX_LC = ['is typing', 'joined', 'has joined', 'said', 'mentioned you'];
const SUFFIX = [
  'left the', 'assigned you', 'assigned this', 'assigned the', 'replied', 'commented', 'reacted', 'invited you', 'wrote',
  'shared a', 'shared the', 'sent you', 'requested', 'approved', 'declined', 'accepted', 'is calling', 'calling',
  'ist beigetreten', 'a rejoint', 'se unió', 'entrou',
];
const POSSESSIVE = [
  'profile', 'request', 'account', 'card', 'order', 'task', 'ticket', 'message', 'comment', 'calendar', 'team', 'details',
  'review', 'birthday', 'address', 'phone', 'email', 'photo', 'avatar', 'page', 'settings', 'document', 'file', 'invoice',
  'booking', 'status', 'contact',
].map((w) => `s ${w}`);
const ROLES = [
  'assignee', 'owner', 'you', 'reviewer', 'author', 'reporter', 'approver', 'requester', 'organizer', 'host', 'guest',
  'manager', 'member', 'contact', 'customer', 'patient', 'applicant', 'employee', 'cardholder', 'account holder',
  'primary contact', 'me', 'verantwortlich', 'propriétaire', 'responsable', 'responsável', 'inhaber',
];
const ROLES_LC = new Set(['assignee', 'owner']);
const INTO_FIELDS = ['full name', 'name', 'first name', 'last name', 'cardholder name', 'name on card', 'recipient', 'contact name'];
const DASH_SUFFIX = ['profile', 'profil', 'perfil'];
const PATHS = [
  'team', 'people', 'users', 'user', 'members', 'member', 'employees', 'employee', 'contacts', 'contact', 'profiles',
  'profile', 'staff', 'persons', 'person', 'authors', 'author', 'customers', 'customer', 'patients', 'patient', 'u',
];

export const PERSON_KEYWORDS: readonly Keyword[] = [
  ...PREFIX.map((word) => ({ word, kind: 'person.prefix' })),
  ...PREFIX_LC.map((word) => ({ word, kind: 'person.prefix.lc' })),
  ...HONORIFICS.map((word) => ({ word, kind: 'person.honorific' })),
  ...PREFIX_PUNCT.map((word) => ({ word, kind: 'person.prefix.punct' })),
  ...KEYS.map((word) => ({ word, kind: 'person.key' })),
  ...SUFFIX.map((word) => ({ word, kind: 'person.suffix' })),
  ...SUFFIX_LC.map((word) => ({ word, kind: 'person.suffix.lc' })),
  ...POSSESSIVE.map((word) => ({ word, kind: 'person.possessive' })),
  ...ROLES.map((word) => ({ word, kind: 'person.role' })),
  ...INTO_FIELDS.map((word) => ({ word, kind: 'person.into' })),
  ...DASH_SUFFIX.map((word) => ({ word, kind: 'person.dash' })),
  ...PATHS.map((word) => ({ word, kind: 'person.path' })),
];

const PREFIX_SEP = /(?:\s*\([^()\n]{1,20}\))?(?:\s*[:=\-–—]\s*|\s+)["'“«]?/y;
const PUNCT_SEP = /\s*[:\-–—]\s*/y;
const HONORIFIC_SEP = /\.?[ \u00a0]/y;
const SURNAME = new RegExp(`(?:${TITLE}|${CAPS})`, 'yu');

/** A single capitalised surname after an honorific. */
function surnameAt(text: string, at: number): [number, number] | null {
  const end = stickyEnd(SURNAME, text, at);
  if (end < 0) return null;
  const w = text.slice(at, end);
  if (isStopToken(w) || w.length < 2) return null;
  return [at, end];
}
const KEY_SEP = /\s*(?:=|:\s*(?=["']))\s*["']?/y;
const ROLE_BEFORE = /\s*\($/;
const INTO_BEFORE = /(["'])\s+into\s+["']$/i;
const DASH_BEFORE = /\s[–—-]\s$/;
/** `[\n\t|·•;›»│]` */
function isChatDelim(c: number): boolean {
  return c === 10 || c === 9 || c === 124 || c === 0xb7 || c === 0x2022 || c === 59 || c === 0x203a || c === 0xbb || c === 0x2502;
}

/** `[\w.+%-]` */
function isWordDotChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 46 || c === 43 || c === 37 || c === 45;
}
const SLUG = /\p{Ll}{2,}(?:-\p{Ll}{2,}){1,3}(?=[/?#&\s]|$)/uy;
const DISPLAY_BEFORE = /(?:\s*["']?\s*<|\s*\(|\s+[·•]\s+)$/;

function emit(out: Span[], r: [number, number] | null): void {
  if (r && r[1] > r[0]) out.push({ start: r[0], end: r[1], type: 'PERSON', rule: 'person', priority: PRIORITY.person });
}

/** "Jane Doe: …" or "Jane Doe • …" at the start of a chat line or field. */
function chatNames(text: string, out: Span[], bullet: boolean): void {
  for (let mk = 0; mk < 2; mk++) {
    if (mk === 1 && !bullet) break;
    const marker = mk === 0 ? ': ' : ' • ';
    let p = text.indexOf(marker);
    while (p > 0) {
      if (isLetterBefore(text, p)) {
        let s = p;
        while (s > 0 && p - s < 64 && isNameChar(text, s - 1)) s--;
        const before = s === 0 ? 0 : text.charCodeAt(s - 1);
        if (s === 0 || isChatDelim(before) || before === 58 || before === 41 || before === 34) {
          // a field may follow " – " inside the walked-back text ("Home – Jane Doe: …")
          const cut = lastDashSeparator(text, s, p);
          let st = cut >= 0 ? cut + 3 : s;
          while (st < p && text.charCodeAt(st) === 32) st++;
          if (mayBeWholeName(text, st, p)) {
            const r = nameAt(text, st, false);
            if (r && r[0] === st && r[1] === p) emit(out, r);
          }
        }
      }
      p = text.indexOf(marker, p + marker.length);
    }
  }
}

/** Where the last " - ", " – " or " — " lying wholly within text[s, p) starts, or -1. */
function lastDashSeparator(text: string, s: number, p: number): number {
  for (let q = p - 3; q >= s; q--) {
    if (text.charCodeAt(q) !== 32 || text.charCodeAt(q + 2) !== 32) continue;
    const d = text.charCodeAt(q + 1);
    if (d === 45 || d === 0x2013 || d === 0x2014) return q;
  }
  return -1;
}

/**
 * A necessary condition for `nameAt(text, st, false)` to be exactly [st, p): checked on ASCII
 * text only (true otherwise). Every word of such a name starts with a capital (or is a
 * particle), none is a UI word, and there are at least two besides particles and initials.
 */
function mayBeWholeName(text: string, st: number, p: number): boolean {
  let words = 0;
  let i = st;
  while (i < p) {
    const c = text.charCodeAt(i);
    if (c >= 128) return true;
    if (c === 44 || isJsSpace(c)) { i++; continue; }
    let j = i + 1;
    while (j < p) {
      const d = text.charCodeAt(j);
      if (d >= 128) return true;
      if (d === 44 || isJsSpace(d)) break;
      j++;
    }
    const tok = text.slice(i, j);
    i = j;
    if (PARTICLES.has(tok)) continue;
    if (c < 65 || c > 90 || isStopToken(tok)) return false;
    if (!isInitial(tok)) words++;
  }
  return words >= 2;
}

function isNameChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 32 || c === 46 || c === 39 || c === 44 || c === 45;
  if (c === 0x2019 || c === 0x2013 || c === 0x2014) return true; // ’ – —
  return isLetterOrMarkCode(c);
}

function isLetterBefore(text: string, p: number): boolean {
  return p > 0 && isLetterOrMarkCode(text.charCodeAt(p - 1));
}

/** Display names before an e-mail address: `"Jane Doe" <jane@…>`, `Jane Doe (jane@…)`, `Jane Doe · jane@…`. */
function displayNames(text: string, out: Span[]): void {
  let at = text.indexOf('@');
  while (at > 0) {
    let s = at;
    while (s > 0 && at - s < 64 && isWordDotChar(text.charCodeAt(s - 1))) s--;
    const m = DISPLAY_BEFORE.exec(text.slice(Math.max(0, s - 6), s));
    if (m) emit(out, nameBefore(text, s - m[0].length, false));
    at = text.indexOf('@', at + 1);
  }
}

export function detectPerson(scan: Scan, out: Span[]): void {
  const text = scan.text;
  for (const h of scan.hits) {
    switch (h.kind) {
      case 'person.prefix':
      case 'person.prefix.lc': {
        const e = stickyEnd(PREFIX_SEP, text, h.end);
        if (e >= 0) emit(out, nameAt(text, e, h.kind === 'person.prefix.lc'));
        break;
      }
      case 'person.honorific': {
        const e = stickyEnd(HONORIFIC_SEP, text, h.end);
        if (e >= 0) emit(out, nameAt(text, e, false) ?? surnameAt(text, e));
        break;
      }
      case 'person.prefix.punct': {
        const e = stickyEnd(PUNCT_SEP, text, h.end);
        if (e >= 0 && text.slice(h.end, e).trim()) emit(out, nameAt(text, e, false));
        break;
      }
      case 'person.key': {
        const e = stickyEnd(KEY_SEP, text, h.end);
        if (e >= 0 && !isAlnumBefore(text, h.start)) emit(out, nameAt(text, e, true));
        break;
      }
      case 'person.suffix':
      case 'person.suffix.lc':
        if (text.charCodeAt(h.start - 1) === 32) emit(out, nameBefore(text, h.start - 1, h.kind === 'person.suffix.lc'));
        break;
      case 'person.possessive': {
        const ap = text.charAt(h.start - 1);
        if (ap === "'" || ap === '’') emit(out, nameBefore(text, h.start - 1, false));
        break;
      }
      case 'person.role': {
        if (text.charAt(h.end) !== ')') break;
        const m = ROLE_BEFORE.exec(text.slice(Math.max(0, h.start - 4), h.start));
        if (m) emit(out, nameBefore(text, h.start - m[0].length, ROLES_LC.has(h.word)));
        break;
      }
      case 'person.into': {
        const m = INTO_BEFORE.exec(text.slice(Math.max(0, h.start - 12), h.start));
        if (m) emit(out, nameBefore(text, h.start - m[0].length, false));
        break;
      }
      case 'person.dash': {
        const m = DASH_BEFORE.exec(text.slice(Math.max(0, h.start - 4), h.start));
        if (m) emit(out, nameBefore(text, h.start - m[0].length, false));
        break;
      }
      case 'person.path': {
        if (text.charAt(h.start - 1) !== '/' || text.charAt(h.end) !== '/') break;
        const e = stickyEnd(SLUG, text, h.end + 1);
        if (e >= 0 && !text.slice(h.end + 1, e).split('-').some((w) => isStopToken(w))) emit(out, [h.end + 1, e]);
        break;
      }
      default:
        break;
    }
  }
  // CH_CHAT: some ": " or " • " (CH_BULLET: some '•'), so the searches run only when one may be there
  const chars = scan.chars;
  if ((chars & CH_CHAT) !== 0) {
    const bullet = (chars & CH_BULLET) !== 0;
    if (text.indexOf(': ') > 0 || (bullet && text.indexOf(' • ') > 0)) chatNames(text, out, bullet);
  }
  if ((chars & CH_AT) !== 0 && text.indexOf('@') > 0) displayNames(text, out);
}

function isAlnumBefore(text: string, i: number): boolean {
  return i > 0 && isLetterOrNumberCode(text.charCodeAt(i - 1));
}
