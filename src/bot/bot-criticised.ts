import { acknowledge } from './empathy';
import { reply, say, type Turn } from './turn';
import { noteOutcome } from './turn-outcome';

/**
 * "你们这机器人也太死板了吧", "this bot is useless", "呢個機械人好蠢" (issue #17, blind-33 17.3): the customer vents about
 * the assistant itself, not about the parcel or the courier's service — no complaint is started, no demand asked. One
 * line of acknowledgement (the catalog's, never the one heard last), then back to what they were doing, with a person
 * offered.
 */

// The assistant spoken of: "机器人", "機械人", "智能客服", "自动回复", "bot", "AI", "this system".
const BOT =
  /机器人|機器人|機械人|机械人|智能客服|人工智障|自动回复|自動回覆|自動回复|(这|這|呢)(个|個)?(系统|系統)|\b(chat ?bot|bot|robot|ai|machine|automated (assistant|system|reply|replies)|this system)\b/i;

// What is said of it: rigid, stupid, useless, does not understand.
const CRITICISED =
  /死板|呆板|不灵活|不靈活|不会变通|不會變通|唔識變通|笨|蠢|傻|智障|没用|沒用|冇用|無用|废物|廢物|垃圾|听不懂|聽不懂|唔明|答非所问|答非所問|无语|無語|离谱|離譜|\b(useless|stupid|dumb|rigid|inflexible|annoying|hopeless|rubbish|pointless|clueless|idiotic|not (very |that |so )?(smart|helpful|flexible)|(doesn'?t|does not|don'?t|do not|can'?t|cannot) (understand|get it|help))\b/i;

// A person asked for, a complaint named, a parcel's number: the customer's business, read as such.
const MORE_THAN_VENTING = /转人工|轉人工|真人|人工|投诉|投訴|客诉|客訴|\b(agent|human|person|complain\w*)\b/i;

// Venting is short: a longer message tells something else too.
const LONGEST = 80;

/** The message only criticises the assistant itself. */
export function criticisesBot(turn: Turn): boolean {
  const { text, reading } = turn;
  if (text.trim().length > LONGEST || reading.entities.trackingNumbers.length > 0) return false;
  if (reading.entities.phones.length > 0 || MORE_THAN_VENTING.test(text)) return false;
  return BOT.test(text) && CRITICISED.test(text);
}

/** A line of acknowledgement, the way back to what the customer was doing (their parcel), and a person offered. */
export async function answerBotCriticised(turn: Turn): Promise<void> {
  const number = turn.data.lastTracking;
  const back = number ? say(turn, 'botCriticised.backToParcel', { number }) : say(turn, 'botCriticised.back');
  // (The button offers the person now: a person offered before is no question waiting for a yes.)
  turn.data.offeredHuman = undefined;
  noteOutcome(turn.context, 'answered');
  await reply(turn, `${acknowledge(turn, 'botCriticised')}\n${back}`, [
    { title: say(turn, 'choice.human'), value: say(turn, 'choice.human') },
  ]);
}
