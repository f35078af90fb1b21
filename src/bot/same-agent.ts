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
// Asked for the same one again: "continue with her", "the same agent", "转…那个客服", "搵返嗰位同事".
const SAME_ONE =
  /\b(continue|talk|speak|chat|carry on|go on|deal)( again)? with (her|him|them|ms\.? \w+|mr\.? \w+|miss \w+|the same (one|person|agent))\b|\bsame (person|agent|lady|guy|woman|man|rep|representative|colleague|one)\b|\b(get|put|transfer|connect) me (back )?(to|through to) (her|him|ms\.? \w+|mr\.? \w+|the (agent|person|colleague|lady|guy) (i|who))\b|(转|轉|接|找|要|搵|揾)(返|回)?[^，。,.!?！？]{0,8}(那个|那個|嗰個|嗰位|那位|个|個|位)?(客服|同事|专员|專員|小姐|先生)|同一(个|個|位)(客服|人|同事)|工号|工號/i;

/** The message asks for the agent the customer dealt with before. */
export const asksSameAgent = (text: string): boolean => BEFORE.test(text) && SAME_ONE.test(text);

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
