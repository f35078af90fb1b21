import { ruleOn } from './case-rules';
import { ANSWERED_ASIDE, type IntakePosition } from './intake-state';
import { keepInAccount } from './intake-slot-text';
import { lookUpParcel } from './parcel-answer';
import { reply, say, type Turn } from './turn';

/**
 * Items missing from a parcel, or a box that came opened, re-taped or lighter than it was sent (issue #17, blind batch
 * 48a: "what proof do you need from me? I have the shop scale photo", "要拍什么照片留证据", "开箱的时候我拍了视频 这个有用吧",
 * "我要先把箱子封回去退給你們嗎 還是放著不動", "can I bring it to your outlet or will someone come get it", "2.1公斤到底是谁
 * 称的" heard a lost parcel's "no photos needed", a door-pickup booking, "I can't answer that" or nothing): the market's
 * entry on what to keep and photograph, and how the weights are compared — asked in the complaint about it. A sender's
 * "the receipt says 0.5kg, it was 3kg when I sent it, did someone take things out?" is that complaint's opening.
 */

// Contents missing or the box tampered with: "only 2 of the 3 items", "买了四件衣服只有两件", "被拆过又重新缠了胶带",
// "少了一盒面膜", "係咪有人拆咗拎咗啲嘢", "the tape looks different", "a bag of old clothes instead" is no missing item.
const MISSING_TOLD =
  /\bonly \d+ of (the )?\d+\b|\b(items?|things?|pieces?)\b (inside |in the box )?(are |were |is |was )?(missing|gone)\b|\bmissing (items?|contents?|pieces?|things?)\b|\b(re-?taped|retaped|tampered|been opened and|was opened and)\b|\btape (looks|was|is) different\b|少了(一|两|兩|二|三|几|幾|\d)(件|个|個|盒|包|支|双|雙|样|樣|瓶)|少咗(一|兩|二|三|幾|\d)(件|個|盒|包|支|對|樣|樽)|少了(东西|東西)|少咗(嘢|啲嘢)|缺了(东西|東西|\d|一|两|兩)|只有(一|两|兩|二|三|\d)(件|个|個|盒|包|支|样|樣|瓶)|只剩(下)?(一|两|兩|二|三|\d)(?!天|日|小时|小時|个小时|個鐘|周|週|星期|禮拜|礼拜|次)|被(人)?拆|俾人拆|畀人拆|重新(缠|纏|封|贴|貼)(过|過|了|咗)?(胶带|膠帶|膠紙)?|胶带[^，。]{0,6}(不一样|不一樣|不同)|膠帶[^，。]{0,6}(不一樣|不同)|膠紙[^，。]{0,6}(唔同|不同)|(拎|拿|偷)(咗|了|走)[^，。]{0,4}(嘢|东西|東西)|掉包|調包|调包/i;

// A weight: "0.5kg", "3公斤", "2.1 kg".
const WEIGHT = /(?<![\d.])\d+(?:\.\d+)?\s*(?:kg|kgs|公斤|千克|kilos?)/gi;
// Doubting what was done to it: opened, taken from, lighter.
const TAMPERED =
  /拆|拎咗|拿走|拿了|拿咗|偷|少了|少咗|轻了|輕咗|去哪了|去咗邊|\b(open|opened|take|taken|stole|stolen|missing|lighter|tamper\w*|took)\b/i;

// Whose a weight is, by the words just before it (or just after it): the record's ("the app says", "收據寫", "运单写的",
// "you charged") or the sender's own ("I weighed it at", "我寄嗰陣", "称的是", "at home").
const RECORD_BEFORE =
  /(收據|收据|运单|運單|面单|面單|单上|單上|单子|單子|waybill|receipt|label|app|system|系统|系統|record|记录|紀錄|網上|网上|tracking|shows?|says?|写的|寫的|寫|写|显示|顯示|charged?|收费|收費|扣|计费|計費|billed)[^\d]{0,12}$/i;
const SENT_BEFORE =
  /(我寄|寄嗰陣|寄的时候|寄的時候|寄出|寄之前|称的是|稱的是|秤的是|磅過|磅咗|磅嘅|weighed|weigh|before sending|when i sent|i sent)[^\d]{0,14}$/i;
const SENT_AFTER = /^[^\d.,，。]{0,6}(at home|on my scale|when i sent|before sending|在家|喺屋企)/i;

/**
 * The sender's weight against the record's — the record's lower — with the box doubted: "收據寫0.5kg 我寄嗰陣成3公斤幾
 * 係咪有人拆咗", "waybill says 0.8kg, I weighed it at 1.4kg — did someone take something?". A record heavier than what was
 * sent is a fee dispute ("2kg at home, you charged 5kg"), never this (the review of ee982da).
 */
export function tellsWeightGap(text: string): boolean {
  if (!TAMPERED.test(text)) return false;
  let record: number | undefined;
  let sent: number | undefined;
  for (const m of text.matchAll(WEIGHT)) {
    const at = m.index ?? 0;
    const value = Number.parseFloat(m[0]);
    const before = text.slice(Math.max(0, at - 20), at);
    const after = text.slice(at + m[0].length, at + m[0].length + 16);
    if (SENT_BEFORE.test(before) || SENT_AFTER.test(after)) sent ??= value;
    else if (RECORD_BEFORE.test(before)) record ??= value;
  }
  return record !== undefined && sent !== undefined && record < sent;
}

/** The message (or a complaint's account) tells of contents missing or a box tampered with. */
// Nothing missing after all: "被拆過 但東西都在", "opened but everything's there".
const NOTHING_MISSING =
  /(东西|東西|嘢|货|貨)(都在|齐全|齊全|冇少|没少|沒少)|\b(nothing('s| is)? missing|all there|everything('s| is)? there)\b/i;
export const tellsContentsMissing = (text: string): boolean =>
  (MISSING_TOLD.test(text) || tellsWeightGap(text)) && !NOTHING_MISSING.test(text);

// What to do about it, asked: the evidence, keeping or returning the box, who weighed it, how to claim.
const WHAT_TO_DO =
  /\b(what|which) (proof|evidence|photos?|pictures?|pics)\b|\bwhat (proof|evidence) do you need\b|\b(should|do|must) i (keep|throw|bring|tape|return|seal)\b|\bbring it (in )?to (your|the) (outlet|station|office)\b|\bwill (someone|somebody) (come|collect|pick)\b|\bis (the|my|a|an) (video|photo|picture)s? (useful|enough|ok|any good)\b|\b(does|would|will) (the|my|a|an|that) (video|photo|picture|scale photo)s? (help|count|work)\b|\bwho weighed\b|拍什么|拍什麼|拍哪些|影咩|(留|保留)[^，。]{0,4}(证据|證據)|什么证据|什麼證據|咩證據|(视频|視頻|影片|照片|相片|开箱|開箱)[^，。]{0,8}(有用吗|有用嗎|有用吧|有用嘛|有冇用|用得着|用得著|有没有用|有沒有用)|封回去|封返|封起来|封起來|退(给|給|俾)你们|退(给|給|俾)你們|寄回(给|給)?你|放着不动|放著不動|(谁|誰|邊個|边个)(称|稱|磅)|(称|稱|磅)(的|嘅)?重/i;

// Who weighed it: "2.1公斤到底是谁称的", "who weighed it at 0.8", "邊個磅嘅".
const WHO_WEIGHED = /\bwho weighed\b|(谁|誰|邊個|边个)(称|稱|磅)|(称|稱|磅)(的|嘅)?(重量)?(是)?(谁|誰|邊個|边个)/i;
// The unboxing video or photos offered: "开箱的时候我拍了视频", "I have a video of opening it".
const VIDEO = /视频|視頻|影片|開箱片|开箱片|录像|錄影|\bvideos?\b|\bfilmed\b|\brecorded\b/i;

/**
 * In a complaint whose account (or this message) tells of contents missing: what to keep, photograph and send, and how
 * the weights are compared — the market's entry — and the step is asked again.
 * @returns whether it answered.
 */
export async function answerMissingContentsAside(turn: Turn, position: IntakePosition): Promise<boolean> {
  const { text } = turn;
  const { state } = position;
  if (!WHAT_TO_DO.test(text) || !(tellsContentsMissing(state.description) || tellsContentsMissing(text))) return false;
  // ("2.1公斤到底是谁称的": who weighs a parcel, and that the weights are compared; "开箱的时候我拍了视频 这个有用吧"
  // once the entry was told: yes, keep it.)
  const own = WHO_WEIGHED.test(text)
    ? 'missing.whoWeighed'
    : turn.data.missingContentsTold && VIDEO.test(text)
      ? 'missing.videoHelps'
      : undefined;
  if (own) {
    keepInAccount(turn, state);
    await reply(turn, say(turn, own));
    turn.context.turnState.set(ANSWERED_ASIDE, true);
    return true;
  }
  // (Told once: asked on — "那賠償的話要怎麼申請" after it — the claim's own answers take the question.)
  if (turn.data.missingContentsTold) return false;
  turn.data.missingContentsTold = true;
  const number = state.trackingNumbers[0];
  const lookup = number ? await lookUpParcel(turn.services, number) : undefined;
  const rule = ruleOn(turn, 'missingContents', lookup?.kind === 'found' ? lookup : undefined);
  if (!rule) return false;
  keepInAccount(turn, state);
  await reply(turn, rule);
  turn.context.turnState.set(ANSWERED_ASIDE, true);
  return true;
}

/**
 * Before a message is read as usual: a sender's weight gap with the box doubted is a complaint about missing contents
 * (the damage kind) — blind batch 48a: 15.1 heard "don't worry, it isn't lost". The weights' check is said first.
 * @returns whether the message was such.
 */
export async function readWeightGap(turn: Turn): Promise<boolean> {
  if (!tellsWeightGap(turn.text) || turn.reading.entities.trackingNumbers.length === 0) return false;
  // (Contents gone from it are the damage kind, however the rest reads — "did someone take stuff" is no parcel lost;
  // one that also looks lost is retyped when the customer asks so: intake-asides.ts's settleLoss.)
  // (Read by us, not said: no "sorry it arrived broken" for a parcel still on its way — the acknowledgement takes a
  // faint reading's harm only when the words tell of it, empathy.ts.)
  turn.reading = {
    ...turn.reading,
    intent: 'complaint',
    category: 'damaged',
    confidence: Math.min(turn.reading.confidence, 0.4),
  };
  turn.complaintCategory = 'damaged';
  await reply(turn, say(turn, 'missing.weightGap'));
  return true;
}
