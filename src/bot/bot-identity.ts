import { noteOutcome } from './turn-outcome';
import { reply, say, type Turn } from './turn';

// "你是機器人喔？", "你係咪機械人嚟㗎", "are you a bot?", "am I talking to a real person?": who is answering.
const ASKS_IF_BOT =
  /^\s*(哈哈+|呵呵|lol|喂)?[\s,，]*(请问|請問|咁|所以|那)?\s*(你|您)(到底|究竟)?(係|是|系)(咪|不是|唔係|唔是)?(一個|一个|個|个)?\s*(機器人|机器人|機械人|机械人|ai|真人|人工智能|bot)\s*(嚟|来|來)?\s*(㗎|嗎|吗|喔|哦|呀|啊|咩|嘛|吧|來的|来的)?\s*[?？!！~。.]*\s*$|^\s*(are|r) (you|u) (a |an )?(real )?(bot|robot|human|person|ai|machine)( or (what|something|not)| lol| haha| or a (real )?(person|human))?\s*[?!.]*\s*$|\b(am i|are we) (talking|chatting|speaking) (to|with) (a )?(bot|robot|machine|real person|human)\b/i;

/** The message asks whether a person or a program is answering. */
export const asksIfBot = (text: string): boolean => ASKS_IF_BOT.test(text);

/** Says that the assistant is automated, what it can do, and how to reach a person (batch 11 14.4). */
export async function answerBotIdentity(turn: Turn): Promise<void> {
  noteOutcome(turn.context, 'answered');
  await reply(turn, say(turn, 'bot.identity'), [
    { title: say(turn, 'choice.human'), value: say(turn, 'choice.human') },
  ]);
}
