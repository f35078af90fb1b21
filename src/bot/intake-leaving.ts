import {
  ANSWERED_ASIDE,
  CONFIRM_PROMPT,
  CONTACT_PROMPT,
  PHOTO_PROMPT,
  type IntakePosition,
  type IntakeState,
} from './intake-state';
import {
  asksForRemedy,
  defersFiling,
  isCancel,
  isYes,
  readDemands,
  statesOwnPlan,
  wantsFiled,
  wordsIn,
} from './intake-reading';
import { fileComplaint } from './file-complaint';
import { asksQuestion, saysThanks } from './message-cues';
import { reply, say, type Turn } from './turn';
import { worryLetGo, worryOnlyIntake } from './worry-answer';
import { saysGoodbye } from './leaving-words';
import { answerTurnedUp } from './turned-up';
import { DECLINES_FILING, deniesComplaint, withoutDenial } from './complaint-denied';
import { wantsToComplain } from './complaint-words';
import { asksToChangeDelivery } from './context-reading';
import { wantsCallFirst } from './delivery-change-reading';

/**
 * A complaint the customer does not want goes no further (issue #17, blind batch 5 P3): "I'm not complaining,
 * just asking where it is" ends it unfiled and the question is answered as if no complaint were open; "thanks"
 * to a complaint the bot opened by itself, before the customer asked for anything, ends it too — with what stays
 * (a change of delivery they asked for). Neither files anything.
 */

// "可唔可以再寄過嚟", "can you…", "幫我…": a request to act, which the complaint (or a change of delivery) takes.
// ("我是在問20000mAh能不能寄", "能不能在柜子上输手机号取": whether a thing may be done asks a rule, not us to act.)
const ASKS_TO_ACT =
  /(可唔可以|可不可以|能不能|能否|可否)(?!(直接|先|就)?(寄(?!回|返|过|過|给|給)|在|用|輸|输|拿|取|攞|帶|带))|幫我|帮我|麻烦|麻煩|\b(can|could|would) you\b|\bplease\b/i;

/** "I'm not complaining, just asking where it is": the customer says this is not a complaint, and asks no action. */
export const saysNotComplaining = (text: string): boolean =>
  deniesComplaint(text) && !ASKS_TO_ACT.test(text.replace(new RegExp(DECLINES_FILING.source, 'g'), ''));

// A message that only thanks or closes: "好的谢谢", "thanks, that's all", "OK 唔該晒".
const CLOSING =
  /\b(that'?s all|that is all|all good|ok(ay)?|fine|great|cool|got it)\b|好的|好吧|好啦|好|行|知道了|明白|收到|就这样|就這樣|没事了|沒事了|冇事|得啦|OK/gi;

const THANKS_WORDS =
  /\b(thank you|thanks|thank|thx|ty|cheers|very much|so much|a lot)\b|谢谢|謝謝|谢了|謝了|多谢|多謝|唔該晒|唔該|唔该|感谢|感謝|你|您|晒|啦|喇|呀|啊|了/gi;

function onlyThanks(text: string): boolean {
  if (!saysThanks(text)) return false;
  const rest = text.replace(THANKS_WORDS, '');
  // ("好 那我禮拜六去信義那間 謝謝", "ok I'll collect it on saturday, thanks": a yes and the customer's own plan, with
  // thanks — closing, not a yes to the step's question; blind batch 39b: 11.5 was taken as the number stood by.)
  return wordsIn(rest.replace(CLOSING, '')) === 0 || statesOwnPlan(text);
}

// "冇嘢喇 唔該", "没有了 谢谢", "nothing else, thanks", "that's all thank you": nothing more to say, and thanks.
const NOTHING_ELSE =
  /冇嘢|冇其他|冇別嘅|冇别嘅|没有了|沒有了|没别的|沒別的|没其他|沒其他|没有其他|沒有其他|就这些|就這些|就咁多|就酱|\bnothing (else|more)\b|\bthat'?s (all|it)\b|\bno(thing)? more\b|\bi'?m (good|done)\b/i;

// "ok 没事了", "沒事了", "冇嘢喇", "never mind", "forget it": the customer lets the matter drop (alone, short).
const NEVER_MIND =
  /^(ok(ay)?|好|好吧|好啦|行|行吧|嗯|哦|噢|咁|那)?[\s,，]*(没事了|沒事了|没事|沒事|冇事喇|冇事了|冇事|冇嘢喇|冇嘢了|冇嘢啦|冇嘢|不用了|唔使喇|唔使了|唔使啦|never ?mind|nvm|forget it|it'?s (fine|ok|okay)|no worries)[\s。.!！~啦了喇吧]*$/i;
const neverMind = (text: string): boolean => NEVER_MIND.test(text.trim());

/** "Nothing else, thanks": the customer is done talking (short, with thanks; "没有了" alone answers the step). */
const saysNothingElse = (text: string): boolean =>
  NOTHING_ELSE.test(text) && saysThanks(text) && text.trim().length <= 40;

// "那我先再等等吧", "我再等两天看看", "等多兩日先", "I'll wait a couple more days": not now — the customer will wait and see
// (batch 16 16.4 heard the demand question again). Short, and no complaint word with it.
const WAITS_FIRST =
  /^(那|咁|好|好吧|ok|okay|算了|唉)?[\s,，]*(那|咁)?(还是|還是|都係)?(我|先|再|就)+(等等|等一等|等一下|等吓)(看|看看|睇下|先|吧|啦|喇|了|囉|咯|啊|呀|再说|再說|再算|\s)*[。.!！~]*$|^(那|咁|好|好吧|ok|okay|算了|唉)?[\s,，]*(那|咁)?(还是|還是|都係)?(我|先|再|就)*(等多|等几天|等幾天|等两天|等兩天|等多兩日|等多两日|等多幾日|睇下先)(看|看看|睇下|先|吧|啦|喇|了|囉|咯|啊|呀|再说|再說|再算|\s)*[。.!！~]*$|^(ok(ay)?|fine|alright|right)?[\s,]*i'?ll (just )?wait( and see| a (bit|while|little)| (a few|a couple( of)?|two|2|some) (more )?(days|hours)| (until|till) [^.?!]{1,20})?( then| first| for now)?\s*[.!]*$/i;
export const waitsFirst = (text: string): boolean => WAITS_FIRST.test(text.trim());

export { saysGoodbye };

// "oh hang on, the doorbell", "I think that's the parcel now", "有人敲门，好像是快递来了", "有人撳鐘，好似係件貨到咗".
const MAYBE_ARRIVED =
  /\b(door ?bell|someone('s| is) at the door|knock(ing)? (at|on) the door)\b|\b(i think|maybe|might be|could be|probably)\b[^.?!]{0,20}\b(it'?s|that'?s|this is)\b[^.?!]{0,10}\b(the|my) (parcel|package|delivery)\b|门铃|門鈴|門鐘|有人敲门|有人敲門|有人撳鐘|(好像|可能|应该|應該)(是)?(快递|快遞|包裹)(来|來|到)了|(好似|可能|應該)(係)?(件貨|速遞|快遞)(到咗|嚟咗)/i;

// "please knock on the door next time", "下次记得敲门": how the courier should come, asked — no one at the door now.
const ASKED_OF_COURIER =
  /\b(please|pls|next time|in future|from now on|make sure|should|could you|can you|ask (him|her|them|the courier))\b|以后|以後|下次|下趟|下一次|记得|記得|请|請|麻烦|麻煩|唔該/i;

/** The customer breaks off because the parcel may be at the door right now. */
export const maybeArrived = (text: string): boolean =>
  MAYBE_ARRIVED.test(text) && text.trim().length <= 120 && !ASKED_OF_COURIER.test(text);

// "我安心多了", "放心啦", "that's a relief", "good to know", "I feel better now": the customer is reassured.
const RELIEVED =
  /(?<![不唔])(安心|放心)(了|多了|啦|喇|晒|咗|哂)|松了一口气|鬆了一口氣|鬆咗一口氣|冇咁(擔心|担心)|唔(使|洗)(擔心|担心)(喇|啦)|不用(担心|擔心)了|\b(that'?s|what) a relief\b|\b(i'?m|i am|feel(ing)?) (so |much |a lot )?relieved\b|\bgood to know\b|\bi feel (much |a lot |so )?better\b|\bphew\b|\bthat'?s (all|what) i (wanted|needed) to know\b/i;

/** The customer says they are reassured (a short message: relief told inside an account is part of it). */
export const saysRelieved = (text: string): boolean => RELIEVED.test(text) && text.trim().length <= 60;

/**
 * The customer asked, as they left, whether to file the complaint as it stood: a yes files it now (what is not
 * asked yet is left as it is — no number, no demand, answered here), anything else lets the intake go on.
 * @returns 'filed' when it was filed.
 */
export async function fileAsLeft(turn: Turn, { state }: IntakePosition): Promise<'filed' | undefined> {
  if (!state.leaving) return undefined;
  state.leaving = undefined;
  if (isCancel(turn.text) || !(wantsFiled(turn.text) || isYes(turn.text))) return undefined;
  if (state.trackingNumbers.length === 0) state.trackingSkipped = true;
  state.describedEnough = true;
  state.demand ??= 'none';
  // ("那就提交吧 有消息打我 0912 345 678": the number given with the yes is the contact it is filed with — blind batch 49a
  // 12.7 was filed "reply here".)
  const { phones, emails } = turn.reading.entities;
  const phone = phones[0]?.e164;
  const email = emails[0];
  if (phone || email) state.contact = { ...(phone ? { phone } : {}), ...(email ? { email } : {}) };
  if (state.needsContact && !state.contact) state.contact = { skipped: true };
  state.photosAsked = true;
  await fileComplaint(turn.services, turn.context, state, { unseen: true });
  return 'filed';
}

/**
 * Ends the complaint when the customer does not want it: says so and what stays.
 * @returns 'leave' when the message is answered by that, 'notComplaint' when its question is still to be read
 * (as if no complaint were open), 'change' when it asks for a change of delivery instead (taken as such), or
 * undefined when the complaint goes on.
 */
export async function leaveComplaint(
  turn: Turn,
  position: IntakePosition,
): Promise<'leave' | 'notComplaint' | 'change' | 'reprompt' | 'answered' | undefined> {
  const { prompt, state } = position;
  // "Hang on, the doorbell, I think it's the parcel": no more of what happened, and no answer to the question — the
  // customer hears they can call the complaint off if it is, and the complaint waits where it was.
  if (maybeArrived(turn.text) && !isCancel(turn.text)) {
    await reply(turn, say(turn, 'intake.maybeArrived'));
    turn.context.turnState.set(ANSWERED_ASIDE, true);
    return 'answered';
  }
  // "my neighbour had it the whole time", "原来在丰巢柜里": good news, and the draft offered to be withdrawn.
  const turnedUp = isCancel(turn.text) ? undefined : await answerTurnedUp(turn, position);
  if (turnedUp) return turnedUp;
  // "I don't want to complain about anything!! Just please ask the driver to call him": the complaint ends unfiled, and
  // the change of delivery asked for is taken — whoever opened the complaint (blind batch 35a: 02.5), at the summary
  // too ("I am not complaining. I just want him to ring me before" — blind batch 39b: 03.4 heard "Shall I submit it?").
  // ("I'm not complaining about the driver, I'm complaining about the delay", "…also I want compensation": a complaint
  // narrowed or a remedy asked keeps it.)
  const rest = withoutDenial(turn.text);
  const onlyChange = deniesComplaint(turn.text) && !wantsToComplain(rest) && !asksForRemedy(rest);
  // ("I'm not complaining for fun, just submit it": filed as asked — review of session 39.)
  const filing = wantsFiled(turn.text);
  if (onlyChange && !filing && (wantsCallFirst(turn.text) || asksToChangeDelivery(rest, turn.reading))) return 'change';
  // ("i don't need a ticket, i need compensation …": a remedy asked beside it keeps the complaint — review of session 38.)
  // ("i dont want a ticket i want to know WHY" asks a question: why is answered, no complaint.)
  const remedy = readDemands(turn.services.nlu, rest).some((d) => d !== 'explanation');
  if (saysNotComplaining(turn.text) && !remedy && !filing) {
    await reply(turn, say(turn, 'intake.notComplaining'));
    return 'notComplaint';
  }
  // "ok i will ask my sister for the number and come back", "好 我先问问我老婆 晚点再来": not now — nothing is filed on its
  // "ok" (blind batch 39b: 03.5 was), what was told waits here, and the customer hears how to go on or drop it.
  // ("单号我找找……JT0001234567890": what was looked for, given at once — no deferral.)
  const gives = turn.reading.entities.trackingNumbers.length + turn.reading.entities.phones.length > 0;
  if (
    prompt === CONFIRM_PROMPT &&
    defersFiling(turn.text) &&
    // ("let me think about it, but when will it actually arrive?": a question to answer first.)
    !asksQuestion(turn.text) &&
    !gives &&
    !isCancel(turn.text) &&
    (toldMore(state) || state.trackingNumbers.length > 0)
  ) {
    return askFileOrDrop(turn, state, say(turn, 'intake.waitsNotFiled'));
  }
  if (prompt === CONFIRM_PROMPT) return undefined;
  // "ok 没事了", "never mind", "冇嘢喇" to a complaint the bot opened by itself, unasked: let go unfiled — never a summary
  // to submit pushed on a customer who never asked for one (blind-33 17.7).
  const ownDemand = state.demand !== undefined && state.demand !== 'none';
  if (!state.askedFor && !ownDemand && !state.demandNotes?.length && neverMind(turn.text) && !isCancel(turn.text)) {
    await reply(turn, say(turn, 'intake.notComplaining'));
    return 'leave';
  }
  // "great, bye", "好 謝謝 我安心多了" to a complaint the bot opened on a worry the customer never made theirs (the
  // parcel on its way and not late, nothing asked for): let go — nothing filed, when it is due — never "shall I file
  // it?" (blind batch 14 11.5, 26.5).
  const closing =
    saysGoodbye(turn.text) || saysNothingElse(turn.text) || onlyThanks(turn.text) || saysRelieved(turn.text);
  const worry = closing && !isCancel(turn.text) ? await worryOnlyIntake(turn, state) : undefined;
  if (worry) {
    await reply(turn, worryLetGo(turn, worry));
    return 'leave';
  }
  // "算了 我明天打电话问吧 拜拜" with a complaint told: not dropped unsaid, nor met with the step's question — the
  // customer hears it is not filed yet and is asked whether to file it now as it stands.
  // ("冇嘢喇 唔該" to the step's question: the same — the customer decides, never hears the question again.)
  const done = saysGoodbye(turn.text) || saysNothingElse(turn.text) || waitsFirst(turn.text);
  if (done && !isCancel(turn.text) && (toldMore(state) || state.trackingNumbers.length > 0)) {
    return askFileOrDrop(turn, state, say(turn, 'intake.goodbyeNotFiled'));
  }
  // Thanks at the photo step is its answer.
  if (prompt === PHOTO_PROMPT || !onlyThanks(turn.text)) return undefined;
  const wanted = state.askedFor || (state.demand !== undefined && state.demand !== 'none');
  // ("多謝晒" where a phone is asked, after a demand: the customer's word to file it as it stands — submit-at-contact.)
  if (wanted && prompt === CONTACT_PROMPT) return undefined;
  const parcel = state.trackingNumbers[0] ?? turn.data.lastTracking;
  // A complaint the customer asked for or named a demand in, went on to tell more of ("I just want the packers told"),
  // gave a number to be called on for, or threatened a review or the regulator over is theirs, though the bot may
  // have opened it: "thanks" does not drop it unsaid — they hear it is not filed yet and how to file it as it stands,
  // with the buttons; the step's question is not put again, nor its summary pushed (blind batch 17 10.6; 31: 23.6).
  if (wanted || toldMore(state) || state.contact?.phone || state.contact?.email || state.facts.escalationThreat) {
    const about = parcel
      ? say(turn, 'intake.thanksNotFiledOn', { number: parcel })
      : say(turn, 'intake.thanksNotFiled');
    return askFileOrDrop(turn, state, about);
  }
  const kept = parcel && (await askedChange(turn, parcel)) ? say(turn, 'intake.changeKept', { number: parcel }) : '';
  await reply(turn, [say(turn, 'intake.leftNotFiled'), kept].filter(Boolean).join('\n'));
  return 'leave';
}

/** Not filed yet, said: the customer files it as it stands or drops it (Submit / Cancel); the step waits. */
async function askFileOrDrop(turn: Turn, state: IntakeState, said: string): Promise<'answered'> {
  state.leaving = true;
  const titles = [say(turn, 'choice.submit'), say(turn, 'choice.cancel')];
  await reply(
    turn,
    said,
    titles.map((title) => ({ title, value: title })),
  );
  turn.context.turnState.set(ANSWERED_ASIDE, true);
  return 'answered';
}

/**
 * The complaint is the customer's, though the bot may have opened it: they asked for it, named a demand, or went on
 * to tell more of it. A change of delivery asked for then goes beside it, never in its place.
 */
export const complaintTheirs = (state: IntakeState): boolean =>
  Boolean(state.askedFor) || (state.demand !== undefined && state.demand !== 'none') || toldMore(state);

/** The customer said more than the opening the bot read a complaint in: a line of the account, a wish, a problem. */
const toldMore = (state: IntakeState): boolean =>
  state.description.includes('\n') || (state.demandNotes?.length ?? 0) > 0 || (state.otherProblems?.length ?? 0) > 0;

/** The customer's own change of delivery on the parcel, still waiting for the station. */
async function askedChange(turn: Turn, parcel: string): Promise<boolean> {
  const [request] = await turn.services.store.deliveryChanges.list({ trackingNumber: parcel, limit: 1 });
  return request?.customerId === turn.customer.id && request.status === 'requested';
}
