import { CONFIRM_PROMPT, CONTACT_PROMPT, type IntakePosition } from './intake-state';
import { reply, say, type Turn } from './turn';
import { summaryOf } from './intake-prompts';
import { CONFIRM } from './intake-validators';

/**
 * "can you call my grandson instead, his number is …", "你们打电话给我女儿吧 她懂", "打俾我個仔啦 佢電話係 …" where the
 * contact is asked or at the summary (issue #17, blind batch 31: 17.5 heard "I can't answer that one here"): another
 * person of the customer's to call — the phone given taken as the complaint's contact to call, whose it is noted
 * (grandson, daughter, colleague, in the customer's words); with no number, that person's number asked for, and the
 * next number given taken as theirs.
 */

// The people a customer asks us to call instead: family, a colleague, a neighbour, a friend, an assistant.
const PERSON_ZH =
  '外孙女|外孫女|外孙|外孫|孙子|孫子|孙女|孫女|儿子|兒子|女儿|女兒|个仔|個仔|个女|個女|老公|老婆|太太|丈夫|妻子|老伴|同事|邻居|鄰居|朋友|家人|哥哥|姐姐|弟弟|妹妹|家姐|细佬|細佬|媳妇|媳婦|女婿|新抱|助理|秘书|秘書';
const PERSON_EN =
  'grandson|granddaughter|grandchild|grandkid|son|daughter|husband|wife|partner|colleague|co-?worker|neighbou?r|friend|brother|sister|nephew|niece|assistant|secretary|son-in-law|daughter-in-law';

// "打电话给我孙子", "联系我女儿", "打俾我個仔", "找我同事", "call my grandson", "ring my daughter instead".
const CALL_THEM_ZH = new RegExp(
  `(?:打|联系|聯繫|聯絡|通知|找)(?:个|個)?(?:电话|電話)?(?:给|給|俾|畀)?我(?:的|嘅)?(${PERSON_ZH})`,
);
const CALL_THEM_EN = new RegExp(
  `\\b(?:call|phone|ring|contact|reach|text|talk to|speak (?:to|with)|get in touch with)\\s+(?:my|our)\\s+(${PERSON_EN})\\b`,
  'i',
);
// "我孙子电话 139…", "my daughter's number is …", "佢(個仔)電話": the number said to be theirs, to be called.
const THEIR_NUMBER_ZH = new RegExp(`我(?:的|嘅)?(${PERSON_ZH})(?:的|嘅)?(?:电话|電話|手机|手機|号码|號碼)`);
const THEIR_NUMBER_EN = new RegExp(`\\bmy\\s+(${PERSON_EN})(?:'s)?\\s+(?:phone|number|mobile|cell)\\b`, 'i');
// "别打给我儿子", "don't call my husband": not them.
const NOT_THEM =
  /(别|別|不要|唔好|不用|唔使)(打|联系|聯繫|聯絡|找)|\b(don'?t|do not|never|not)\s+(call|phone|ring|contact)\b/i;

/** The person of the customer's the message asks us to call (in their words), if any. */
export function someoneElseToCall(text: string, withPhone: boolean): string | undefined {
  if (NOT_THEM.test(text)) return undefined;
  const asked = CALL_THEM_ZH.exec(text) ?? CALL_THEM_EN.exec(text);
  if (asked?.[1]) return asked[1].toLowerCase();
  const theirs = withPhone ? (THEIR_NUMBER_ZH.exec(text) ?? THEIR_NUMBER_EN.exec(text)) : null;
  return theirs?.[1]?.toLowerCase();
}

/**
 * Takes another person of the customer's as the one to call (see above), where the contact is asked or at the summary.
 * @returns how the intake goes on, or undefined when the message names no one else to call.
 */
export async function takeSomeoneElseToCall(
  turn: Turn,
  position: IntakePosition,
): Promise<'continue' | 'answered' | undefined> {
  const { prompt, state } = position;
  if (prompt !== CONTACT_PROMPT && prompt !== CONFIRM_PROMPT) return undefined;
  const phone = turn.reading.entities.phones[0]?.e164;
  const who = someoneElseToCall(turn.text, phone !== undefined) ?? (phone ? state.contactAskedFor : undefined);
  if (!who) return undefined;
  if (!phone) {
    state.contactAskedFor = who;
    await reply(turn, say(turn, 'intake.otherContactAsk', { who }));
    return 'answered';
  }
  state.contactAskedFor = undefined;
  state.contact = { phone, skipped: false, call: true, who };
  const noted = say(turn, 'intake.otherContactNoted', { who, phone });
  // Where the contact was asked, the intake goes on. At the summary it is shown again with the new contact, waiting for
  // "submit" — a bare number is no yes to filing it.
  if (prompt !== CONFIRM_PROMPT) {
    await reply(turn, noted);
    return 'continue';
  }
  const titles = CONFIRM.map((key) => say(turn, key));
  await reply(
    turn,
    `${noted}\n${summaryOf(turn.services.replies, state)}`,
    titles.map((title) => ({ title, value: title })),
  );
  return 'answered';
}
