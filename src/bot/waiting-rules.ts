import { ruleOn } from './case-rules';
import { faqEntries } from './knowledge';
import { asksLockerFee } from './locker-fee';
import { customerMarket } from './market';
import { asksQuestion } from './message-cues';
import { quotedDestinationMarket } from './quoted-destination';
import type { ReplyKey } from './replies';
import { say, spokenRegister, type Turn } from './turn';

/**
 * "台北寄廈門 8 公斤多少錢" … "如果收件人一直沒去領，會收保管費嗎？放幾天會退回？" (blind batch 29: 24.3): with no parcel
 * named, the parcel asked about is the one of the quoted route, and it waits for its recipient where it goes — so the
 * locker fee and the holding period are the destination market's (the Mainland's 3 free days at a station), said so
 * in a lead line, never the chat's own market's (Taiwan's 7 days).
 */

// Waiting to be collected: not collected, kept, stored, sent back for it ("一直沒去領", "放幾天會退回", "uncollected").
const WAITING =
  /(没|沒|冇|唔|不)(有)?(去)?(领|領|取|攞|拿)|(放|留|存|保管|保留)(得)?(多久|几天|幾天|几日|幾日|幾多日|幾耐|几耐)|保管期|(几|幾)(天|日)[^，。,.?？]{0,6}(退回|退返)|\buncollected\b|\b(not|never|doesn'?t|don'?t|isn'?t|aren'?t) (collect|pick)\w*|\bhow long\b[^.?!]{0,30}\b(kept|keep|hold|held|stay|wait)\b|\bholding period\b|\bsent back\b[^.?!]{0,30}\bif\b/i;

// Every market's knowledge files carry the holding period as an outlet entry with one of these keywords.
const HOLDING_PERIOD_KEYWORDS = ['holding period', '保管期'];

/** The destination market's waiting rules with their lead, or undefined when the message is not that question. */
export function waitingRulesAnswer(turn: Turn): string | undefined {
  const { text, reading, data } = turn;
  if (reading.entities.trackingNumbers.length > 0 || data.lastTracking || !asksQuestion(text)) return undefined;
  const fee = asksLockerFee(text);
  if (!fee && !WAITING.test(text)) return undefined;
  const market = quotedDestinationMarket(turn);
  const chat = data.market ?? customerMarket(turn);
  if (!market || market === chat) return undefined;
  const holding = faqEntries(turn.services.knowledge, market, turn.locale, 'outlet', spokenRegister(turn)).find((e) =>
    e.keywords.some((k) => HOLDING_PERIOD_KEYWORDS.includes(k)),
  )?.answer;
  const parts = [fee ? ruleOn(turn, 'lockerFee') : undefined, holding].filter((p): p is string => Boolean(p));
  if (parts.length === 0) return undefined;
  const regionKey = `quote.region.${market}`;
  const region = turn.services.replies.has(regionKey) ? say(turn, regionKey as ReplyKey) : market;
  const lead = say(turn, 'waitingRules.lead', { destination: data.lastQuote?.destination ?? '', region });
  return [lead, ...parts].join('\n');
}
