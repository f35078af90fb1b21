import { clausesOf } from './message-cues';
import type { IntakeState } from './intake-state';

/**
 * What happened is what the customer told of the parcel, not what they said to the bot about the chat (issue #17,
 * batch 9 P5): "投訴呀 你聽唔明咩", "why are u replying in chinese?? english pls", "so you didn't log it?? yes file
 * it" are about the conversation itself and never become the ticket's account. A complaint left half-way (the bot
 * took a message for a change of delivery, or "thanks" ended one it opened by itself) keeps its account for the
 * conversation: asked for again on the same parcel, it goes on from there rather than from the words that asked.
 */

// "你聽唔明咩", "听不懂吗", "you don't understand", "are you a bot", "what are you talking about".
const NOT_UNDERSTOOD =
  /^(你|您)(都|係咪|是不是|到底)?(聽|听|看|睇)?(唔|不)(明|懂)(白)?(我)?(講|讲|說|说)?(咩|嗎|吗|呀|啊|嘛)?$|聽唔明|听唔明|聽不懂|听不懂|聽不明|听不明|唔明白我|不明白我|看不懂|睇唔明|你(係|是)(咪)?(機械人|机器人|機器人)|\b(you|u) (don'?t|do not|didn'?t|did not|dont) (understand|get it|listen|read)\b|\bwhat are (you|u) (talking about|on about)\b|\bare (you|u) (a bot|a robot|even reading|listening)\b|^(你|您)(到底|究竟)?(有冇|有没有|有沒有|有無)(在|喺度)?(睇|看|读|讀|听|聽)(过|過|清楚)?(我)?(講|讲|說|说|寫|写)?(的|嘅)?(嘢|野|話|话|东西|東西|内容|內容)?(呀|啊|㗎|嘛)?$/i;
// Asking to file, bare or impatient: "yes file it", "pls file a complaint then", "投訴呀", "我要投訴啊", or to open one:
// "open a complaint ticket please", "開張投訴單啦", "帮我开个投诉单" (blind batch 24: 27.4).
const ASKS_TO_FILE =
  /^(你|請|请|唔該|麻煩)?(幫|帮)我(開|开)(張|个|個|一張|一个)?(投訴|投诉|客訴|客诉)?(單|单)(啦|吖|呀)?(得唔得|可以嗎|可以吗|可唔可以|好嗎|好吗|吧)?$|^(請|请|麻煩|麻烦)?(你)?(幫|帮)我立案$|^(ok(ay)?|yes|yeah|yep|so|then|wait|please|pls|just|i said|i want (you )?to|i'?d like to|\s)*(file|log|lodge|raise|make|submit|register|record)( it| this| that| a complaint| the complaint| my complaint)?( then| now| please| pls)*$|^(ok(ay)?|yes|so|please|pls|i said|i want to|\s)*complain( then| now| please| pls)*$|^(我)?(都)?(係|是)?(話|话|说|說|講|讲)?(了|咗|過|过)?(我)?(要|想)?(投訴|投诉|客訴|客诉|申訴|申诉)(呀|啊|啦|喇|吖|㗎|囉|啰|嘛|吧|咯)*$|^(幫我|帮我|唔該|麻煩你?|麻烦你?|請|请)(幫我|帮我)?((登記|登记|提交|立案)(投訴|投诉|客訴|客诉|申訴|申诉)?|投訴|投诉|客訴|客诉|申訴|申诉)(佢|它|吧|啦|喇)?$|^(ok(ay)?|yes|so|then|please|pls|just|can you|could you|\s)*(open|start|create|raise|make|log|file) (me )?(a |the |my |an? new )?(complaint|ticket|case)( ticket| case| report)?( for me)?( then| now| please| pls| thanks?)*[.!?]*$|^(幫我|帮我|唔該|唔该|麻煩你?|麻烦你?|請|请|就|快啲|快点|快點|即刻|馬上|马上|立即|立刻|而家|現在|现在)*(開|开|立|建|起)(返)?(張|张|個|个|一張|一张|一個|一个)?(投訴|投诉|客訴|客诉|申訴|申诉)(單|单|工單|工单|案|個案|个案)?(啦|喇|吧|呀|啊|吖|咯|囉|啰)*$/i;
// Clauses about the conversation: not understood, the language of the replies, whether it was filed, asking to file.
const ABOUT_THE_CHAT = [
  NOT_UNDERSTOOD,
  // The language of the replies: "why are u replying in chinese", "english pls", "講英文", "用中文".
  /\b(replying|answering|writing|talking|speaking|respond(ing)?) (to me )?in (chinese|english|mandarin|cantonese)\b|\b(in )?english (please|pls|plz)\b|\b(please|pls|plz) (reply |answer |write |speak )?(in )?english\b|(講|讲|說|说|用|覆|回)(返)?(英文|中文|廣東話|广东话|粵語|粤语|國語|国语|普通話|普通话)/i,
  // Whether it was filed: "so you didn't log it??", "wait you haven't filed it", "冇登記到咩", "没有记录吗".
  /\b(you|u) (didn'?t|did not|haven'?t|have not|never) (log|file|record|register|take down|submit)\w*\b|(冇|没有|沒有|没|沒)(幫我)?(登記|登记|記錄|记录|提交|立案)(到)?(咩|吗|嗎|呀|啊)?$/i,
  ASKS_TO_FILE,
];

// A clause that ends asking for it after a cry of feeling: "this is ridiculous i want to make a complaint", "太过分了
// 我要投诉他" (blind batch 34a: 03.2, 07.2 heard the demand question again, as if unheard).
const ENDS_ASKING_TO_FILE =
  /\b(i want to|i wanna|i'?d like to|i need to|let me|i'?m going to|i'?m gonna)\s+(make|file|lodge|raise|log|submit|put in)\s+(a |an )?(official |formal )?complaint( about (him|her|them|this|it))?[.!]*$|(我|我哋|我们|我們)(一定)?(要|想)(正式)?(投訴|投诉|客訴|客诉)(佢|他|她|佢哋|他们|他們|你们|你們|你哋|呢個人|这个人|這個人)?(呀|啊|啦|喇|吖|囉|啰|嘛|吧|咯)*[!！。]*$/i;

/** A clause that only asks for the complaint to be filed ("pls file a complaint then", "唔該幫我投訴", "投訴呀"). */
export const asksToFile = (clause: string): boolean => ASKS_TO_FILE.test(clause.trim());

/** A clause that asks for the complaint to be filed, alone or after a cry of feeling ("this is ridiculous i want to make a complaint"). */
export const endsAskingToFile = (clause: string): boolean =>
  asksToFile(clause) || ENDS_ASKING_TO_FILE.test(clause.trim());

/** A clause that says the bot has not understood ("你聽唔明咩", "you don't understand"). */
export const saysNotUnderstood = (clause: string): boolean => NOT_UNDERSTOOD.test(clause.trim());

/** A clause the customer said about the chat itself, not about the parcel or what they want. */
export const aboutTheChat = (clause: string): boolean => ABOUT_THE_CHAT.some((words) => words.test(clause.trim()));

/** The message without its clauses about the chat; empty when it said nothing else. */
export function withoutChatTalk(text: string): string {
  const clauses = clausesOf(text);
  const kept = clauses.filter((clause) => !aboutTheChat(clause));
  if (kept.length === clauses.length) return text.trim();
  return kept.join(/[\u3400-\u9fff]/.test(text) ? '，' : ', ');
}

/** What a complaint left unfiled keeps for the conversation. */
export interface LeftComplaint {
  trackingNumber?: string;
  category?: IntakeState['category'];
  categoryGuessed?: boolean;
  description: string;
  describedEnough: boolean;
  demandNotes?: string[];
}

/** Keeps what the intake had gathered when it ends unfiled without the customer calling it off. */
export function keepLeftComplaint(data: { leftComplaint?: LeftComplaint }, state: IntakeState): void {
  if (!state.description.trim() && !state.demandNotes?.length) return;
  data.leftComplaint = {
    ...(state.trackingNumbers[0] ? { trackingNumber: state.trackingNumbers[0] } : {}),
    ...(state.category ? { category: state.category } : {}),
    ...(state.categoryGuessed ? { categoryGuessed: true } : {}),
    description: state.description,
    describedEnough: state.describedEnough,
    ...(state.demandNotes?.length ? { demandNotes: state.demandNotes } : {}),
  };
}

/** The complaint left earlier in the conversation on this parcel (or on none named), taken off the conversation. */
export function takeLeftComplaint(
  data: { leftComplaint?: LeftComplaint },
  parcel: string | undefined,
): LeftComplaint | undefined {
  const left = data.leftComplaint;
  if (!left) return undefined;
  data.leftComplaint = undefined;
  return !parcel || !left.trackingNumber || left.trackingNumber === parcel ? left : undefined;
}
