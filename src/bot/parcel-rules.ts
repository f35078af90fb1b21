import { parcelMarketFor } from './change-costs';
import { answerFaq, faqEntries, generalAnswer } from './knowledge';
import { customerMarket } from './market';
import { asksQuestion } from './message-cues';
import { lookUpParcel } from './parcel-answer';
import type { ReplyKey } from './replies';
import { asksNobodyHome } from './service-words';
import { say, spokenRegister, type Turn } from './turn';

/**
 * The courier's rules on delivering and collecting the conversation's parcel come from the market the parcel is
 * delivered in, not the one the chat is written in (issue #17, blind batch 24: 21.6 heard Taiwan's NT$30 redelivery
 * and convenience-store rules for a Shanghai parcel, 30.4 Hong Kong's OK / Circle K pickup for a Shanghai station):
 * what happens when nobody is home, whether it may be left with the building's management (only with the
 * recipient's consent — a note the bot takes on a redelivery), what to bring to collect it, and by when.
 */

// "沒人在家怎麼辦", "屋企冇人點算", "what if nobody's home": missing the courier.
const AWAY =
  /\b(not|nobody|no one|no-one)('s| is| will be| be)? (at )?home\b|\bnobody (is )?(there|in)\b|不在家|没人在家|沒人在家|没有人在家|沒有人在家|家里没人|家裡沒人|屋企冇人|唔喺屋企|冇人喺屋企|冇人在家/i;
const WHAT_IF =
  /\bwhat (if|happens|do i do)\b|怎么办|怎麼辦|點算|点算|点办|點辦|会怎样|會怎樣|會點|会点|點處理|点处理|怎么处理|怎麼處理/i;

// "可以放管理室嗎", "交俾管理處得唔得", "能放门卫吗", "can you leave it with the concierge?": left with someone of the building.
const PROPERTY_PLACE =
  /物业|物業|管理室|管理处|管理處|管理员|管理員|管理中心|保安|门卫|門衛|警衛|警卫|看更|前台|前檯|大堂|\b(concierge|doorman|front desk|reception|lobby|security( guard)?|guard|building management|management office|property management)\b/i;
const LEFT_WITH =
  /(放|交|留|擺|摆|寄放|代收)(在|喺|到|给|給|俾|畀)?(物业|物業|管理室|管理处|管理處|管理员|管理員|管理中心|保安|门卫|門衛|警衛|警卫|看更|前台|前檯|大堂)|(物业|物業|管理室|管理处|管理處|管理员|管理員|保安|门卫|門衛|警衛|警卫|看更|前台|前檯|大堂)(代收|代签|代簽|收)|\b(leave|give|hand|drop)\b[^.?!]{0,20}\b(with|at|to)\b/i;

// "要帶咩證件", "需要带身份证吗", "do I need ID": what to bring to collect it.
const ID_ASKED = /证件|證件|身份证|身份證|身分證|\b(id|identification|proof of identity)\b/i;
// "幾點前要去攞", "最迟什么时候取", "by when must I collect it": until when it waits, and the hours it can be collected in.
const BY_WHEN =
  /(幾|几)(點|点|時|时)前|(幾|几)(點|点)之前|最遲|最迟|最晚|幾時要|几时要|(什么|什麼)(时候|時候)(之)?前|\bby when\b|\bwhat time\b[^.?!]{0,30}\b(by|before|until|till)\b|\b(until|till) when\b|\bdeadline\b|\bhow long\b[^.?!]{0,20}\b(kept|keep|hold|held)\b/i;

// The words each market's files carry on the entries this answers from (knowledge/*/faq.*.md).
const NOBODY_HOME_WORDS = 'failed delivery';
const ID_WORDS = '证件 證件 proof of identity';
const HOLDING_PERIOD_KEYWORDS = ['holding period', '保管期'];

/** The building word the customer used ("管理室"), else the locale's own. */
function placeSaid(turn: Turn): string {
  const said = PROPERTY_PLACE.exec(turn.text)?.[0];
  return said ?? say(turn, 'parcelRules.propertyPlace');
}

/**
 * Answers what the message asks about delivering or collecting the conversation's parcel from the rules of the
 * market it is delivered in, when that is another market than the chat's or the message asks whether the parcel
 * may be left with the building's management; undefined otherwise (the usual answers serve).
 */
export async function parcelRulesAnswer(turn: Turn): Promise<string | undefined> {
  const number = turn.data.lastTracking;
  const { text, reading } = turn;
  if (!number || reading.entities.trackingNumbers.some((t) => t.number !== number)) return undefined;
  const away = (AWAY.test(text) && WHAT_IF.test(text)) || asksNobodyHome(text);
  const property = PROPERTY_PLACE.test(text) && LEFT_WITH.test(text) && asksQuestion(text);
  const id = ID_ASKED.test(text) && asksQuestion(text);
  const byWhen = BY_WHEN.test(text) && (id || /[攞取領领]|\b(collect|pick)/i.test(text));
  if (!away && !property && !id && !byWhen) return undefined;
  const lookup = await lookUpParcel(turn.services, number);
  if (lookup.kind !== 'found') return undefined;
  const market = parcelMarketFor(turn, lookup.shipment);
  const chat = turn.data.market ?? customerMarket(turn);
  const { knowledge } = turn.services;
  if (!market || !(market in knowledge) || (market === chat && !property)) return undefined;
  const register = spokenRegister(turn);
  const entry = (topic: 'fee' | 'outlet', words: string) =>
    answerFaq(knowledge, market, turn.locale, topic, words, 'entry', register);
  const holding = faqEntries(knowledge, market, turn.locale, 'outlet', register).find((e) =>
    e.keywords.some((k) => HOLDING_PERIOD_KEYWORDS.includes(k)),
  )?.answer;
  const parts = [
    away || property ? entry('fee', NOBODY_HOME_WORDS) : undefined,
    property ? say(turn, 'parcelRules.property', { place: placeSaid(turn) }) : undefined,
    id ? entry('outlet', ID_WORDS) : undefined,
    byWhen ? holding : undefined,
    byWhen ? generalAnswer(knowledge, market, turn.locale, 'hours', register) : undefined,
  ].filter((p): p is string => Boolean(p));
  if (parts.length === 0) return undefined;
  const regionKey = `quote.region.${market}`;
  const region = turn.services.replies.has(regionKey) ? say(turn, regionKey as ReplyKey) : market;
  const lead = market === chat ? undefined : say(turn, 'parcelRules.lead', { number, region });
  return [lead, ...parts].filter(Boolean).join('\n');
}
