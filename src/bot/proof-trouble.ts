import { PROOF_LIMITS } from './proof-attempts';
import { reply, say, type Turn } from './turn';

// The phone the digits come from: named in the clause that says it is not known, needed, or someone else's.
// (Not a tracking, order or ticket number: "I don't know the tracking number" is no trouble with the proof.)
const PHONE_WORD = String.raw`(?:phone|(?<!(?:tracking|order|ticket|complaint|parcel|waybill|case) )number|mobile|digits|last (?:4|four))`;
const PHONE_WORD_ZH =
  '(?:电话|電話|手机|手機|(?<![单單])号码|(?<![单單])號碼|后四位|後四位|尾号|尾號|尾數|尾数|后4位|後4位|尾4位)';

/**
 * "I don't know her phone", "do you really need her number?", "can I use my own phone, I'm her son", "我唔知佢電話",
 * "不知道后四位", "一定要电话吗", "用我自己嘅電話得唔得": trouble with the proof the bot asked for, not a complaint.
 */
const PROOF_TROUBLE = new RegExp(
  [
    // Not known / not at hand.
    String.raw`\b(?:don'?t|dont|do not|doesn'?t|didn'?t|no idea|not sure|can'?t remember|cannot remember|forgot)\b[^.?!]{0,30}\b${PHONE_WORD}\b`,
    // Needed at all? Why?
    String.raw`\b(?:do|why do|why does|must|really)\s+(?:you|u|i)\s+(?:really\s+|actually\s+)?(?:need|have to give|have to send)\b[^.?!]{0,25}\b${PHONE_WORD}\b`,
    // Someone else's number instead.
    String.raw`\b(?:can|could|may)\s+i\s+(?:just\s+)?(?:use|give|send)\s+(?:you\s+)?my\s+(?:own\s+)?${PHONE_WORD}\b`,
    `(?:不知道|不晓得|不曉得|不记得|不記得|忘了|忘记了|忘記了|唔知|唔記得|冇|沒有|没有|无|無)[^，。,.?？!！]{0,6}${PHONE_WORD_ZH}`,
    // The phone named first: "他手机号我不知道", "手机尾号我不知道", "佢電話我唔記得", "her number I don't know" (batch 26: 14.2).
    `${PHONE_WORD_ZH}[^，。,.?？!！]{0,4}(?:不知道|不晓得|不曉得|不记得|不記得|忘了|忘记了|忘記了|唔知|唔記得|冇|沒有|没有)`,
    String.raw`\b${PHONE_WORD}\b[^.?!]{0,12}\bi\s+(?:don'?t|do not|dont)\s+(?:know|have)\b`,
    // A friend or colleague of the sender or the recipient, asking for them.
    `(?:寄件人|收件人|收货人|收貨人|发件人|發件人)(?:的|嘅)(?:朋友|同事|家人|亲戚|親戚|屋企人)`,
    String.raw`\b(?:friend|colleague|coworker|relative|neighbou?r) of the (?:sender|recipient|receiver)\b`,
    `(?:一定要|非要|真的要|真係要|係咪要|是不是要|是否要|为什么要|為什麼要|点解要|點解要|要唔要|使唔使)[^，。,.?？]{0,6}${PHONE_WORD_ZH}`,
    `(?:用|报|報|俾|给|給)(?:我|我自己)(?:的|嘅)?${PHONE_WORD_ZH}`,
    // Neither sender nor recipient: a colleague's or a friend's parcel, looked up for them (batch 18 20.4).
    String.raw`\b(?:i'?m|i am)\s+(?:not|neither)\s+(?:the\s+)?(?:sender|recipient|receiver)\b|\b(?:my|a)\s+(?:colleague|coworker|co-worker|friend|boss|neighbou?r|mum|mom|dad|sister|brother)'?s\s+(?:parcel|package|shipment|order)\b|\bsomeone else'?s\s+(?:parcel|package|shipment)\b`,
    `(?:不是|唔係|并非|並非|既不是)[^，。,.?？!！]{0,3}(?:收件人|寄件人|收件的|寄件的|收貨人|收货人)|(?:同事|朋友|家人|老板|老闆|屋企人|老婆|老公|妈妈|媽媽|爸爸|阿媽|老豆|邻居|鄰居)(?:的|嘅)(?:件|快递|快遞|包裹|貨|货|嘢)`,
  ].join('|'),
  'i',
);

/**
 * A customer who cannot give the last 4 digits of a phone on the parcel (it is their mother's, they do not know the
 * number) or asks why they are needed, right after the bot showed a parcel they have not proved: told plainly what
 * they can have without the digits (the status they were shown), what the digits are for (names, addresses, changes
 * to the delivery — other people's details), that only the waybill's phones count, and the way on (the owner writes
 * themselves, or a person). Not a complaint about the courier: none is started (blind batch 17: 05.2, 16.2, 29.2, 29.4).
 */
// "那怎么办", "咁點算", "so what now?" right after digits that did not match: stuck at the proof (blind batch 17: 16.4).
const WHAT_NOW =
  /怎么办|怎麼辦|點算|点算|點搞|点搞|點做|点做|\b(what now|now what|then what|what (do|can|should) i do)\b/i;

// "为什么要验证 我就是收件人啊", "點解要核對", "why do you need to verify me?", "what's the check for": why proof is asked.
const WHY_PROOF = new RegExp(
  [
    `(?:为什么|為什麼|为啥|為啥|干嘛|幹嘛|干吗|幹嗎|凭什么|憑什麼|点解|點解|做咩|做乜|何必|一定要|非要|真係要|使唔使|使乜)[^，。,.!！?？]{0,6}(?:验证|驗證|核对|核對|核实|核實|证明|證明|认证|認證|${PHONE_WORD_ZH})`,
    `(?:验证|驗證|核对|核對|核实|核實|证明|證明)[^，。,.!！]{0,4}(?:干嘛|幹嘛|干什么|幹什麼|做咩|做乜|做什么|做什麼|有什么用|有咩用)`,
    String.raw`\bwhy\b[^.?!]{0,25}\b(?:verify|verification|prove|proof|check(?:ing)? (?:me|who i am)|identify|${PHONE_WORD})\b`,
    String.raw`\bwhat(?:'s| is)? (?:the|this) (?:verification|check|proof)\b[^.?!]{0,10}\bfor\b|\b(?:do|must) (?:you|u) (?:really )?(?:need|have) to (?:verify|check|prove)\b`,
  ].join('|'),
  'i',
);

/** The customer asks why the proof, or the phone's digits, are asked for ("凭什么给你手机尾号", "why do you need…"). */
export const asksWhyProof = (text: string): boolean => WHY_PROOF.test(text);

// (A customer who says they cannot give the digits — not known, someone else's parcel — hears the ways without them.)
const PROOF_TROUBLE_NOT_WHY =
  /不知道|不晓得|不曉得|不记得|不記得|忘了|忘记|忘記|唔知|唔記得|\b(don'?t|dont|do not) (know|have|remember)\b|\bforgot\b|不是收件人|唔係收件人|\bnot the (recipient|receiver|sender)\b/i;

/**
 * "點解要我電話尾數？", "why do you need my last 4 digits?" about a parcel shown but not proved: why (the details are
 * other people's too), with the digits asked for again — also while the customer waits for a person (batch 20 29.4
 * heard the parcel's status again instead).
 */
export async function answerWhyProof(turn: Turn): Promise<boolean> {
  const { data } = turn;
  const parcel = data.verifyTracking ?? data.lastTracking;
  if (!parcel || data.verified.includes(parcel) || /\d{4}/.test(turn.text)) return false;
  if (!WHY_PROOF.test(turn.text) || PROOF_TROUBLE_NOT_WHY.test(turn.text)) return false;
  await reply(turn, say(turn, 'proof.why', { number: parcel }));
  return true;
}

export async function answerProofTrouble(turn: Turn): Promise<boolean> {
  const { data } = turn;
  const parcel = data.verifyTracking ?? data.lastTracking;
  if (!parcel || data.verified.includes(parcel)) return false;
  if (turn.reading.entities.trackingNumbers.length > 0 || /\d{4}/.test(turn.text)) return false;
  // Asked why at all ("I'm the recipient!"): anyone can say so here, and the digits keep others from seeing or changing
  // their parcel — then the digits are asked for again; a change waiting on them stays (blind batch 19: 19.2).
  if (WHY_PROOF.test(turn.text) && !PROOF_TROUBLE_NOT_WHY.test(turn.text)) {
    await reply(turn, say(turn, 'proof.why', { number: parcel }));
    return true;
  }
  const stuck = (data.verifyTries ?? 0) > 0 && data.verifyTracking === parcel && WHAT_NOW.test(turn.text);
  if (!PROOF_TROUBLE.test(turn.text) && !stuck) return false;
  data.offeredHuman = true;
  await reply(turn, say(turn, 'proof.withoutDigits', { number: parcel }), [
    { title: say(turn, 'choice.human'), value: say(turn, 'choice.human') },
  ]);
  return true;
}

// "会不会被别人猜中", "試一萬次不就出來了", "估唔估得到", "can't someone just guess the 4 digits?", "is that even safe?":
// whether the proof can be guessed, or why it is safe — asked of the digits or the check.
const GUESS =
  /猜|蒙中|蒙对|蒙對|撞中|撞啱|估中|估到|估得到|估啱|试出|試出|试一万|試一萬|试1万|試1萬|一万次|一萬次|暴力破解|穷举|窮舉|安全吗|安全嗎|安不安全|安唔安全|安全唔安全|靠得住|靠谱吗|靠譜嗎|\b(guess\w*|brute[- ]?forc\w*|try (all|every)|10,?000|ten thousand|safe|secure|hack\w*)\b/i;
const OF_THE_PROOF = new RegExp(
  `${PHONE_WORD_ZH}|四位|4位|末四碼|末四码|四個數字|四个数字|验证|驗證|核对|核對|\\b(?:${PHONE_WORD}|four|4|code|check|verification|proof|pin)\\b`,
  'i',
);

/**
 * "你们这个后四位验证 会不会被别人随便猜中？", "can't anyone just guess 4 digits?" (issue #17, blind-33 17.5–17.6: asked
 * twice, never answered): why guessing does not work — the wrong tries a chat and everyone together may make before
 * the parcel's digits are not checked at all — and what the digits protect and show. A question, not a complaint.
 */
export async function answerDigitsGuessed(turn: Turn): Promise<boolean> {
  const { text } = turn;
  if (!GUESS.test(text) || !OF_THE_PROOF.test(text)) return false;
  // ("你帮我猜一下单号", "can you guess the right number?": the tracking number guessed — lookup-without-number's.)
  if (
    !/四|4|digit/i.test(text) &&
    /单号|單號|运单|運單|号码|號碼|tracking|\bthe (right |correct )?number\b/i.test(text)
  )
    return false;
  if (turn.reading.entities.trackingNumbers.length > 0 || /\d{4}(?!\s*(次|tries|times|guesses|,000))/.test(text))
    return false;
  // (A person offered earlier is no longer the question on the table: "ok" next is no yes to it.)
  turn.data.offeredHuman = undefined;
  await reply(
    turn,
    say(turn, 'proof.guessSafe', {
      perConversation: PROOF_LIMITS.perConversation,
      perParcel: PROOF_LIMITS.perParcel,
      hours: PROOF_LIMITS.windowHours,
    }),
  );
  return true;
}
