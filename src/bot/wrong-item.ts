import { ANSWERED_ASIDE, type IntakePosition } from './intake-state';
import { tellsOfWrongItem } from './message-cues';
import { reply, say, type Turn } from './turn';

/**
 * In a complaint about a wrong item, "where are my earphones, then?" and "do I send the socks back?" are what the
 * customer needs to know now (issue #17, blind batch 18 14.4): where the goods bought are is what the complaint asks
 * the team to find out, and the wrong item is kept, unused, until the team arranges its collection — said, then the
 * step again.
 */

// "我的耳机去哪了", "我買嘅嘢喺邊", "where's my order / are my headphones", "那我买的东西呢".
const WHERE_MINE =
  /(我的|我買的|我买的|我訂的|我订的|我個|我嘅|我買嘅|我买嘅|我對|我对|我件|我啲|我部)[^，,。.!！?？]{0,10}(去哪|在哪|到哪|哪里去|哪裡去|喺邊|喺边|去咗邊|去咗边|呢(?=[?？，,。!！\s]|$))|\bwhere('?s| is| are| did)\b[^.?!]{0,10}\bmy\b|\bwhat happened to my\b/i;
// "袜子要不要寄回去", "使唔使寄返", "do I send the socks back?", "should I keep it?": what to do with the wrong item.
const SEND_IT_BACK =
  /(要不要|用不用|需不需要|要唔要|使唔使|需唔需要|是不是要|是否要?)[^，,。.!！?？]{0,8}(寄回|退回|寄还|寄還|还回|還回|寄返|退返|送回|送返)|(寄回|退回|寄返|退返|送回)(去|給你們|给你们|俾你哋)?(吗|嗎|嘛|呢|先)?[?？]|\b(do|should|shall|must) i\b[^.?!]{0,20}\b(send|return|give|mail|post|keep)\b[^.?!]{0,30}(\bback\b|\bkeep\b|\?)|\b(send|return)\b[^.?!]{0,25}\bback\b[^.?!]{0,10}\?/i;

/** Answers the customer's questions about the goods in a wrong-item complaint; false when the message asks neither. */
export async function answerWrongItemQuestions(turn: Turn, { state }: IntakePosition): Promise<boolean> {
  if (!tellsOfWrongItem(state.description) && !tellsOfWrongItem(turn.text)) return false;
  const where = WHERE_MINE.test(turn.text);
  const back = SEND_IT_BACK.test(turn.text);
  if (!where && !back) return false;
  const lines = [where ? say(turn, 'intake.wrongItemWhere') : '', back ? say(turn, 'intake.wrongItemKeep') : ''];
  await reply(turn, lines.filter(Boolean).join('\n'));
  turn.context.turnState.set(ANSWERED_ASIDE, true);
  return true;
}
