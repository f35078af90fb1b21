import type { FaqIntent, Turn } from './turn';
import { handleFaq } from './handlers';
import { readRestOf } from './digits-beside';
import { asksQuestion } from './message-cues';
import { asksAboutTopic, faqQuestionIn } from './faq-topics';
import { answerHolidayService, asksHolidayService } from './small-talk';
import { answerPostagePayer, asksWhoPaysPostage } from './postage-payer';
import { asksSendingAbroad } from './sending-abroad';
import { asksInsuranceCost } from './insurance-quote';
import { speaksOfFine } from './rules-follow-up';
import { answerSendingQuestion, asksSenderPickup } from './sending-questions';

// Where a message's questions part: a sentence's end or a new line; ", and can …", ", also how …"; "，还有…", "，另外…";
// a Chinese question's particle or price before a comma or a space ("25公斤多少钱，元旦开门吗，能到付吗",
// "白酒能寄吗 周日开门吗").
// A numbered list's marker too ("1.白酒能寄吗 2.你们周日…", "1) can I ship… 2) how much…"), never a decimal's point.
const QUESTION_BREAKS =
  /\n+|(?<!\s)\s*(?:^|(?<=[\s:：,，。;；!！?？]))[(（]?[1-9][.、)）](?!\d)\s*|(?<=[。？?！!；;])\s*|[,，]\s*(?:and|also|plus|but)\s+(?=(?:how|what|when|where|which|who|why|is|are|do|does|did|can|could|will|would|should|shall)\b)|(?<=[吗嗎呢么麼咩钱錢])(?:\s*[,，、]\s*|\s+)|[,，]\s*(?=还有|還有|另外|同埋|仲有|以及|顺便|順便)/i;

// A message that numbers its questions ("1. … 2. …"): what comes before the first is an introduction ("问几个问题哈",
// "few questions:").
const NUMBERED = /(?:^|[\s:：,，])[(（]?1[.、)）](?!\d)[\s\S]*[\s,，。;；!！?？)）][(（]?2[.、)）](?!\d)/;
const FIRST_NUMBER = /(?:^|[\s:：,，])[(（]?1[.、)）](?!\d)/;

/**
 * What one question of the message asks about: a FAQ topic, the holiday service, who pays the postage, or a courier
 * to collect the parcel sent (the door pickup's entry — never the ID rules or delivery days: blind-30 03.2).
 */
type Asked = { kind: 'faq'; intent: FaqIntent } | { kind: 'holiday' } | { kind: 'postage' } | { kind: 'pickup' };

// A day or time of the week alone ("saturday ok?", "周六呢", "禮拜日得唔得"), and how short such a point is.
const DAY_OF_PICKUP =
  /\b(saturdays?|sundays?|weekends?|public holidays?|tomorrow|today|tonight|morning|afternoon|evening)\b|周[六日末]|週[六日末]|星期[六日天]|禮拜[六日天]|礼拜[六日天]|假日|明天|聽日|今天|今日|上午|下午|晚上/i;
const SHORT_POINT = 24;

// A FAQ reading this sure of itself asks that question on its own.
const FAQ_CONFIDENT = 0.5;

/** What a message read as the turn's text asks, if it is one of the questions answered here. */
function askedIn(turn: Turn): Asked | undefined {
  if (asksSenderPickup(turn.text)) return { kind: 'pickup' };
  if (asksHolidayService(turn)) return { kind: 'holiday' };
  if (asksWhoPaysPostage(turn.text)) return { kind: 'postage' };
  const { intent, confidence } = turn.reading;
  const read = intent.startsWith('faq.') && confidence >= FAQ_CONFIDENT ? (intent as FaqIntent) : undefined;
  const faq =
    faqQuestionIn(turn) ?? (read && asksAboutTopic(turn.services.knowledge, read, turn.text) ? read : undefined);
  // ("萬一被查到違禁品會怎樣？會罰錢嗎": a fine asked about is no price of sending — blind batch 26: 22.5.)
  if (faq === 'faq.fee' && speaksOfFine(turn.text)) return undefined;
  return faq ? { kind: 'faq', intent: faq } : undefined;
}

const sameAsking = (a: Asked, b: Asked): boolean =>
  a.kind === b.kind && (a.kind !== 'faq' || (b.kind === 'faq' && a.intent === b.intent));

/**
 * "how much for 25 kg to Beijing, and are you open on New Year's Day, and can the receiver pay?": a message of several
 * questions gets an answer to each, in the order asked — not only the one the whole message reads as (blind batch 19:
 * 07.3). A part that asks nothing ("ok so") is let be; one that asks something not answered here leaves the message
 * to be read whole.
 * @returns whether the message was such and was answered.
 */
export async function answerEachQuestion(turn: Turn): Promise<boolean> {
  const points = turn.text
    .split(QUESTION_BREAKS)
    .map((point) => point?.trim() ?? '')
    .filter((point) => point.length >= 4);
  // ("值 8 千，保險點買？要幾多錢？": the price asked is the insurance's, one question — answered whole.)
  if (points.length < 2 || asksInsuranceCost(turn.text)) return false;
  const { text, reading } = turn;
  const complaintCategory = turn.complaintCategory;
  const asked: { point: string; asked: Asked }[] = [];
  // "寄份合約去澳洲要幾耐？使唔使準備咩文件": what to prepare is the sending abroad's, not a claim's documents.
  const abroad = asksSendingAbroad(text);
  try {
    const intro = NUMBERED.test(text) ? text.slice(0, FIRST_NUMBER.exec(text)?.index ?? 0) : '';
    // (Where each point is in the message: the introduction's own points are let be, by place — a question that says
    // again what the introduction said is still asked.)
    let from = 0;
    for (const point of points) {
      const at = text.indexOf(point, from);
      if (at >= 0) from = at + point.length;
      if (at >= 0 && at < intro.length) continue;
      readRestOf(turn, point);
      const read = askedIn(turn);
      const what: Asked | undefined =
        abroad && read?.kind === 'faq' && read.intent === 'faq.claim' ? { kind: 'faq', intent: 'faq.fee' } : read;
      const last = asked.at(-1);
      // ("白酒能寄吗 两瓶茅台": words that ask nothing of their own, on the question before, are that question's.)
      // ("…pick up from my place? saturday ok?": a day asked of the pickup just asked about is the pickup's question.)
      // ("可以到宿舍來收件嗎？南京大學仙林校區": the place named after it is where to collect — the same question.)
      const placeOnly = what?.kind === 'faq' && what.intent === 'faq.outlet' && !asksQuestion(point);
      const pickupDay =
        last?.asked.kind === 'pickup' && (DAY_OF_PICKUP.test(point) || placeOnly) && point.length <= SHORT_POINT;
      if (last && pickupDay) last.point = `${last.point} ${point}`;
      else if (what && last && sameAsking(last.asked, what) && !asksQuestion(point))
        last.point = `${last.point} ${point}`;
      else if (what) asked.push({ point, asked: what });
      else if (asksQuestion(point) || turn.reading.intent !== 'other') return false;
    }
    // Two different things asked (or one asked again of other details, a FAQ only): else the message is one question.
    const different = asked.some((a) => !sameAsking(a.asked, (asked[0] as (typeof asked)[number]).asked));
    if (asked.length < 2 || !different) return false;
    for (const { point, asked: what } of asked) {
      readRestOf(turn, point);
      if (what.kind === 'holiday') await answerHolidayService(turn);
      else if (what.kind === 'postage') await answerPostagePayer(turn);
      else if (what.kind === 'pickup') {
        if (!(await answerSendingQuestion(turn))) await handleFaq(turn, 'faq.outlet');
      } else await handleFaq(turn, what.intent);
    }
    return true;
  } finally {
    // The message is the whole again for whatever comes after (what the conversation remembers of it).
    readRestOf(turn, text);
    turn.reading = reading;
    if (complaintCategory) turn.complaintCategory = complaintCategory;
  }
}
