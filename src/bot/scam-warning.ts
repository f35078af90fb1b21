import { reply, say, type Turn } from './turn';

/**
 * A message that tells of a text, call or mail asking to pay, click a link or give a code, and asks whether it is
 * the courier's — "收到簡訊說地址有誤要點連結重新填寫 還要付30元 這是你們發的嗎", "got a text to pay a redelivery fee
 * via a link, is this legit?", "有人打電話話我包裹有違禁品要我轉帳" (blind batch 18: 05, 15, 24). The customer hears
 * first that it is not the courier and what to do — whatever else the message goes on to be (a leak complaint, a
 * tracking question) — once a conversation.
 */

// A message that reached them: a text, a call, a mail.
// ("有人打嚟話係你哋公司…要我轉數快過去": someone calling, asking for customs tax by Hong Kong's FPS — blind batch 42a
// 15.1; not "你们的快递员打来", the courier's own call, nor the customer calling the courier: review of 0bd6389.)
const CONTACTED =
  /簡訊|短信|短訊|訊息|信息|讯息|電話|电话|來電|来电|打俾我|打給我|打给我|有(人|個人|个人|個男人|个男人|個女人|个女人|把聲|把声)打(嚟|來|来)|電郵|邮件|郵件|whatsapp|\b(sms|texts?|texted|messages?|calls?|called|phoned|rang|phone call|e-?mails?|emailed)\b/i;
// What scammers ask for: a link to click, a payment, card details, a code, details to fill in again.
const ASKS_FOR =
  /連結|链接|網址|网址|連接|轉數快|转数快|轉賬|转賬|\b(fps|payme|bank transfer|wire)\b|\blink\b|\burl\b|付(款|錢|钱|費|费)?|繳|缴|匯款|汇款|轉帳|转账|過數|银行卡|銀行卡|信用卡|驗證碼|验证码|重新填|補運費|补运费|\b(pay|payment|fee|card|bank|code|otp|click|fill in|re-?enter|update (my|your) address)\b|\b(charges?|settle)\b|https?:\/\/|www\.|共享屏幕|屏幕共享|螢幕分享|分享螢幕|会议app|會議app|下载[^。，]{0,6}app|下載[^。，]{0,6}app|加(我)?微信|\b(share (my |the )?screen|screen ?shar\w*|download (an? )?app|remote access)\b/i;
// Whether it is the courier's, said to be a scam, or the caller claimed to be the courier ("said he was from your
// company", "自称是你们的客服", "話係你哋公司"); "你哋係咪成日send SMS畀我" — whether we sent it, not any "你们是不是" (a fee the courier asked: the review of ee982da);
// "係咪呃人㗎" after the warning is scam-questions.ts's (blind batch 48b: 15.1).
const DOUBTS =
  /是你們|是你们|你們發|你们发|你們的|你们的|係咪你哋|你哋係咪[^，。,.!?！？]{0,8}(send|發|发)|你们是不是[^，。,.!?！？]{0,6}(发|發)|你們是不是[^，。,.!?！？]{0,6}(發|发)|你哋發|係唔係你哋|官方|詐騙|诈骗|騙|骗|假|真的(吗|嗎)|係咪真|真唔真|是不是真|是否真|\b(from you|you guys|your company|legit|legitimate|genuine|real|official|scam|scammers?|phishing|fake|fraud)\b|\b(is|was|are|were) (this|that|it|they) (really |actually )?(you|yours)\b|\b(said|saying|claimed|claiming|pretending)\b[^.?!]{0,20}\b(from|with) (you|your)\b|自称|自稱|冒充|(说|說|话|話)(是|係)(你们|你們|你哋)|靠谱|靠譜|可信|信得过|信得過|\b(saying|said|claimed|claiming) (she|he|they) (is|was|were|are) from\b|\b(is|was) (this|that|she|he|it) (really |actually )?(one of )?your (staff|employees?|agents?|people|colleagues?|customer service)\b/i;

/** The message tells of a text or call asking to pay, click or give a code, and doubts it. */
export const speaksOfScam = (text: string): boolean => CONTACTED.test(text) && ASKS_FOR.test(text) && DOUBTS.test(text);

/**
 * Warns once a conversation, before the message is handled as usual.
 * @returns whether it warned now.
 */
export async function warnOfScam(turn: Turn): Promise<boolean> {
  if (turn.data.scamWarned || !speaksOfScam(turn.text)) return false;
  turn.data.scamWarned = true;
  await reply(turn, say(turn, 'scam.notUs'));
  return true;
}
