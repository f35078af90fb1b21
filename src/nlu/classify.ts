import cueData from './data/cues.json';
import { CueSet, type Cues, type CueName } from './cues';
import { LabelOrder, LabelScores } from './label-scores';
import { matchesOf } from './matches';
import type { Label } from './types';

/** What the rules know besides cues: entity counts from extraction. */
export interface ClassifierFacts {
  trackingNumbers: number;
  ticketNumbers: number;
  /** Characters of meaningful text (letters and CJK). */
  contentLength: number;
  /** Repeated ! or ? in the original message. */
  emphatic: boolean;
}

/** How the rules reached their label: which decision of `classify` applied. */
export type RuleBasis =
  | 'human' // rule 7: a request for a person
  | 'scored' // the best-scoring label passed its threshold
  | 'complain-word' // rule 6: "I want to complain", no problem named
  | 'tracking-number' // a bare tracking number asks where that parcel is
  | 'nothing' // no rule applied: `other`
  | 'empty'; // no letters or CJK at all

export interface Classification {
  label: Label;
  basis: RuleBasis;
  /** The winning label's points, and its lead over the runner-up. */
  score: number;
  margin: number;
  /** The complaint category the message speaks of, even when the intent is not `complaint` (human, ticket). */
  complaintCategory?: Label;
  /** Every other label with points, best first. */
  runnersUp: { label: Label; score: number }[];
  /** The message negates, concedes, stresses or asks hypothetically: a hard case of LABELS.md the rules decide. */
  hardCase: boolean;
  /** Readings the message rules out ("不用改地址", "no need for a human", "not a complaint"). */
  negated: Label[];
  /** Asks about the progress of something (进度, any news): what a ticket_status reading needs. */
  asksProgress: boolean;
}

const HARD_CASE_CUE_NAMES: CueName[] = [
  'notComplaint',
  'negHuman',
  'negChange',
  'hypothetical',
  'concedePrev',
  'concedeNext',
  'emphasis',
  'contentsFine',
  'signedNotReceived',
  'denied',
];

const COMPLAINTS: Label[] = [
  'complaint.value_added',
  'complaint.lost',
  'complaint.damaged',
  'complaint.packaging',
  'complaint.special_request',
  'complaint.attitude',
  'complaint.delay',
  'complaint.info_error',
  'complaint.fee',
  'complaint.other',
];

/** Order used to break equal scores: the hard-case rules of LABELS.md (e.g. attitude before delay). */
const TIE_ORDER: Label[] = [
  'ticket_status',
  ...COMPLAINTS,
  'change_delivery',
  'faq.claim',
  'faq.prohibited',
  'faq.fee',
  'faq.outlet',
  'track',
  'thanks',
  'greeting',
  'other',
];

// Every cue's place in the cue file, by name (made once; the rules read theirs through CUE below).
const CUE_INDEX = Object.fromEntries(Object.keys(cueData).map((name, i) => [name, i])) as Record<CueName, number>;
const indexOfCue = (name: CueName): number => CUE_INDEX[name];
const HARD_CASE_CUES = HARD_CASE_CUE_NAMES.map(indexOfCue);
/**
 * The cues the rules read, each by its place in the cue file. An object literal of constant shape: each `CUE.late` is
 * a property read the optimiser folds into a constant index. (Looking the name up at each question, `has('late')`,
 * went to an object of all the cue file's names, too many for a fixed shape: a hash lookup for each of the hundred
 * questions per message, about 5% of the NLU's time.)
 */
const CUE = {
  arrangement: indexOfCue('arrangement'),
  arrangementBroken: indexOfCue('arrangementBroken'),
  attitude: indexOfCue('attitude'),
  canSend: indexOfCue('canSend'),
  caseRef: indexOfCue('caseRef'),
  filed: indexOfCue('filed'),
  noNews: indexOfCue('noNews'),
  changeRequest: indexOfCue('changeRequest'),
  chargeEvent: indexOfCue('chargeEvent'),
  overQuote: indexOfCue('overQuote'),
  claimAsk: indexOfCue('claimAsk'),
  cod: indexOfCue('cod'),
  complainWord: indexOfCue('complainWord'),
  confirmAsk: indexOfCue('confirmAsk'),
  withdrawnComplaint: indexOfCue('withdrawnComplaint'),
  doorPickupAsk: indexOfCue('doorPickupAsk'),
  eachHowLong: indexOfCue('eachHowLong'),
  concedeNext: indexOfCue('concedeNext'),
  concedePrev: indexOfCue('concedePrev'),
  contentsFine: indexOfCue('contentsFine'),
  damageWord: indexOfCue('damageWord'),
  dataLeak: indexOfCue('dataLeak'),
  denied: indexOfCue('denied'),
  disputeMarker: indexOfCue('disputeMarker'),
  dissatisfied: indexOfCue('dissatisfied'),
  duration: indexOfCue('duration'),
  emphasis: indexOfCue('emphasis'),
  feeWord: indexOfCue('feeWord'),
  greeting: indexOfCue('greeting'),
  humanRequest: indexOfCue('humanRequest'),
  hypothetical: indexOfCue('hypothetical'),
  insured: indexOfCue('insured'),
  item: indexOfCue('item'),
  late: indexOfCue('late'),
  lost: indexOfCue('lost'),
  missingInside: indexOfCue('missingInside'),
  negChange: indexOfCue('negChange'),
  negHuman: indexOfCue('negHuman'),
  noUpdate: indexOfCue('noUpdate'),
  notComplaint: indexOfCue('notComplaint'),
  notDueYet: indexOfCue('notDueYet'),
  offDomain: indexOfCue('offDomain'),
  notOurs: indexOfCue('notOurs'),
  otherProblem: indexOfCue('otherProblem'),
  accountTrouble: indexOfCue('accountTrouble'),
  appAction: indexOfCue('appAction'),
  outletAsk: indexOfCue('outletAsk'),
  outletPlace: indexOfCue('outletPlace'),
  packagingFine: indexOfCue('packagingFine'),
  packagingOnly: indexOfCue('packagingOnly'),
  payoutComplaint: indexOfCue('payoutComplaint'),
  pickupMissed: indexOfCue('pickupMissed'),
  priceAsk: indexOfCue('priceAsk'),
  progressAsk: indexOfCue('progressAsk'),
  promise: indexOfCue('promise'),
  shipContext: indexOfCue('shipContext'),
  signatureService: indexOfCue('signatureService'),
  signedNotReceived: indexOfCue('signedNotReceived'),
  speedUp: indexOfCue('speedUp'),
  stillNot: indexOfCue('stillNot'),
  thanks: indexOfCue('thanks'),
  thanksStrong: indexOfCue('thanksStrong'),
  trackWords: indexOfCue('trackWords'),
  unpaid: indexOfCue('unpaid'),
  whenArrive: indexOfCue('whenArrive'),
  whereIs: indexOfCue('whereIs'),
  wrongInfo: indexOfCue('wrongInfo'),
} as const;
const DISSATISFIED = indexOfCue('dissatisfied');
const SCORED = new LabelOrder(TIE_ORDER);
const at = (label: Label): number => SCORED.indexOf(label);
/**
 * Each label's place in the scores, for the rules' constant labels: like CUE, an object literal of one shape whose
 * reads fold to constants. (`add('complaint.delay', …)` looked the label up by name at each of the ~50 additions per
 * message, a keyed load over twenty names.)
 */
const AT = {
  ticketStatus: at('ticket_status'),
  valueAdded: at('complaint.value_added'),
  lost: at('complaint.lost'),
  damaged: at('complaint.damaged'),
  packaging: at('complaint.packaging'),
  specialRequest: at('complaint.special_request'),
  attitude: at('complaint.attitude'),
  delay: at('complaint.delay'),
  infoError: at('complaint.info_error'),
  fee: at('complaint.fee'),
  complaintOther: at('complaint.other'),
  changeDelivery: at('change_delivery'),
  faqClaim: at('faq.claim'),
  faqProhibited: at('faq.prohibited'),
  faqFee: at('faq.fee'),
  faqOutlet: at('faq.outlet'),
  track: at('track'),
  thanks: at('thanks'),
  greeting: at('greeting'),
} as const;
const COMPLAINTS_AT = Int8Array.from(COMPLAINTS, at);
/** The questions a real grievance outranks; below, every label but the last three (what another courier's parcel lowers). */
const QUESTIONS_AT = Int8Array.from(['faq.claim', 'faq.fee', 'faq.outlet', 'faq.prohibited', 'track'] as Label[], at);
const NOT_OURS_AT = Int8Array.from(TIE_ORDER.slice(0, -3), at);
/** What a complaint given up rules out: every complaint, and asking after one. */
const WITHDRAWN_AT = Int8Array.from([...COMPLAINTS, 'ticket_status'] as Label[], at);
/** The labels' points, cleared for each message (classify is synchronous and not re-entered). */
const SCORES = new LabelScores(SCORED);
const IS_COMPLAINT = new Set(COMPLAINTS);
const isComplaint = (label: Label): boolean => IS_COMPLAINT.has(label);
/** Which cues a message shows, by their index in the cue file (one array, refilled per message: classify is synchronous). */
const present = new Uint8Array(Object.keys(cueData).length);

function presentCues(cues: Cues, emphatic: boolean): Uint8Array {
  present.fill(0);
  if (cues instanceof CueSet) for (const index of cues.indices) present[index] = 1;
  else for (const name of cues) present[indexOfCue(name)] = 1;
  if (emphatic) present[DISSATISFIED] = 1;
  return present;
}

const globalOf = (name: CueName): RegExp =>
  new RegExp([...cueData[name].zh, ...cueData[name].en].map((p) => `(?:${p})`).join('|'), 'gu');
const DAMAGE = globalOf('damageWord');
const PACKAGING = globalOf('packagingObject');
// Punctuation ends a clause; so does a space between Chinese characters, the way SMS-short messages separate them.
const CLAUSE_BREAK = /[,.;!?，。；！？]|(?<=[\u3400-\u9fff]) (?=[\u3400-\u9fff])/;
const INSIDE = /^\s?(里|内|里面|里头|入面)|(里面|里头|入面)|^\s?(was |were )?(inside|contents)/;
// "里面的公仔盒子变形了": a box inside the parcel is part of the contents.
const INNER = /(里面|里头|入面|内)(的|嘅)?.{0,4}$/;
// "the box came completely squashed": only a verb and adverbs between the packaging and the damage word.
const LINKING_WORDS =
  /^(?:\s|\b(?:was|were|is|are|came|arrived|got|gotten|has|have|had|been|being|all|completely|totally|badly|really|so|very|just|pretty|quite|entirely|fully|half|partly|and)\b)+$/i;
// "everything in the box was broken": the box only says where the broken things were.
const IN_FRONT = /\b(in|inside|within) (the |my |a |that |this )?$/;

/**
 * Splits damage words into damage to the contents and damage to the packaging: a damage word with a
 * packaging word shortly before it in the same clause (外箱…破, box … torn) is about the packaging.
 */
function damageKinds(text: string): { contents: number; packaging: number } {
  const packagingAt = matchesOf(PACKAGING, text).map((m) => ({ start: m.index, end: m.index + m[0].length }));
  let contents = 0;
  let packaging = 0;
  for (const m of matchesOf(DAMAGE, text)) {
    const at = m.index;
    const near = packagingAt.some((p) => {
      // English links the two with a verb and an adverb or two ("box came completely squashed").
      const reach = LINKING_WORDS.test(text.slice(p.end, at)) ? 28 : 12;
      if (p.end > at + 1 || at - p.end > reach) return false;
      const before = text.slice(Math.max(0, p.start - 12), p.start);
      if (IN_FRONT.test(before) || INNER.test(before.split(CLAUSE_BREAK).pop() ?? '')) return false;
      const between = text.slice(p.end, at);
      // "箱子里的碗碎了" / "in the box ... broken" is about what was inside.
      return !CLAUSE_BREAK.test(between) && !INSIDE.test(between);
    });
    if (near) packaging += 1;
    else contents += 1;
  }
  return { contents, packaging };
}

// The cues that show each grievance, for weighing clauses against each other.
const GRIEVANCE_CUES: [Label, CueName[]][] = [
  ['complaint.delay', ['late', 'stillNot', 'pickupMissed']],
  ['complaint.attitude', ['attitude']],
  ['complaint.lost', ['lost']],
  ['complaint.damaged', ['damageWord']],
  ['complaint.info_error', ['noUpdate', 'wrongInfo']],
  ['complaint.fee', ['chargeEvent', 'overQuote']],
];

const CONCEDE_PREV = new RegExp(globalOf('concedePrev').source, 'u');
const CONCEDE_NEXT = new RegExp(globalOf('concedeNext').source, 'u');
const EMPHASIS = new RegExp(globalOf('emphasis').source, 'u');

/** Adds `points` to every grievance whose cues appear in a fragment of text. */
function weigh(
  fragment: string,
  points: number,
  cuesOf: (fragment: string) => Cues,
  add: (label: Label, points: number) => void,
): void {
  if (!fragment.trim()) return;
  const fragmentCues = cuesOf(fragment);
  for (const [label, names] of GRIEVANCE_CUES) if (names.some((name) => fragmentCues.has(name))) add(label, points);
}

const DENIED = new RegExp(globalOf('denied').source, 'gu');
const CONTRAST = new RegExp(globalOf('contrast').source, 'u');
const NOT_COMPLAINT = new RegExp(globalOf('notComplaint').source, 'u');

/** The grievances a message denies ("不是丢了，就是慢", "it's not lost"): the words up to the clause's end or a "but". */
function weighDenials(
  text: string,
  cuesOf: (fragment: string) => Cues,
  add: (label: Label, points: number) => void,
): void {
  for (const m of matchesOf(DENIED, text)) {
    const after = text.slice((m.index ?? 0) + m[0].length, (m.index ?? 0) + m[0].length + 14);
    const end = [CLAUSE_BREAK.exec(after)?.index, CONTRAST.exec(after)?.index].filter((i) => i !== undefined);
    weigh(after.slice(0, Math.min(after.length, ...end)), -3, cuesOf, add);
  }
}

/** Grievances stated after "not a complaint, but/just…" ("不是要客诉，只是太慢了"): the message still makes them. */
function statedAfterDisclaimer(text: string, cuesOf: (fragment: string) => Cues): Set<Label> {
  const disclaimer = NOT_COMPLAINT.exec(text);
  const rest = disclaimer ? text.slice(disclaimer.index + disclaimer[0].length) : '';
  const contrast = CONTRAST.exec(rest);
  const stated = new Set<Label>();
  if (!contrast) return stated;
  const restCues = cuesOf(rest.slice(contrast.index));
  for (const [label, names] of GRIEVANCE_CUES) if (names.some((name) => restCues.has(name))) stated.add(label);
  return stated;
}

function weighClauses(
  text: string,
  cuesOf: (fragment: string) => Cues,
  add: (label: Label, points: number) => void,
): void {
  for (const clause of text.split(CLAUSE_BREAK)) {
    const prev = CONCEDE_PREV.exec(clause);
    if (prev) weigh(clause.slice(0, prev.index + prev[0].length), -3, cuesOf, add);
    const next = CONCEDE_NEXT.exec(clause);
    if (next) weigh(clause.slice(next.index), -3, cuesOf, add);
    const stress = EMPHASIS.exec(clause);
    if (stress) weigh(clause, 3, cuesOf, add);
  }
}

/** The most points any complaint has. */
function mostComplaintPoints(scores: Float64Array): number {
  let most = -Infinity;
  for (let k = 0; k < COMPLAINTS_AT.length; k += 1) most = Math.max(most, scores[COMPLAINTS_AT[k] as number] as number);
  return most;
}

/** Scores every label from the cues; the highest wins, ties by TIE_ORDER. */
export function classify(
  cues: Cues,
  facts: ClassifierFacts,
  text: string,
  cuesOf: (fragment: string) => Cues,
): Classification {
  // Repeated !!! / ??? count as dissatisfaction even though normalisation collapsed them.
  const present = presentCues(cues, facts.emphatic);
  const has = (cue: number): boolean => present[cue] === 1;
  const n = (flag: boolean, weight: number): number => (flag ? weight : 0);
  const s = SCORES.cleared();
  const add = (label: Label, points: number): void => s.add(label, points);
  const { scores } = s;
  const addAt = (label: number, points: number): void => {
    scores[label] = (scores[label] as number) + points;
  };

  // --- complaints -------------------------------------------------------------------------------
  // A promise plus the time that has passed since ("说好两天到…五天了") states lateness as plainly as "late".
  const brokenPromise = has(CUE.promise) && has(CUE.duration) && !(has(CUE.arrangement) && has(CUE.arrangementBroken));
  // "please hurry it up", "kindly expedite": a speed-up asked for is a delay complaint beside a wait, a promise, a
  // parcel still not come or anger ("hurry it up, I've been waiting since monday", "hurry up!!!"); alone it says
  // nothing is late (LABELS.md: a delay is later than promised) and asks for the parcel sooner, a change (the bot's
  // expedite).
  const speedUp = has(CUE.speedUp);
  const pressed =
    speedUp && (has(CUE.duration) || has(CUE.stillNot) || has(CUE.promise) || has(CUE.late) || has(CUE.dissatisfied));
  const lateness = has(CUE.late) || has(CUE.pickupMissed) || brokenPromise || pressed;
  addAt(AT.delay, n(has(CUE.late) || pressed, 4) + n(has(CUE.pickupMissed), 5));
  addAt(AT.delay, n(has(CUE.stillNot) && (has(CUE.promise) || has(CUE.duration) || has(CUE.dissatisfied)), 4));
  addAt(AT.delay, n(brokenPromise, 4) + n(has(CUE.promise) && has(CUE.stillNot) && !has(CUE.arrangement), 2));
  // "3 weeks!!! where is my stuff": a long wait, asked about angrily.
  addAt(
    AT.delay,
    n(
      has(CUE.duration) &&
        has(CUE.dissatisfied) &&
        (has(CUE.whereIs) || has(CUE.whenArrive) || has(CUE.stillNot) || has(CUE.trackWords)),
      4,
    ),
  );

  addAt(AT.lost, n(has(CUE.lost), 5) + n(has(CUE.signedNotReceived), 5));

  const damage = has(CUE.damageWord) ? damageKinds(text) : { contents: 0, packaging: 0 };
  const contentsFine = has(CUE.contentsFine);
  addAt(
    AT.damaged,
    n(damage.contents > 0, 4) + n(has(CUE.missingInside), 5) + n(has(CUE.packagingFine) && damage.contents > 0, 2),
  );
  addAt(AT.packaging, n(damage.packaging > 0, 3) + n(has(CUE.packagingOnly), 4));
  if (has(CUE.packagingOnly)) addAt(AT.damaged, -2);
  if (contentsFine && (damage.packaging > 0 || damage.contents > 0 || has(CUE.packagingOnly))) {
    addAt(AT.packaging, 4);
    addAt(AT.damaged, -5);
  }

  addAt(AT.attitude, n(has(CUE.attitude), 4));

  addAt(AT.infoError, n(has(CUE.noUpdate), 4) + n(has(CUE.wrongInfo), 4) + n(has(CUE.dataLeak), 6));

  const valueAdded =
    (has(CUE.insured) && has(CUE.payoutComplaint)) ||
    (has(CUE.cod) && has(CUE.unpaid)) ||
    (has(CUE.signatureService) &&
      (has(CUE.arrangementBroken) || has(CUE.unpaid) || has(CUE.attitude) || has(CUE.lost)));
  addAt(AT.valueAdded, n(valueAdded, 8));

  // Charged above what the site, the quote or the last time said ("好像比網站報價貴"): a charge and its dispute in one,
  // so a price question beside it is the complaint's question (LABELS.md rule 1), not a fee enquiry.
  const overQuote = has(CUE.overQuote);
  const disputed = has(CUE.dissatisfied) || has(CUE.complainWord) || has(CUE.disputeMarker) || overQuote;
  const strongCharge = (has(CUE.chargeEvent) || overQuote) && (!has(CUE.priceAsk) || disputed);
  addAt(
    AT.fee,
    n(strongCharge, 5) + n(!strongCharge && has(CUE.feeWord) && has(CUE.disputeMarker) && !has(CUE.priceAsk), 3),
  );

  const brokenArrangement = has(CUE.arrangement) && has(CUE.arrangementBroken);
  addAt(AT.specialRequest, n(brokenArrangement, 6));

  // A login, password or code that does not work, told without anger and with nothing the customer could not send or
  // book because of it ("forgot my password", "app登录不上 一直提示验证码错误"), asks for help with an account: `other`
  // (LABELS.md: anything else), as the blind writers label it; the same trouble stopping a booking, or told angrily,
  // is a complaint about the service.
  const accountHelp =
    has(CUE.accountTrouble) && !has(CUE.appAction) && !has(CUE.dissatisfied) && !has(CUE.complainWord);
  addAt(AT.complaintOther, n(has(CUE.otherProblem) && !accountHelp, 5));
  if (has(CUE.complainWord) && !(mostComplaintPoints(scores) > 0)) addAt(AT.complaintOther, 3);

  // "it's only been one day", "正常应该还在路上吧": the writer says the wait is not yet late — no delay is stated
  // (LABELS.md: later than promised), whatever the days counted or the parcel not come yet.
  const notDueYet = has(CUE.notDueYet) && !has(CUE.late) && !pressed;
  if (notDueYet) addAt(AT.delay, -6);

  // Rule 5: when a message names two grievances, the one it plays down loses and the one it stresses wins.
  if (has(CUE.concedePrev) || has(CUE.concedeNext) || has(CUE.emphasis)) weighClauses(text, cuesOf, add);
  if (has(CUE.denied)) weighDenials(text, cuesOf, add);
  const stillStated = has(CUE.notComplaint) ? statedAfterDisclaimer(text, cuesOf) : new Set<Label>();

  // Rule 1 and 2 of LABELS.md: dissatisfaction beats a question, the problem beats the remedy. A message
  // that complains is pushed up; one that says it is not a complaint, or asks hypothetically, is pushed down.
  for (let k = 0; k < COMPLAINTS.length; k += 1) {
    const label = COMPLAINTS_AT[k] as number;
    if ((scores[label] as number) <= 0) continue;
    if (has(CUE.dissatisfied)) addAt(label, 1);
    if (has(CUE.notComplaint) && !stillStated.has(COMPLAINTS[k] as Label)) addAt(label, -7);
    if (has(CUE.hypothetical) && (has(CUE.claimAsk) || has(CUE.canSend))) addAt(label, -6);
  }
  // A missed time with no lateness is a broken arrangement, not a delay (came early, or on the wrong day).
  if (brokenArrangement && !lateness) addAt(AT.delay, -4);
  if (lateness) addAt(AT.specialRequest, -5);
  // "说好10块结果收了20": an agreed price is a fee dispute, not a special delivery request.
  if (has(CUE.chargeEvent) && !lateness) addAt(AT.specialRequest, -4);
  // A fee mentioned beside a late delivery is the remedy asked for, not the grievance (rule 2).
  if (lateness && !has(CUE.chargeEvent)) addAt(AT.fee, -4);
  if (brokenArrangement) addAt(AT.attitude, -2);
  // Insured or COD payouts outrank the loss or damage they pay for (rule 3).
  if (valueAdded) {
    addAt(AT.damaged, -4);
    addAt(AT.lost, -4);
    addAt(AT.fee, -4);
  }
  // "Tracking hasn't moved" is a delay only when lateness is said outright (rule 4).
  if (lateness && (has(CUE.promise) || has(CUE.stillNot) || has(CUE.duration))) addAt(AT.infoError, -3);

  // --- requests and questions ----------------------------------------------------------------------
  addAt(
    AT.track,
    n(has(CUE.whereIs), 3) + n(has(CUE.whenArrive), 3) + n(has(CUE.trackWords), 2) + n(facts.trackingNumbers > 0, 1),
  );
  // "说好的是周五到对吧？我确认一下", "can you double check it's still coming tomorrow": a promised day asked to be
  // confirmed, with no wait counted or parcel missed, asks when it comes.
  const confirming = has(CUE.confirmAsk) && !has(CUE.stillNot) && !has(CUE.duration) && !has(CUE.late);
  addAt(AT.track, n(confirming && has(CUE.promise), 3));
  addAt(AT.changeDelivery, n(has(CUE.changeRequest), 5) + n(speedUp && !pressed, 3));
  // A complaint, claim or its evidence already made ("投訴咗三日", "之前申請理賠", "上次send咗相") is a case: asked
  // after, it is ticket_status even when the grievance is told again ("投訴咗COD未過數，有冇人跟緊"); said alone,
  // it outranks "I want to complain" (rule 6) but not a grievance. No news since asks after it only when it was
  // filed ("到而家都冇消息 我要投訴" is a new complaint).
  const filed = has(CUE.filed);
  const asked = has(CUE.progressAsk) || (filed && has(CUE.noNews));
  addAt(
    AT.ticketStatus,
    n((has(CUE.caseRef) || filed) && asked, 6) + n(filed, 3) + n(filed && asked, 2) + n(facts.ticketNumbers > 0, 7),
  );
  addAt(AT.faqFee, n(has(CUE.priceAsk) && has(CUE.shipContext), 5) + n(has(CUE.priceAsk) && !has(CUE.shipContext), 1));
  addAt(AT.faqOutlet, n(has(CUE.outletPlace) && has(CUE.outletAsk), 5));
  // "能上门取件吗", "can a courier pick it up from my home": how a parcel is handed over, asked — the outlets' side
  // of sending (LABELS.md's faq.outlet), not a change to a delivery; its price asked is faq.fee.
  // A change asked for the pickup already booked ("上门取件时间能改到下午吗") is a change, not how pickup works.
  const doorPickup = has(CUE.doorPickupAsk) && !has(CUE.priceAsk) && !has(CUE.feeWord) && !has(CUE.changeRequest);
  addAt(AT.faqOutlet, n(doorPickup, 6));
  if (doorPickup) addAt(AT.changeDelivery, -3);
  // "各要几天", "how long does each take": the delivery times of the services just listed (the price list's), not
  // where one parcel is.
  addAt(AT.faqFee, n(has(CUE.eachHowLong), 6));
  if (has(CUE.eachHowLong)) addAt(AT.track, -2);
  addAt(AT.faqProhibited, n(has(CUE.canSend), 4) + n(has(CUE.canSend) && has(CUE.item), 2));
  addAt(AT.faqClaim, n(has(CUE.claimAsk), 5) + n(has(CUE.claimAsk) && has(CUE.hypothetical), 2));
  addAt(AT.greeting, n(has(CUE.greeting), 1));
  addAt(AT.thanks, n(has(CUE.thanks), 2) + n(has(CUE.thanksStrong), 1));

  // "算了不投诉了", "I'm not complaining anymore": a complaint given up is neither a complaint nor asks after one
  // (LABELS.md: other); the bot's cancel handling takes it from there.
  if (has(CUE.withdrawnComplaint)) for (const label of WITHDRAWN_AT) addAt(label, -7);
  // "黑貓的包裹要怎麼查？不是你們的": another courier's parcel is none of our requests or complaints.
  if (has(CUE.notOurs)) for (const label of NOT_OURS_AT) addAt(label, -6);
  // A courier's pay, a franchise, the weather, where to eat: a parcel word beside them asks nothing of ours.
  if (has(CUE.offDomain) && facts.trackingNumbers === 0) {
    for (const label of NOT_OURS_AT) addAt(label, -4);
    addAt(AT.thanks, -4);
    addAt(AT.greeting, -4);
  }
  if (has(CUE.priceAsk) && has(CUE.canSend)) addAt(AT.faqProhibited, -3);
  if (has(CUE.changeRequest) && !has(CUE.negChange)) addAt(AT.track, -2);
  if (has(CUE.negChange)) addAt(AT.changeDelivery, -6);

  // A real grievance outranks questions and pleasantries in the same message ("it broke, how do I claim?",
  // "thanks for nothing"), unless the question is hypothetical.
  const grievance = mostComplaintPoints(scores) >= 4;
  if (grievance && !has(CUE.hypothetical)) for (const question of QUESTIONS_AT) addAt(question, -3);
  // A tracking number is never given to say hello or goodbye ("SF1234… thx" asks about that parcel).
  if (facts.trackingNumbers > 0) {
    addAt(AT.thanks, -2);
    addAt(AT.greeting, -1);
  }
  // Nor is thanks after a question about the parcel ("查下物流 谢谢") a goodbye: it asks the question.
  if (has(CUE.whereIs) || has(CUE.whenArrive) || has(CUE.trackWords)) addAt(AT.thanks, -2);
  if (grievance || has(CUE.dissatisfied)) {
    addAt(AT.thanks, -3);
    addAt(AT.greeting, -1);
  }

  // --- decision ------------------------------------------------------------------------------------
  // A wait said to be not yet due, or a promised day asked to be confirmed, is still a plain question.
  const plainStatusQuestion =
    (has(CUE.whereIs) || has(CUE.whenArrive) || has(CUE.trackWords) || (confirming && has(CUE.promise))) &&
    (notDueYet || (!lateness && !has(CUE.stillNot) && (!has(CUE.promise) || confirming) && !has(CUE.duration))) &&
    !has(CUE.late) &&
    !has(CUE.pickupMissed) &&
    !has(CUE.dissatisfied) &&
    !has(CUE.complainWord) &&
    !has(CUE.noUpdate) &&
    !(mostComplaintPoints(scores) > 0);
  const ranked = s.ranked();
  const best = ranked[0] as number;
  const bestComplaint = s.firstWithPoints(ranked, isComplaint);
  // Built field by field in the order of the object literal it replaces (label … complaintCategory … negated): no
  // spread of a one-field object or of three arrays per message.
  const decided = (label: Label, basis: RuleBasis, score = 0): Classification => {
    const margin = score - Math.max(0, s.scores[ranked[s.labelAt(best) === label ? 1 : 0] as number] as number);
    const classification = { label, basis, score, margin } as Classification;
    if (bestComplaint) classification.complaintCategory = bestComplaint;
    classification.runnersUp = s.runnersUp(ranked, label);
    let hardCase = false;
    for (let k = 0; k < HARD_CASE_CUES.length && !hardCase; k += 1)
      hardCase = present[HARD_CASE_CUES[k] as number] === 1;
    classification.hardCase = hardCase;
    classification.asksProgress = has(CUE.progressAsk);
    const negated: Label[] = [];
    if (has(CUE.negChange)) negated.push('change_delivery');
    if (has(CUE.negHuman)) negated.push('human');
    if (has(CUE.notComplaint) || has(CUE.withdrawnComplaint))
      for (const complaint of COMPLAINTS) negated.push(complaint);
    if (has(CUE.withdrawnComplaint)) negated.push('ticket_status');
    // LABELS.md: a delay is "later than promised", a special request one "agreed" and not met, and track asks where
    // or when "with no dissatisfaction expressed". Asked where or when the parcel is ("这周五前能到吗？要送人的",
    // "还要多久啊") with no lateness, wait, promise, anger or other grievance in the message, no delay is stated, and
    // with nothing arranged no broken arrangement: the model's readings of either are ruled out.
    if (plainStatusQuestion) negated.push('complaint.delay');
    if (plainStatusQuestion && !has(CUE.arrangement)) negated.push('complaint.special_request');
    // Asked whether a courier comes to the door, with no grievance told: no complaint, no change to a delivery.
    if (accountHelp && !bestComplaint) for (const complaint of COMPLAINTS) negated.push(complaint);
    if (doorPickup && !bestComplaint) {
      for (const complaint of COMPLAINTS) negated.push(complaint);
      negated.push('change_delivery');
    }
    classification.negated = negated;
    return classification;
  };

  // Rule 7: a request for a person wins, but the category is still read for the ticket.
  if (has(CUE.humanRequest) && !has(CUE.negHuman)) return decided('human', 'human', 10);
  const bestLabel = s.labelAt(best);
  const bestScore = s.scores[best] as number;
  const threshold = bestLabel === 'greeting' || bestLabel === 'thanks' ? 1 : 2;
  if (bestScore >= threshold) return decided(bestLabel, 'scored', bestScore);
  // Rule 6: "I want to complain" with no problem named.
  if (has(CUE.complainWord) && !has(CUE.notComplaint) && !has(CUE.withdrawnComplaint))
    return decided('complaint.other', 'complain-word');
  // A bare tracking number, or one with a few words around it, asks where that parcel is.
  if (facts.trackingNumbers > 0) return decided('track', 'tracking-number');
  return decided('other', facts.contentLength === 0 ? 'empty' : 'nothing');
}
