import type { Ticket } from '../tickets/records';
import { asksQuestion } from './message-cues';
import { noteOutcome } from './turn-outcome';
import { reply, say, type Turn } from './turn';

// Who might be answering: a program ("機器人", "bot", "AI") or a person ("真人", "a human").
// ("是人工吗", "你是真人客服还是机器": the agent's word and the bare "machine" too — blind batch 28: 10.1.)
const HAN_WHO =
  '(?:機器人|机器人|機械人|机械人|機器|机器|ai|AI|真人客服|人工客服|真人|人工智能|人工|自動回覆|自动回复|bot)';
const EN_WHO =
  '(?:(?:a |an )?(?:real |actual |live )?(?:bot|robot|chat ?bot|human(?: being)?|person|ai|machine|computer(?: program)?|program|automated (?:reply|message|system|assistant)|automated))';
// A greeting before the question ("哈囉 你是機器人嗎", "hi, are you a bot?").
const GREETING = '(?:哈囉|哈喽|哈啰|哈佬|你好|您好|嗨|hi+|hello+|hey+|在吗|在嗎)';
// "hiii", "heyy", "yo" as customers type them (blind batch 28: 10.1).
const EN_GREETING = '(?:hi+|hello+|hey+|heya|hiya|yo)';
// Only a short remark after the question mark ("回得好快", "吧", "that was quick"): anything longer is the customer's
// business, read as such ("你是机器人吗？我要投诉，快递晚了三天").
const HAN_REMARK =
  '(?:哈哈+|呵呵|嘻嘻|lol|吧|(?:(?:回|回覆|回复|覆|反应|反應)得?)?(?:好|真|很)?快(?:啊|呀|喔|哦|耶|wor)?|(?:你)?(?:好|真|很)?(?:厉害|厲害|聪明|聰明))';
const EN_REMARK =
  "(?:lol|haha|hehe|lmao|(?:that was|so|pretty|very|really) (?:quick|fast)|(?:you[’']?re|ur|u r) (?:so |pretty |really |very )?(?:quick|fast)|quick reply)";
// "你是機器人喔？", "你係咪機械人嚟㗎", "你是机器人还是真人啊", "是不是真人", "真人定機械人": who is answering, with laughter
// or a particle around it ("are you a bot? lol"), or a check at its end ("你是AI对不对", "你係機械人係咪" — blind-33 23.2).
const ASKS_IF_BOT = new RegExp(
  [
    `^\\s*(?:(?:哈哈+|呵呵|lol|喂|${GREETING})[\\s,，!！~。]*){0,2}(?:请问|請問|咁|所以|那|哦|噢)?\\s*(?:你|您|对面|對面|那边|那邊|这边|這邊|客服)?(?:到底|究竟)?(?:係|是|系)(?:咪|不是|唔係|唔是|否)?(?:一個|一个|個|个)?\\s*${HAN_WHO}\\s*(?:(?:还是|還是|定係|定系|定|或是|或者是)\\s*(?:一個|一个|個|个)?\\s*${HAN_WHO})?\\s*(?:嚟|来|來)?\\s*(?:㗎|嗎|吗|喔|哦|呀|啊|咩|嘛|吧|來的|来的|嚟㗎|嘅|啩|對吧|对吧|是吧|是不是|係唔係|系唔系|對不對|对不对|對唔對|对唔对|是嗎|是吗|係咪|冇錯吧|没错吧|沒錯吧|啦)?(?:[，,\\s]*(?:對不對|对不对|對唔對|对唔对|係咪|是吗|是嗎|没错吧|沒錯吧|冇錯吧|是不是|係唔係))?\\s*[?？!！~。.]*\\s*(?:哈哈+|呵呵|lol)?(?:(?<=[?？!！~。.])\\s*${HAN_REMARK}[!！~。.]*)?\\s*$`,
    `^\\s*(?:${EN_GREETING}[\\s,!.]*)?(?:so\\s+)?(?:(?:are|r) )?(?:you|u) (?:even |really |actually )?${EN_WHO}(?: or (?:what|something|not|${EN_WHO}))?\\s*[?!.]*\\s*(?:lol|haha|lmao|hehe)?\\s*[?!.]*\\s*$`,
    `^\\s*(?:${EN_GREETING}[\\s,!.]*)?(?:is (?:this|that|it) (?:even |really |actually |just )?${EN_WHO}(?: or ${EN_WHO})?)\\s*[?!.]*\\s*(?:lol|haha)?\\s*$`,
    // "机器人吗？", "真人嚟㗎？", "人工还是机器人？": no verb, but a question particle or the pair makes it one (a bare
    // "人工" asks for a person).
    `^\\s*(?:${GREETING}[\\s,，!！~]*)?(?:你|您|对面|對面|那边|那邊|这边|這邊|客服)?\\s*${HAN_WHO}\\s*(?:(?:还是|還是|定係|定系|定|或是)\\s*${HAN_WHO}\\s*(?:嚟|来|來)?\\s*(?:㗎|嗎|吗|咩|呀|啊)?|(?:嚟|来|來)?\\s*(?:㗎|嗎|吗|咩))\\s*[?？!！~。.]*\\s*$`,
    `\\b(?:am i|are we) (?:talking|chatting|speaking) (?:to|with) ${EN_WHO}`,
    // "you're a bot right?", "ur a robot aren't you", "so you are an AI, huh": said, with a check at the end.
    // ("haha you're a bot right? you're pretty fast": a short remark may follow the question mark.)
    `^\\s*(?:(?:haha+|hehe|lol|oh|so|wait)[\\s,!.]*){0,3}(?:you[’']?re|you are|ur|u r) ${EN_WHO}(?:,?\\s*(?:right|aren[’']?t you|huh|yeah|yes|eh|no|innit|then|too))?\\s*(?:[?!.]*\\s*(?:lol|haha)?\\s*[?!.]*|\\?+\\s*${EN_REMARK}[!.]*)\\s*$`,
    `\\b(?:i[’']?m|i am|we[’']?re|we are) (?:talking|chatting|speaking) (?:to|with) ${EN_WHO}`,
    // "are you even reading what I write or is this automated" (blind batch 50a: 05.5).
    // (At the clause's end: "is this automated tracking even accurate?" asks of the tracking — a review of session 49.)
    // ("did your courier send it or is it automated?" asks of a text: only "this", the chat, is the bot.)
    `\\bor (?:is )?this (?:just |all |even )?(?:automated|an? (?:bot|robot|machine|ai|chat ?bot))\\s*(?:[?!.,]|$)|\\bis this (?:just |all |even )?automated\\s*(?:[?!.]|$)`,
  ].join('|'),
  'i',
);

// These questions are short: a longer message is something else, and a long run of spaces against the pattern's
// optional groups would backtrack for seconds (spaces are collapsed first).
const LONGEST_QUESTION = 120;

// Courtesy before the question or after it ("thanks. oh one more - are you a bot?", "ok thx, is this a real person btw",
// "好的谢谢 对了你是机器人吗" — blind batch 37b: 01.5, 05.5): the question is still the message.
const COURTESY_BEFORE =
  /^(?:(?:ok(?:ay)?|k|kk|thanks?|thx|ty|thank you|cheers|great|cool|alright|right|oh|one more(?: thing| question| q)?|also|and|btw|by the way|好的?|谢谢|謝謝|多谢|多謝|唔該|嗯|哦|噢|对了|對了|还有|還有|另外|顺便问一?下|順便問一?下)(?:[ ,，.。!！:：~]|-|–|—)*)+/i;
const COURTESY_AFTER = /(?:\bbtw|\bby the way|顺便问一?下|順便問一?下)[?？!！.。]*$/i;

/** The message asks whether a person or a program is answering. */
export const asksIfBot = (text: string): boolean => {
  const said = text.replace(/\s+/g, ' ').trim();
  if (said.length > LONGEST_QUESTION) return false;
  if (ASKS_IF_BOT.test(said)) return true;
  const bare = said
    .replace(COURTESY_BEFORE, '')
    .replace(COURTESY_AFTER, '')
    .replace(/(?<![ ,，])[ ,，]+$/, '')
    .concat('?');
  return bare !== `${said}?` && bare.length > 1 && ASKS_IF_BOT.test(bare);
};

/**
 * "你是机器人吗？我要投诉，快递晚了三天", "are you a bot? my parcel is 3 days late": the identity question first, then the
 * customer's business — the rest, read as the message once the question is answered (the review of 30b).
 * @returns the words after the question, or undefined when the message is no such pair.
 */
export function besidesBotQuestion(text: string): string | undefined {
  const end = text.search(/[?？]/);
  if (end < 0 || asksIfBot(text)) return undefined;
  const rest = text.slice(end + 1).replace(/^[\s?？!！~。.,，]+/, '');
  return asksIfBot(text.slice(0, end + 1)) && /[\p{L}\p{N}]/u.test(rest) ? rest : undefined;
}

// "Will a human actually look at this?", "is it just you?", "有没有真人处理", "会有人跟进吗", "係咪有真人跟㗎": whether a
// person deals with what the customer has told the bot (asked after filing, it is about that complaint).
const ASKS_IF_PERSON_HANDLES =
  /\b(?:will|does|do|is|would) (?:a |an |any )?(?:real |actual )?(?:human|person|people|someone|somebody|anyone|agent|staff)(?: (?:actually|really|ever|even))? (?:look(?:ing)? at|read|see|check|handle|review|deal with|follow(?:ing)? up|work on|going to (?:look|read|see|check|handle))\b|\bis (?:it|this) (?:just|only) (?:you|a bot|automated)\b|(?:有没有|有沒有|有冇|(?:会不会|會不會|會唔會|会|會)有|係咪有|是不是有)(?:(?:真人|人工|客服|專人|专人)(?:会|會)?(?:来|來)?(?:看|睇|处理|處理|跟进|跟進|跟|负责|負責|審核|审核)|人(?:会|會)?(?:来|來)?(?:处理|處理|跟进|跟進|负责|負責|審核|审核))/i;

// "幾時會有人跟進？", "when will someone look at it?": when an answer comes (the reply time), not whether a person does.
const ASKS_WHEN = /幾時|几时|多久|幾耐|几耐|什么时候|什麼時候|啥时候|\bwhen\b|\bhow (long|soon)\b/i;

/** The message asks whether a person (not only the bot) deals with the customer's case. */
export const asksIfPersonHandles = (text: string): boolean =>
  text.length <= 2 * LONGEST_QUESTION &&
  ASKS_IF_PERSON_HANDLES.test(text) &&
  asksQuestion(text) &&
  !ASKS_WHEN.test(text);

/** Says that the assistant is automated, what it can do, and how to reach a person (batch 11 14.4). */
export async function answerBotIdentity(turn: Turn): Promise<void> {
  noteOutcome(turn.context, 'answered');
  await reply(turn, say(turn, 'bot.identity'), [
    { title: say(turn, 'choice.human'), value: say(turn, 'choice.human') },
  ]);
}

/**
 * "Will a human look at this?" after a complaint was filed: a person of the customer-service team handles the
 * ticket, when they answer (the first-response deadline while nobody has, else the resolution deadline), and that
 * the reply comes here (batch 21 08.6).
 */
export async function answerWhoHandles(turn: Turn, ticket: Ticket): Promise<void> {
  noteOutcome(turn.context, 'answered');
  const when = (instant: string) => turn.services.replies.dateTime(turn.locale, instant, turn.services.timeZone);
  const waiting = ticket.status === 'open' || ticket.status === 'pending_agent';
  // (A first reply already overdue is said to be late, never promised for a time gone by: the review of batch 21's fixes.)
  const late = waiting && Date.parse(ticket.deadlines.firstResponse) < turn.services.clock.now().getTime();
  await reply(
    turn,
    say(turn, late ? 'bot.handledByPersonLate' : waiting ? 'bot.handledByPerson' : 'bot.handledByPersonNow', {
      number: ticket.number,
      reply: when(ticket.deadlines.firstResponse),
      deadline: when(ticket.deadlines.resolution),
    }),
  );
}
