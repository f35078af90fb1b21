import { handleHuman } from './handoff-turn';
import { ANSWERED_ASIDE, type IntakePosition } from './intake-state';
import { keepInAccount } from './intake-slot-text';
import { reply, say, type Turn } from './turn';

/**
 * A customer's personal data to be deleted — "once the refund is done I want my account closed and all my personal data
 * deleted", "之前一个员工离职了 她的手机号身份证都在你们系统里登记过 能不能删掉", "我想你哋刪晒我嘅個人資料" (issue #17,
 * blind batch 48b: 05.4 became a refund demand, 10.4 heard the real-name ID rule): a request the privacy team carries
 * out once it knows who asks, so it goes to a person on a ticket, and the customer hears what happens next. What the
 * courier does with data in general is the privacy entry's (service-questions.ts).
 */

// Deleting, erasing or closing: personal data, details or an account. An address or a detail put right ("把“浦东”这几个
// 字删掉", "delete the old address from my account", "收件人资料填错了 能删掉重新填吗") and "why was my account closed?"
// are not these (a newcomer run of fba2ff2; the review of ee982da).
const DELETE_DATA = new RegExp(
  [
    String.raw`\b(delete|erase|wipe|purge|remove)\b (all )?(of )?(my|our|her|his|their) (personal )?(data|details|information|info|records)\b(?! and (put|add|use|change))`,
    String.raw`\b(my|our|her|his|their|all) personal (data|details|information|info)\b[^.?!]{0,20}\b(deleted|erased|removed|wiped)\b`,
    String.raw`\b(please|can you|could you|i want to|i'?d like to|we want to|we'?d like to|how (do|can) (i|we))\b[^.?!]{0,10}\b(delete|close) (my|our) account\b(?!'?s)|\b(want|like|need) (my|our) account (closed|deleted)\b`,
    '(?<!再这样我就|再這樣我就|不然就|否则就|否則就|就)(删除|刪除|删掉|刪掉|刪晒|刪咗|删咗|清除|注销|註銷|銷毀|销毁|刪走|删走)[^，。,.?？!！]{0,6}(我的|我嘅|她的|他的|佢嘅)?(个人信息|個人信息|个人资料|個人資料|个资|個資|帳號|账号|賬號|帳戶|账户|戶口)',
    '(个人信息|個人信息|个人资料|個人資料|个资|個資)[^，。,.?？!！]{0,24}(删除|刪除|删掉|刪掉|刪晒|清除|注销|註銷)',
    // ("她的手机号身份证都在你们系统里登记过 能不能删掉": details registered with the courier, not a form filled in wrong.)
    '(手机|手機|身份证|身份證|身分證)[^，。,.?？!！]{0,8}(系统|系統|登记|登記)[^，。,.?？!！]{0,12}(删除|刪除|删掉|刪掉|刪晒|清除)',
  ].join('|'),
  'i',
);

// Someone who left the customer's company: "之前一个员工离职了", "a former employee", "staff who left".
const FORMER_STAFF =
  /离职|離職|辭職|辞职|\b(former|ex-?)\s?(employee|staff|colleague|worker)|\b(employee|staff|colleague)\b[^.?!]{0,20}\b(left|quit|resigned)\b/i;

/** The message asks for someone's personal data, or their account, to be deleted. */
// Only an address, or a threat to leave: "delete my account's saved addresses", "我只是想删个地址", "or we will close our
// account with you", "再这样我就注销账号" (the review of fa01cd3).
const NOT_DELETION =
  /\b(address|addresses)\b|地址|\b(or (we|i)('ll| will)|i('ll| will) (delete|close)|we('ll| will) (delete|close))\b|再这样|再這樣|不然|否则|否則/i;
const PERSONAL =
  /个人信息|個人信息|个人资料|個人資料|个资|個資|身份证|身份證|身分證|\bpersonal (data|details|information|info)\b/i;
export const asksDataDeleted = (text: string): boolean =>
  DELETE_DATA.test(text) && (!NOT_DELETION.test(text) || PERSONAL.test(text));

/**
 * Outside a complaint: the request goes to the privacy team on a ticket (a person confirms who asks first).
 * @returns whether the message was such a request.
 */
export async function takeDataDeletion(turn: Turn): Promise<boolean> {
  if (!asksDataDeleted(turn.text)) return false;
  await handleHuman(
    turn,
    `personal data deletion requested: ${turn.text}`,
    undefined,
    [say(turn, 'privacy.deletionTaken'), FORMER_STAFF.test(turn.text) ? say(turn, 'privacy.formerStaff') : undefined]
      .filter(Boolean)
      .join(' '),
  );
  return true;
}

/**
 * In a complaint being taken down: the request is kept in its account for the person who handles it, said so, and
 * the step is asked again (blind batch 48b: 10.4 heard the real-name ID rule).
 * @returns whether the message was such a request.
 */
export async function noteDataDeletion(turn: Turn, position: IntakePosition): Promise<boolean> {
  if (!asksDataDeleted(turn.text)) return false;
  keepInAccount(turn, position.state);
  await reply(turn, say(turn, 'privacy.deletionNoted'));
  turn.context.turnState.set(ANSWERED_ASIDE, true);
  return true;
}
