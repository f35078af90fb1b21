import { handleHuman } from './handoff-turn';
import { ANSWERED_ASIDE, type IntakePosition } from './intake-state';
import { keepInAccount } from './intake-slot-text';
import { reply, say, type Turn } from './turn';

/**
 * The colleague spoken with before, asked for again — "I spoke with Ms Zhou yesterday… Can I continue with her
 * please?", "能不能帮我转昨天那个客服 工号好像是1078" (issue #17, blind batch 48b: 04.2, 09.2 heard "I can't answer that"):
 * no one agent can be chosen from here, so that wish is written on the ticket for the team, and the customer is told
 * so — a person now, or the complaint being taken down goes with it.
 */

// An earlier contact: yesterday, last time, before — or an agent's staff number.
const BEFORE =
  /\b(yesterday|earlier|last time|before|the other day|last week)\b|昨天|上次|之前|刚才|剛才|尋日|琴日|噚日|前天|前日|工号|工號|員工編號|员工编号/i;
// The colleague asked for, with a request aimed at them: "can I continue with her / Ms Zhou", "put me through to the
// lady I spoke to", "can I get the same agent as yesterday", "能不能帮我转昨天那个客服", "可唔可以搵返琴日嗰位同事",
// "转工号1078". Having contacted customer service before ("昨天找过客服", "接到客服电话"), "the same guy was rude again"
// or a courier's staff number ("快递员工号1078 态度很差") ask for no one (the review of ee982da).
const SAME_ONE_ASKED = new RegExp(
  [
    String.raw`\b(can|could|may) i (please )?(continue|speak|talk|chat|carry on|go on|deal)( again)? (to|with) (her|him|ms\.? \w+|mr\.? \w+|miss \w+|the same (person|agent|lady|guy|woman|man|rep|colleague|one))\b`,
    String.raw`\b(can|could) (i|you) (get|have|find|give me) (me )?the same (person|agent|lady|guy|woman|man|rep|colleague)\b`,
    String.raw`\b(put|transfer|connect|get|send) me (back )?(to|through to|with) (her|him|ms\.? \w+|mr\.? \w+|the same (person|agent|lady|guy|colleague)|the (agent|person|colleague|lady|guy|woman|man) (i|who) (spoke|talked|chatted|dealt))\b`,
    String.raw`\b(i'?d like|i want|i need) (to (speak|talk) (to|with) )?the same (person|agent|lady|guy|colleague|rep)\b`,
    '(能不能|可不可以|可以|可唔可以|能否|麻烦|麻煩|请|請|帮我|幫我|我要|我想)[^，。,.!?！？]{0,4}(转|轉|接|找|搵|揾)(返|回)?[^，。,.!?！？]{0,6}(那个|那個|嗰個|嗰位|那位|同一个|同一個|同一位)(客服|同事|专员|專員|小姐|先生)',
    '(转|轉|接)(返|回)?(给|給|俾)?(工号|工號)\\s*\\d+',
  ].join('|'),
  'i',
);

/** The message asks for the agent the customer dealt with before. */
// The courier wanted again is a wish for the delivery, not an agent: "can I speak to him (your driver) again", "can you get
// the same guy as last week to deliver it" (the review of fa01cd3).
const COURIER =
  /\b(driver|courier|deliver\w*|rider)\b|快递员|快遞員|速遞員|速递员|司机|司機|师傅|師傅|小哥|派件|派送|送货|送貨/i;
export const asksSameAgent = (text: string): boolean =>
  BEFORE.test(text) && SAME_ONE_ASKED.test(text) && !COURIER.test(text);

/**
 * Outside a complaint: a person, with the wish on the ticket.
 * @returns whether the message asked for the same agent.
 */
export async function takeSameAgent(turn: Turn): Promise<boolean> {
  if (!asksSameAgent(turn.text)) return false;
  await handleHuman(
    turn,
    `asks for the agent spoken with before: ${turn.text}`,
    undefined,
    say(turn, 'human.sameAgent'),
  );
  return true;
}

/**
 * In a complaint being taken down: the wish is kept on it, a person is offered, and the step is asked again.
 * @returns whether the message asked for the same agent.
 */
export async function noteSameAgent(turn: Turn, position: IntakePosition): Promise<boolean> {
  if (!asksSameAgent(turn.text)) return false;
  keepInAccount(turn, position.state);
  const person = say(turn, 'choice.human');
  turn.data.offeredHuman = true;
  await reply(turn, say(turn, 'intake.sameAgentNoted'), [{ title: person, value: person }]);
  turn.context.turnState.set(ANSWERED_ASIDE, true);
  return true;
}
