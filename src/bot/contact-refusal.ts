import { ANSWERED_ASIDE, CONTACT_PROMPT, type IntakePosition } from './intake-state';
import { reply, say, type Turn } from './turn';

/**
 * A contact refused where the intake asks for one (issue #17, batch 20 P2): "no. not giving it", "要我电话干嘛？我不给",
 * "唔想留電話" are accepted — the complaint goes on without one and the customer hears that the answer comes here —
 * and "覆email得唔得", "can you email me instead?" asks for the email. Never "I couldn't read a number" nor "I can't
 * answer that".
 */

// "not giving it", "I won't give you my number", "rather not", "no phone", "我不给", "不想留", "唔想留電話", "唔俾", "不方便留".
const REFUSES = new RegExp(
  [
    String.raw`\b(not|never|won'?t|will not|wont|am not|i'?m not) (going to |gonna )?(give|giving|share|sharing|send|sending|leave|leaving|hand|handing)( over)? (it|that|this|them|(you |u )?(my |the |a |any )?(phone|number|mobile|cell|email|e-mail|contact|details|digits)\w*)\b`,
    String.raw`\b(don'?t|do not|dont) (want|wanna|like|care) to (give|share|send|leave) (it|that|this|them|(you |u )?(my |the |a |any )?(phone|number|mobile|cell|email|e-mail|contact|details)\w*)\b`,
    String.raw`\b(i'?d )?rather not\b|\bno (phone|number|contact|email)s? (for you|from me)\b|\bnone of your business\b`,
    String.raw`(我)?(不|唔|冇|没|沒)(想|愿意|願意|方便|會|会|要)?(给|給|留|俾|畀|提供|透露|講|讲|说|說)(你|你们|你們|你哋)?(我的|我嘅)?(电话|電話|手机|手機|号码|號碼|联系方式|聯絡方式|聯繫方式)?(了|啦|喇|囉|的|嘅)?\s*[。.!！]*\s*$`,
    String.raw`(不想|唔想|不愿意|不願意|不方便|唔方便|拒绝|拒絕)(留|给|給|俾|畀|提供|透露)`,
  ].join('|'),
  'i',
);

// "reply by email", "can you email me instead", "覆email得唔得", "用邮件联系我", "電郵覆我" — with no address in it yet.
const EMAIL_WAY =
  /\b(e-?mail|mail) me\b|\b(by|via|through|over) e-?mail\b|\be-?mail (instead|is (fine|better|ok))\b|(覆|回复|回覆|回|联系|聯絡|聯繫|搵|找|通知)(我)?\s*(用)?\s*(email|e-mail|电邮|電郵|邮件|郵件|邮箱|郵箱)|(用|以|發|发|send)\s*(email|e-mail|电邮|電郵|邮件|郵件)|(email|e-mail|电邮|電郵|邮件|郵件|邮箱|郵箱)\s*(覆|回复|回覆|联系|聯絡|得唔得|可以吗|可以嗎|可唔可以|行不行|得不得|就好|就得|得嗎)/i;
const ADDRESS = /(?<!\S)\S+@[^\s@]+\.\S+/;

/** The customer refuses to give a phone or email ("no. not giving it", "我不给", "唔想留電話"). */
export const refusesContact = (text: string): boolean => REFUSES.test(text);

/** The customer would rather be answered by email, and has not yet given the address. */
export const wantsEmailInstead = (text: string): boolean => EMAIL_WAY.test(text) && !ADDRESS.test(text);

/**
 * At the contact question, "email me instead" asks for the address (the question is put that way); true when
 * answered. A refusal is the contact step's own answer (read by its validator), so it is left to it.
 */
export async function answerEmailWish(turn: Turn, { prompt }: IntakePosition): Promise<boolean> {
  if (prompt !== CONTACT_PROMPT || !wantsEmailInstead(turn.text)) return false;
  await reply(turn, say(turn, 'intake.emailInstead'));
  turn.context.turnState.set(ANSWERED_ASIDE, true);
  return true;
}
