import { lookUpParcel } from './parcel-answer';
import { parcelFactsAnswer, scanFacts } from './parcel-facts';
import type { ReplyKey } from './replies';
import { noteOutcome } from './turn-outcome';
import { reply, say, type Turn } from './turn';

/**
 * "签收是什么 是要我签字吗", "派送中是什麼 還是運送中 我分不清", "what is SLA?", "SLA係咩嚟", "退件即係點呀" (issue #17, blind
 * batch 54a: 04.3, 08.4, 08.5, 12.3, 13.5, 14.5 were taken for complaints, noted in one, or asked "what would you like
 * us to do?"). The words of a tracking page and of a complaint's times, asked about by customers who do not know
 * them: each word named is explained in plain words, in the customer's language — a glossary, whatever parcel is in
 * the chat (its own status is told beside it by the caller when it has one).
 */

type Term = 'signed' | 'outForDelivery' | 'inTransit' | 'pickedUp' | 'returned' | 'hub' | 'exception' | 'sla' | 'held';

// The words, in the order they are explained. (Simplified and Traditional, Cantonese, English.)
const TERMS: [Term, RegExp][] = [
  ['pickedUp', /揽收|攬收|揽件|攬件|\bpicked up\b/i],
  ['inTransit', /运输中|運輸中|运送中|運送中|在途|\bin transit\b/i],
  ['hub', /转运中心|轉運中心|分拨中心|分撥中心|集散中心|\b(sorting )?hub\b|\bsorting cent(re|er)\b/i],
  ['outForDelivery', /派送中|派件中|派送緊|\bout for delivery\b/i],
  ['signed', /签收|簽收|\bsigned( for)?\b/i],
  ['exception', /异常|異常|问题件|問題件|\bexception\b/i],
  ['held', /滞留|滯留|\bheld\b(?! up)|\bon hold\b/i],
  ['returned', /退件|退回|退返|\breturn(ed)? to sender\b|\breturned\b/i],
  ['sla', /\bSLA\b/i],
];

// Asked of the word right after it: "签收是什么", "退件即係點", "SLA係咩嚟", "派送中什么意思", "在途是啥意思", "运送中 我分不清".
const ASKED_AFTER =
  /^[」”"'’\s]*(又)?((是什么|是什麼|是甚麼|是啥|係咩|系咩|係乜)(?!时候|時候|原因|情况|情況|鬼|回事|问题|問題|东西|東西|地方|人)|即係(?!咗|左)|即系|(是|係)?(什么|什麼|甚麼|啥|咩|乜嘢?)意思|是指|係指|的意思|嘅意思|(我)?(分不清|分唔清)|(有)?(什么|什麼|咩|乜嘢?)?(分別|分别|区别|區別|不同)|[\s"'”]*(mean|means|meaning)\b)/i;
// Asked of the word right before it: "什么是签收", "咩係SLA", "what does 签收 mean", "what is an exception", "what's SLA",
// "meaning of 'held'".
const ASKED_BEFORE =
  /(什么是|什麼是|甚麼是|咩係|乜嘢係|乜係|何谓|何謂|\bwhat (does|do|did) (the )?((word|status|term) )?|\bwhat('?s| is| are) (an? |the )?((word|status|term) )?|\bmeaning of (the )?((word|status|term) )?)[「“"'‘\s]*$/i;
// A difference asked: "有什么区别", "有咩分別", "分不清", "difference between…": every word named is asked about.
const DIFFERENCE = /(区别|區別|分別|分别|不同)|分不清|分唔清|\bdifference\b/i;

/** Where the words name the term, it is asked about: the meaning question stands right before or after it. */
function askedOf(text: string, pattern: RegExp): boolean {
  const global = new RegExp(pattern.source, 'gi');
  for (const m of text.matchAll(global)) {
    const at = m.index ?? 0;
    if (ASKED_AFTER.test(text.slice(at + m[0].length)) || ASKED_BEFORE.test(text.slice(0, at))) return true;
  }
  return false;
}

// What else the message says makes it more than a question about a word: not received, late, lost or broken, why, how
// long — "显示签收是什么意思 我根本没收到", "在途是什麼意思 已經五天了", "what is SLA? you're 3 days past it" are complaints
// (LABELS rule 4) or questions about the parcel, read as such (a review of 217df6f).
const MORE_THAN_A_WORD =
  /没收到|沒收到|冇收到|收唔到|未收到|\b(not|never) (received|got|arrived|came)\b|\bdidn'?t (get|receive)\b|点解|點解|为什么|為什麼|为啥|為啥|\bwhy\b|ridiculous|\bpast it\b|\blate\b|晚了|遲咗|迟了|遲了|延误|延誤|丢|丟|唔見|\blost\b|damag|broken|破了|爛咗|烂了|坏了|壞了|(?<![几幾两兩三四五六七八九十\d])[几幾两兩三四五六七八九十\d]{1,4}\s*(天|日|days?)|好耐|很久|这么久|這麼久|\bsupposed to\b/i;

/** The words of the glossary the message asks the meaning of, in the order it names them (none if it asks none). */
export function termsAsked(text: string): Term[] {
  if (MORE_THAN_A_WORD.test(text)) return [];
  const named = TERMS.filter(([, pattern]) => pattern.test(text));
  const asked = named.filter(([, pattern]) => askedOf(text, pattern));
  if (asked.length === 0) return [];
  return (DIFFERENCE.test(text) ? named : asked)
    .map(([term, pattern]) => ({ term, at: text.search(pattern) }))
    .sort((a, b) => a.at - b.at)
    .map(({ term }) => term);
}

/** Each word asked about, explained: one line each, at most three. */
export function termsAnswer(turn: Turn, terms: readonly Term[]): string {
  return terms
    .slice(0, 3)
    .map((term) => say(turn, `term.${term}` as ReplyKey))
    .join('\n');
}

/**
 * Answers a question on what a tracking or complaint word means, when the message names no parcel: the words, then
 * where the chat's parcel (or the complaint's) stands, by its record.
 * @returns false when no word of the glossary is asked about.
 */
export async function answerTermsAsked(turn: Turn, parcel = turn.data.lastTracking): Promise<boolean> {
  if (turn.reading.entities.trackingNumbers.length > 0) return false;
  const lookup = parcel ? await lookUpParcel(turn.services, parcel) : undefined;
  // ("退件即係點呀 點解退返轉頭" of a parcel sent back: its own status asked about, and why — what its record says of it.)
  const own = lookup?.kind === 'found' ? TERM_OF_STATUS[lookup.view.status] : undefined;
  const whyOfOwn = own !== undefined && termsAsked(turn.text.replace(WHY, ' ')).includes(own);
  const terms = whyOfOwn ? termsAsked(turn.text.replace(WHY, ' ')) : termsAsked(turn.text);
  if (terms.length === 0) return false;
  noteOutcome(turn.context, 'answered');
  if (lookup?.kind !== 'found') {
    await reply(turn, termsAnswer(turn, terms));
    return true;
  }
  // The parcel's own status asked about ("异常是啥意思" of a parcel with a delivery problem): what it means for that
  // parcel, from its record (parcel-facts); the other words asked, from the glossary.
  const others = terms.filter((term) => term !== own);
  const lines =
    own && terms.includes(own)
      ? [termsAnswer(turn, others), parcelFactsAnswer(turn, lookup, 'meaning')]
      : [termsAnswer(turn, terms), ...scanFacts(turn, lookup)];
  await reply(turn, lines.filter(Boolean).join('\n'));
  return true;
}

const WHY = /点解|點解|为什么|為什麼|为啥|為啥|\bwhy\b/gi;

/** The glossary's word for a status, where it has one. */
const TERM_OF_STATUS: Partial<Record<string, Term>> = {
  picked_up: 'pickedUp',
  in_transit: 'inTransit',
  arrived_hub: 'hub',
  out_for_delivery: 'outForDelivery',
  delivered: 'signed',
  exception: 'exception',
  address_problem: 'exception',
  returning: 'returned',
  returned: 'returned',
};
