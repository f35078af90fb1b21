import type { Alternative, ComplaintCategory, Intent, NluResult } from '../nlu';
import { reply, say, type ClarifyOption, type FaqIntent, type Turn } from './turn';
import type { ReplyKey } from './replies';
import { noteOutcome } from './turn-outcome';
import { asksQuestion } from './message-cues';
import { wordsIn } from './intake-reading';

/** How close a runner-up may come to the chosen reading before the bot asks which one was meant. */
const TOO_CLOSE = 0.15;

// The words of a greeting or a thank-you, and what goes with them ("hi there", "在吗", "thanks a lot", "唔該晒").
const SMALL_TALK =
  /\b(hello|hi|hey|hiya|yo|greetings|good (morning|afternoon|evening|day)|morning|thanks?( you)?|thank u|thx|ty|cheers|many thanks|(much )?appreciated?( it)?|there|everyone|anyone|guys|all|so much|a lot|very much|again|dear|team)\b|你好|您好|妳好|哈囉|哈喽|哈啰|嗨|喂|在吗|在嗎|在不在|有人吗|有人嗎|有冇人|早晨|早安|早上好|午安|晚安|晚上好|大家好|请问|請問|谢谢|謝謝|多谢|多謝|感谢|感謝|唔該|晒|哂|啦|呀|啊|哦|喔|哈+/gi;
// Talk of a parcel and its delivery: no message that speaks of one is only a greeting.
const PARCEL_TALK =
  /\b(parcel|package|packet|box|order|delivery|deliver\w*|arriv\w*|sent|send|ship\w*|track\w*|courier|driver|complain\w*|refund|lost|damaged|late)\b|快递|快遞|速遞|包裹|件|寄|送|到|物流|单号|單號|运单|運單|投诉|投訴|客诉|客訴|派|收到|丢|丟|坏|壞|退/i;

/**
 * A greeting or a thank-you is a reading a customer could mean only for a message that says little else: not one
 * that names a parcel, asks about something, speaks of a parcel or its delivery, or says much more (blind-13 23.1:
 * "hello, I sent something important to Shanghai, is it going to arrive on time?" was offered "Just saying hello").
 */
function couldMean(option: { intent: Intent }, reading: NluResult, text: string): boolean {
  if (option.intent !== 'greeting' && option.intent !== 'thanks') return true;
  const { trackingNumbers, invalidTracking } = reading.entities;
  if (trackingNumbers.length > 0 || invalidTracking.length > 0) return false;
  const rest = text.replace(SMALL_TALK, ' ');
  if (wordsIn(rest) <= 4) return true;
  return !asksQuestion(rest) && !PARCEL_TALK.test(rest) && wordsIn(rest) <= 24;
}

/** The readings worth offering: the NLU's runner-ups, and the chosen one too when it barely won. */
export function readingsToOffer(reading: NluResult, text = ''): Alternative[] {
  const runnersUp = reading.alternatives.filter((a) => a.intent !== 'other' && couldMean(a, reading, text));
  if (reading.intent === 'other') return runnersUp;
  const close = runnersUp.filter((a) => reading.confidence - a.confidence < TOO_CLOSE);
  if (close.length === 0) return [];
  return [
    {
      intent: reading.intent,
      ...(reading.category ? { category: reading.category } : {}),
      confidence: reading.confidence,
    },
    ...close,
  ];
}

function titleOf(turn: Turn, option: { intent: Intent; category?: ComplaintCategory }): string {
  if (option.intent === 'complaint' && option.category && option.category !== 'other')
    return `${say(turn, 'choice.complain')}: ${say(turn, `category.${option.category}` as ReplyKey)}`;
  return say(turn, `clarify.${option.intent}` as ReplyKey);
}

/** What the bot can do, as buttons: the answer to "I didn't get that". */
const MAIN_TASKS: { intent: Intent }[] = [
  { intent: 'track' },
  { intent: 'complaint' },
  { intent: 'ticket_status' },
  { intent: 'faq.fee' },
];

/**
 * Asks instead of guessing: the two or three likeliest readings as buttons (or what the bot can do, when
 * it has no reading), with a person always on offer — never forced. A second misunderstanding in a row says
 * so and puts the person first. The unclear message is kept: a chosen reading is applied to it.
 */
export async function clarify(turn: Turn, misunderstandings: number): Promise<void> {
  noteOutcome(turn.context, 'unanswered');
  // (A person is always on offer as a button of its own: a reading "human" is not offered twice — batch 21 20.1.)
  const readings = readingsToOffer(turn.reading, turn.text)
    .filter((r) => r.intent !== 'human')
    .slice(0, 3);
  const offered: { intent: Intent; category?: ComplaintCategory }[] = readings.length > 0 ? readings : MAIN_TASKS;
  const options: ClarifyOption[] = offered.map((o) => ({
    title: titleOf(turn, o),
    intent: o.intent,
    ...(o.category ? { category: o.category } : {}),
  }));
  const human: ClarifyOption = { title: say(turn, 'choice.human'), intent: 'human' };
  const buttons = misunderstandings >= 2 ? [human, ...options] : [...options, human];
  turn.data.clarify = { options: buttons, text: turn.text };
  turn.data.unclear = [...(turn.data.unclear ?? []), turn.text].slice(-3);
  turn.data.offeredHuman = misunderstandings >= 2;
  const question = misunderstandings >= 2 ? 'offerHuman' : readings.length > 0 ? 'clarify.ask' : 'other';
  await reply(
    turn,
    say(turn, question),
    buttons.map((b) => ({ title: b.title, value: b.title })),
  );
}

/**
 * Below this calibrated confidence the NLU's reading is more likely wrong than right (the confidence is an
 * isotonic fit of how often readings on the same decision path were right on held-out data).
 */
export const CLOSE_CALL_CONFIDENCE = 0.5;
/** How near the runner-up must come for the bot to ask rather than go with the top reading. */
const CLOSE_CALL_MARGIN = 0.15;
/** Readings that are answered the same way first (the parcel's status), so asking between them helps no one. */
const ANSWERED_ALIKE: Intent[] = ['track', 'complaint'];

/**
 * The two readings to offer when the top one is a close call: its confidence below the calibrated
 * threshold and a different intent close behind it. Undefined for a clear message, small talk, a request for
 * a person, and a parcel message whose two readings both start with the parcel's status.
 */
export function closeCall(reading: NluResult, text = ''): [Alternative, Alternative] | undefined {
  if (['other', 'greeting', 'thanks', 'human'].includes(reading.intent)) return undefined;
  if (reading.confidence >= CLOSE_CALL_CONFIDENCE) return undefined;
  const others = reading.alternatives.filter((a) => a.intent !== 'other' && a.intent !== reading.intent);
  const closest = others[0];
  if (!closest || reading.confidence - closest.confidence > CLOSE_CALL_MARGIN) return undefined;
  // A close runner-up the customer cannot mean (a greeting for a message about a parcel) is not offered; the top
  // reading is still in doubt, so the next reading they could mean is, if there is one.
  const runnerUp = others.find((a) => couldMean(a, reading, text));
  if (!runnerUp) return undefined;
  const names = reading.entities.trackingNumbers.length > 0 || reading.entities.invalidTracking.length > 0;
  if (names && ANSWERED_ALIKE.includes(reading.intent) && ANSWERED_ALIKE.includes(runnerUp.intent)) return undefined;
  const top: Alternative = {
    intent: reading.intent,
    ...(reading.category ? { category: reading.category } : {}),
    confidence: reading.confidence,
  };
  return [top, runnerUp];
}

/**
 * Asks which of two close readings the customer meant: both as buttons, a person too, and their own words
 * welcome. Not a misunderstanding: the count that leads to offering a person first is left as it was.
 */
export async function askCloseCall(turn: Turn, readings: [Alternative, Alternative]): Promise<void> {
  noteOutcome(turn.context, 'unanswered');
  const options: ClarifyOption[] = readings.map((o) => ({
    title: titleOf(turn, o),
    intent: o.intent,
    ...(o.category ? { category: o.category } : {}),
  }));
  const buttons = [...options, { title: say(turn, 'choice.human'), intent: 'human' as const }];
  turn.data.clarify = { options: buttons, text: turn.text };
  await reply(
    turn,
    say(turn, 'clarify.close'),
    buttons.map((b) => ({ title: b.title, value: b.title })),
  );
}

/** The reading the customer picked from the last clarification, applied to the message that was unclear. */
export function clarified(turn: Turn): { reading: NluResult; text: string } | undefined {
  const pending = turn.data.clarify;
  turn.data.clarify = undefined;
  if (!pending) return undefined;
  const folded = turn.text.trim().toLowerCase();
  const chosen = pending.options.find((o) => o.title.toLowerCase() === folded);
  if (!chosen) return undefined;
  // A person was asked for: the unclear message stays what it was (the hand-off carries it).
  if (chosen.intent === 'human') return { reading: { ...turn.reading, intent: 'human' }, text: turn.text };
  const original = turn.services.nlu.analyze(pending.text, turn.services.clock.now(), turn.locale);
  const { category: _dropped, ...rest } = original;
  return {
    reading: { ...rest, intent: chosen.intent, ...(chosen.category ? { category: chosen.category } : {}) },
    text: pending.text,
  };
}

// "and power banks?", "what about liquids", "那電池呢", "仲有", "还有…呢": a follow-up on the last topic.
const FOLLOW_UP =
  /^\s*(and|also|what about|how about|then|or)\b|^\s*(那|那么|那麼|还有|還有|另外|仲有|咁|又)|[呢嗎吗]\s*[?？]?\s*$/i;

/** The FAQ topic a short follow-up continues, if the last answer was one and the message reads as a follow-up. */
export function followUpTopic(turn: Turn): FaqIntent | undefined {
  const last = turn.data.lastFaq;
  if (!last || turn.text.length > 60 || !FOLLOW_UP.test(turn.text)) return undefined;
  // ("那我要不要投诉": whether to complain, no follow-up of the price list — blind batch 41a 09.4 replayed.)
  if (/投诉|投訴|客诉|客訴|\bcomplain/i.test(turn.text)) return undefined;
  return last;
}

// "係啲護膚品同埋一個尿袋", "是一些茶叶和充电宝", "just some books and a power bank": what is being sent, told after a question
// about sending (blind batch 54a: 15.3 was taken for a packaging complaint).
const ITEMS_TOLD = /^\s*(係啲|係|是一些|是些|就是|都係|主要是|主要係|有啲|有些|just|it'?s|its|some|mainly)/i;

/** The FAQ topic a short message telling what is sent follows, if the last answer was one (its items' rules next). */
export function itemsToldAfter(turn: Turn): FaqIntent | undefined {
  const last = turn.data.lastFaq;
  return last && turn.text.length <= 40 && ITEMS_TOLD.test(turn.text) && !GOODS_HARMED.test(turn.text)
    ? last
    : undefined;
}

// What happened to the goods, told: "有啲衫同埋書 上次寄唔見咗", "就是一些衣服 上次寄的被你们弄丢了", "係啲化妝品 上次寄爛咗" —
// a loss or damage, not the items of a question about sending (a review of 217df6f).
const GOODS_HARMED =
  /上次|丢|丟|唔見|不见|不見|弄没|爛|烂|破|坏|壞|碎|\b(lost|broken|damaged|smashed|missing|last time)\b/i;

// A message that says only that help is needed, names only a parcel in general, or says the customer does not know how
// to use the chat: "help", "help me pls", "快递", "parcel??", "唔好意思 我唔係好識用", "how does this work" (issue #17,
// blind batch 54a: 03.1, 08.1, 15.1 were offered two complaints to choose from).
const HELP_ONLY =
  /^(please |pls |plz )?(help|help me|help pls|help please|i need (some )?help|need help|can (you|u|someone|anyone) help( me)?|帮帮我|幫幫我|帮帮忙|幫幫忙|帮我|幫我|救命|求助|求救|唔該幫幫手|幫幫手|幫下手|帮下我|幫下我)( please| pls| plz)?$/i;
// ("tracking", "查询" alone ask for the number as before — a review of 217df6f.)
const TOPIC_ONLY =
  /^(a |my |the )?(parcel|package|delivery|courier|shipment)s?$|^(我的|我嘅|我個|我个|我|有个|有個)?(快递|快遞|包裹|速遞|件|件貨|件货)$/i;
const UNSURE_HOW =
  /唔係好識用|唔識用|唔識點用|唔知點用|唔知點樣用|不知道怎么用|不知道怎麼用|不会用|不會用|不太会用|不太會用|不懂(怎么|怎麼)?用|怎么用|怎麼用|點用|点用|第一次用|\bdon'?t know how (to use|this works|it works)\b|\bhow does this (chat |thing |bot )?work\b|\bnew to this\b|\bfirst time (using|here)\b|\bnot sure how (this|it) works\b/i;

/** The customer says only that they need help, or that they do not know how to go about it: nothing to read yet. */
export function asksForGuidance(text: string): boolean {
  const bare = text
    .trim()
    .replace(/[\s?？!！.。,，~…]+/g, ' ')
    .replace(/^(hi|hello|hey|你好|您好|喂|唔好意思|不好意思|sorry|excuse me)\s*/i, '')
    .trim();
  // (Unsure of the chat itself, and nothing else said: "第一次用你们寄东西，寄到北京多少钱", "how does this work, my parcel is
  // lost", "智能櫃點用㗎" ask something — a review of 217df6f.)
  const rest = bare.replace(UNSURE_HOW, ' ').replace(UNSURE_FILLER, ' ').trim();
  return HELP_ONLY.test(bare) || TOPIC_ONLY.test(bare) || (UNSURE_HOW.test(text) && rest.length <= 1);
}

// The words around "I don't know how to use this": sorry, this (chat), me, really.
const UNSURE_FILLER =
  /唔好意思|不好意思|对不起|對不起|sorry|我|呢個|这个|這個|個|嘢|東西|东西|係|好|太|真係|都|呀|啊|啦|喎|\b(i'?m|i|really|this|it|chat|bot|so|um+|hmm+|to bother you|bother(ing)? you)\b/gi;

/** What the bot can do, in plain words, step by step — with buttons for the usual needs and a person. */
export async function guide(turn: Turn): Promise<void> {
  noteOutcome(turn.context, 'unanswered');
  const offered: { intent: Intent }[] = [{ intent: 'track' }, { intent: 'faq.fee' }, { intent: 'complaint' }];
  const options: ClarifyOption[] = offered.map((o) => ({ title: titleOf(turn, o), intent: o.intent }));
  const buttons: ClarifyOption[] = [...options, { title: say(turn, 'choice.human'), intent: 'human' }];
  turn.data.clarify = { options: buttons, text: turn.text };
  await reply(
    turn,
    say(turn, 'guide.start'),
    buttons.map((b) => ({ title: b.title, value: b.title })),
  );
}
