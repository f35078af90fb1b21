import { handleHuman, saysNoPerson } from './handoff-turn';
import { asksIfBot, asksIfPersonHandles } from './bot-identity';
import { namesBusinessAccount } from './business-follow-up';
import { callBesideChange } from './call-first';
import { saveContact } from './file-complaint';
import { reply, say, type Turn } from './turn';

// A person asked for in so many words: "转人工", "找你们主管", "叫你们经理来", "真人客服", "幫我轉人工", "搵真人", "I want a
// supervisor", "let me speak to a human", "get me your manager". A word for a person alone ("客服说…", "the manager of
// my shop") asks for nobody.
const ASKS_FOR_PERSON = new RegExp(
  [
    '[转轉](接|给|給|去|到)?(人工|真人|客服|人手|專人|专人|主管|经理|經理)',
    // (人工客服 alone is someone already spoken to — "我之前跟人工客服说过了" — unless asked for.)
    '(接|我要)人工客服',
    // (Not a charge or a smart service: "搬家要人工费吗", "人工智能".)
    '(找|要|叫|喊|請|请|搵|揾)(个|個)?(真人|人工(?!费|費|智能))',
    '(同|跟|和)(个|個)?(真人|人工(?!费|費|智能))(客服)?(?![^，。,.!?！？]{0,6}(过|過|咗))',
    '真人(客服|服务|服務|處理|处理)',
    // Someone in charge asked for: yours ("找你们主管"), or a request that opens the clause ("叫主管来"); not "要领导签字"
    // or "我们经理来取件".
    '(找|要|叫|喊|請|请|搵|揾|见|見)(你们|你們|你哋|贵司|貴司)(的|嘅)?(主管|领导|領導|经理|經理|上级|上級|上司|负责人|負責人|老板|老闆|管事(的|嘅)?)',
    '(^|[，。,.!?！？；;\\s]|我|我要|我想)(找|叫|喊|請|请|搵|揾|见|見)(的|嘅)?(主管|领导|領導|经理|經理|上级|上級|上司|负责人|負責人|老板|老闆|管事(的|嘅)?)(?!签|簽|批|审|審|同意)',
    '(你们|你們|你哋|贵司|貴司)(的|嘅)?(主管|领导|領導|经理|經理|负责人|負責人)(出来|出來|来|來)(跟|和|同)?',
    '\\b(speak|talk|chat)\\s+(to|with)\\s+(a|an|your|the|some)?\\s*(real\\s+|live\\s+|actual\\s+)?(human|person|agent|supervisor|manager|representative|someone|somebody)\\b',
    // (Not "need" or "give": "do I need a person to be home to sign?" asks for nobody.)
    '\\b(get|want|put|transfer|connect|escalate)\\s+(me\\s+)?(to|through to|with)?\\s*(a|an|your|the)\\s+(real\\s+|live\\s+|actual\\s+)?(human|person|agent|supervisor|manager|representative)\\b',
    '\\b(a|an)\\s+(real\\s+|live\\s+|actual\\s+)?(human|supervisor)\\s*(please|pls|now)\\b',
    // ("can a person get the station to send someone today?", "please get a person to sort it": a person to act — blind
    // batch 43b: 02.4 heard an outlet's address.)
    '\\b(can|could|would)\\s+(a|some)\\s+(real\\s+)?(person|human|agent)\\s+(get|help|sort|call|arrange|ask|chase|contact|make|fix)\\b',
    '\\b(get|have)\\s+(a|some)\\s+(real\\s+)?(person|human|agent)\\s+to\\b',
  ].join('|'),
  'i',
);

// A person named without being asked for, which the NLU can still read as a request: a labour charge ("搬家要人工费吗")
// or an agent spoken to before ("我之前跟人工客服说过了，他们说明天送").
const PERSON_NAMED_ONLY = /人工(费|費)|(跟|同|和)(人工|真人)(客服)?[^，。,.!?！？]{0,6}(过|過|咗)/;

/** The customer names a person only — a charge for labour, an agent already spoken to — and asks for none. */
export const namesPersonOnly = (text: string): boolean => PERSON_NAMED_ONLY.test(text) && !ASKS_FOR_PERSON.test(text);

/**
 * The customer asks for a person outright — a transfer, a supervisor, a human — whatever else the message says ("别光
 * 加急，转人工", "那就幫我轉人工改一下好了"): not a question whether a person reads this, a person named with the business
 * account or a call before a delivery change, nor the person refused ("不用转人工了").
 */
export const asksForPersonOutright = (turn: Turn): boolean => {
  const { text } = turn;
  if (!ASKS_FOR_PERSON.test(text) || saysNoPerson(text)) return false;
  if (asksIfBot(text) || asksIfPersonHandles(text) || namesBusinessAccount(text) || callBesideChange(text))
    return false;
  // (The NLU reads most of these as `human`; one it reads as a complaint or a change still asks for the person first.)
  return turn.reading.intent !== 'faq.fee' && turn.reading.intent !== 'faq.prohibited';
};

/**
 * Hands the conversation to a person at once, whatever the bot was doing (a change waiting for its proof, a status
 * just told, a request taken down): never the last step's text again. The person gets what is known — the
 * parcel (handoff-turn.ts takes the conversation's), a phone typed earlier in the chat, a change that was waiting
 * and an earlier complaint the customer said they made, which the customer hears is being looked up.
 */
export async function handOffAsked(turn: Turn): Promise<void> {
  const { data, services } = turn;
  const notes = [
    data.unclear ? 'customer asked for a person after misunderstandings' : 'customer asked for a person outright',
  ];
  // The parcel this message names is the conversation's from now on (a change asked while waiting is about it).
  const named = turn.reading.entities.trackingNumbers[0]?.number;
  if (named) data.lastTracking = named;
  // A phone typed earlier in the chat ("电话还是139…") is the one the person calls back on.
  // (Read again from the messages kept: one tried as proof of the parcel has left `phonesGiven`.)
  // (One already on file — the complaint's contact — is not news: nothing said of it.)
  const earlier = turn.reading.entities.phones.length === 0 ? phoneTypedBefore(turn) : undefined;
  const typed = earlier && earlier !== turn.customer.phone ? earlier : undefined;
  if (typed) {
    turn.customer = await saveContact(services, turn.customer, { phone: typed });
    notes.push(`phone given earlier in the chat: ${typed}`);
  }
  const change = data.deliveryChange;
  if (change && !change.recorded)
    notes.push(`they had also asked for a delivery change (${change.kind ?? 'unstated'})`);
  data.deliveryChange = change?.recorded ? change : undefined;
  data.verifyTracking = undefined;
  const sought = data.complaintSought;
  if (sought) notes.push(`says they complained about ${sought} before; not found here — please look it up`);
  if (SUPERVISOR.test(turn.text)) notes.push('they asked for a supervisor');
  await handleHuman(turn, notes.join('; '));
  const ticket = turn.conversation.ticketId ? await services.store.tickets.get(turn.conversation.ticketId) : undefined;
  if (!ticket) return;
  const lines: string[] = [];
  // (The customer hears the number the person will use, so a wrong one can be put right.)
  if (typed) lines.push(say(turn, 'human.contactAdded', { contact: typed, number: ticket.number }));
  if (sought && ticket.origin === 'handoff') {
    if (!ticket.trackingNumbers.includes(sought)) await services.tickets.addParcel(ticket.id, sought, 'customer');
    lines.push(say(turn, 'human.earlierStillNotFound', { parcel: sought, number: ticket.number }));
  }
  if (lines.length > 0) await reply(turn, lines.join('\n'));
}

// Someone in charge asked for, not any agent: said on the ticket so the desk can pass it up.
const SUPERVISOR = /主管|领导|領導|经理|經理|上级|上級|上司|负责人|負責人|老板|老闆|\b(supervisor|manager|boss)\b/i;

/** The latest phone the customer typed in the chat's kept messages, in E.164. */
function phoneTypedBefore(turn: Turn): string | undefined {
  const { nlu, clock } = turn.services;
  for (const said of [...(turn.data.said ?? [])].reverse()) {
    const phone = nlu.analyze(said, clock.now(), turn.locale).entities.phones.at(-1)?.e164;
    if (phone) return phone;
  }
  return turn.data.phonesGiven?.at(-1);
}
