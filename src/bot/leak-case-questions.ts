import { byChannel } from './channels';
import { ANSWERED_ASIDE, DEMAND_PROMPT, STEP_ANSWERED, type IntakePosition } from './intake-state';
import { demandsSaid } from './demand-details';
import { customerMarket } from './market';
import { asksQuestion } from './message-cues';
import type { ReplyKey } from './replies';
import { reply, say, type Turn } from './turn';

/**
 * Two questions a customer asks while a data-leak or scam-call complaint is taken down (issue #17, blind batch 28:
 * 14.4 heard "I can't answer that here"): whether to go to the police — yes, with the market's police and anti-fraud
 * lines, and that the courier never asks anyone to add a QQ or WeChat account or pay through one — and whether the
 * answer comes in writing — how it comes on the customer's channel.
 */

// "我应该报警吗", "要不要报案", "使唔使報警", "should I call the police?", "do I report this to the police".
const POLICE =
  /报警|報警|报案|報案|报派出所|報派出所|\b(call|report\w*|go to|contact|tell)\b[^.?!]{0,20}\bpolice\b|\bpolice report\b/i;
// "会给书面答复吗", "有冇書面回覆", "will I get it in writing", "a written reply".
const WRITTEN = /书面|書面|\bin writing\b|\bwritten (reply|answer|response|statement|explanation)\b/i;

// The police and anti-fraud lines of each market the bot serves (the Mainland's 110 and 96110; Hong Kong's 999 and
// the Anti-Scam Helpline 18222; Taiwan's 110 and the 165 anti-fraud line).
const POLICE_LINES: Record<string, string> = { CN: '110 / 96110', HK: '999 / 18222', TW: '110 / 165' };

/**
 * In a data-leak or scam-call complaint, "should I call the police? will I get a written reply?": each answered,
 * then the step again.
 * @returns whether the message asked either.
 */
export async function answerLeakCaseQuestions(turn: Turn, { state, prompt }: IntakePosition): Promise<boolean> {
  const { text } = turn;
  if (!asksQuestion(text) && !/[吗嗎么麼]|唔|不/.test(text)) return false;
  const police = POLICE.test(text) && (state.facts.dataLeak || state.category === 'info_error');
  const written = WRITTEN.test(text);
  if (!police && !written) return false;
  const lines: string[] = [];
  if (police) {
    const numbers = POLICE_LINES[customerMarket(turn)] ?? POLICE_LINES.CN ?? '';
    lines.push(say(turn, 'leakCase.police', { lines: numbers }));
  }
  if (written) {
    const key = byChannel<ReplyKey>(turn.context.activity.channelId, {
      sms: 'leakCase.written.sms',
      email: 'leakCase.written.email',
      chat: 'leakCase.written.chat',
    });
    lines.push(say(turn, key));
  }
  // ("查清楚是谁泄露的，给我书面答复" at the remedy question: the investigation and written answer are its demand — an
  // explanation, said back — never "no specific demand"; blind 29: 19.2–19.3.)
  if (written && prompt === DEMAND_PROMPT && (state.demand === undefined || state.demand === 'none')) {
    state.demand = 'explanation';
    lines.push(say(turn, 'intake.demandNoted', { demand: demandsSaid(turn.services.replies, state) }));
    turn.context.turnState.set(STEP_ANSWERED, true);
  }
  await reply(turn, lines.join('\n'));
  turn.context.turnState.set(ANSWERED_ASIDE, true);
  return true;
}
