import { letterOFixed } from '../nlu/entities/tracking';
import { tellsParcelNotTheirs } from './not-theirs';
import { chargedWeightAnswer } from './charged-weight';
import { newNumberNote, shopGaveNumberRecently } from './new-number';
import { disclosesDetails } from './details-disclosed';
import { knewDetails } from './scam-call';
import { impersonatedCallRule } from './impersonated-call';
import { contactFromOpening } from './opening-contact';
import { valueAtOpening } from './goods-value';
import { feeWhereOvercharged, overchargeAtOpening } from './overcharge-told';
import { signatureCheckAtOpening } from './signature-disputed';
import { demandDetailsIn, demandsSaid } from './demand-details';
import type { DialogContext } from 'botbuilder-dialogs';
import type { ComplaintCategory, Nlu } from '../nlu';
import { capabilitiesOf } from './channels';
import { acknowledge, feelingOf, strongFeelings } from './empathy';
import { grievanceIn, tellsCodUnpaid } from './grievance';
import { insuranceToldOfLoss } from './insured-loss';
import { accountBeforeOffer, withoutLastFourClauses } from './offer-account';
import { tellsCodChargedAtDoor } from './cod-charged';
import { codRemittanceRule } from './cod-remittance';
import { codMoneyToldBefore, takesUpCodComplaint } from './cod-complaint-taken';
import type { ReplyKey } from './replies';
import { INTAKE_DIALOG, type IntakeState } from './intake-state';
import {
  demandOfReading,
  readDemand,
  readDemands,
  settledDemand,
  turnedDownDemands,
  wantedDemand,
  wordsIn,
} from './intake-reading';
import {
  asksQuestion,
  contentsMissing,
  goodsBroke,
  makesClaim,
  speaksOfBox,
  speaksOfLoss,
  overcharged,
  speaksOfMoney,
  speaksOfReturn,
  speaksOfCategory,
  speaksOfLeak,
  tellsOfWrongItem,
  labelledLastFour,
} from './message-cues';
import { directAnswer, lostLooking } from './direct-answer';
import { speaksOfStandingStill } from './intake-prompts';
import { daysPastPromise, deliveredOnTime, type ShipmentView } from '../tracking';
import { ANOMALY_CATEGORY, lookupProblem, lookUpParcel, parcelNamedIn, trackingAnswer } from './parcel-answer';
import { lateCauseAnswer } from './late-cause';
import { asksArrival } from './intake-questions';
import { parcelFactsAnswer, parcelQuestionIn } from './parcel-facts';
import { reply, say, spokenRegister, type Turn } from './turn';
import { recordConflict } from './record-conflicts';
import { numberSettledIn, secondMatterIn, secondOfTwoMeant } from './parcel-mentions';
import { takeVolunteered } from './intake-volunteered';
import { keepLeftComplaint, takeLeftComplaint, withoutChatTalk } from './complaint-account';
import { answerWorry, conditionalThreat, onItsWay, onlyWorried } from './worry-answer';
import { cancelAnswer, cancelsShipment } from './case-rules';
import { categoryNamedAs } from './category-named';
import { priceOnParcelRoute } from './route-fee';
import { typeByRecord } from './record-type';
import { damageBeforeAttitude } from './damage-reading';
import { asksNewComplaint, COMPLAINT_WORDS, WANTS, wantsToComplain } from './complaint-words';
import { saysNoNumber } from './intake-slot-text';
import { takeDemandToldBefore } from './earlier-demand';
import { accountToldBefore, onlyGivesContact, withoutContactClauses } from './contact-only';
import { firstOfAllListed, otherListedParcel } from './both-parcels';
import { perishableGoods, perishablesToldOf } from './perishables';
import { conditionalDemands } from './demand-step';
import { noteUnfound, numberAsGiven, takeAsGiven, unfoundBefore } from './number-as-given';

export { wantsToComplain };

// "卡在哪了", "去到邊": where the parcel is, asked without a question word the shared cues know.
const WHEREABOUTS = /在哪|到哪|去到邊|喺邊/;
const asks = (text: string): boolean => asksQuestion(text) || WHEREABOUTS.test(text);

// "我叫佢放管理處", "I asked them to hold it at the station": a request the courier had agreed to.
const ARRANGED =
  /说了|說了|说好|說好|讲好|講好|约好|約好|预约|預約|要求(过|過)|交代|叮嘱|叮囑|話咗|讲咗|講咗|叫(佢|他|她|你哋|你们|你們)|\b(i|we)('d|'ve| had| have)? (asked|requested|told|arranged|booked)\b|\bagreed\b/i;
// "the tracking is wrong", "記錄唔啱", "信息是错的": the customer holds the record wrong.
const RECORD_WRONG =
  /\b(wrong|incorrect|inaccurate|false|not (right|correct|true))\b|错|錯|唔啱|不对|不對|不准|不準|乱写|亂寫/i;

/**
 * Starts the complaint intake from what the message already says: an empathy line for strong feelings, the
 * status of the parcel it names (answer first), the category (from the words, a tracking answer's
 * suggestion or the parcel's anomaly), the account, the demand; the intake then asks only for the rest.
 */
// Another parcel, or goods that came broken: no complaint about a pickup nobody came for.
const ANOTHER_PARCEL =
  /\b(arrive|arrived|delivered)\b|\bmy (parcel|package|order)\b|到货|到貨|没收到|沒收到|收唔到|未收到|还没到|還沒到|未到|淘宝|淘寶|\b(another|different|other|second) (parcel|package|order|one|delivery)\b|\b(broken|damaged|smashed|cracked)\b|另一|另外一|第二个|第二個|别的|別的|其他的?(包裹|快递|快遞|件)|碎|坏了|壞了|壞咗|破了|破咗/i;

export async function startIntake(
  turn: Turn,
  dialogContext: DialogContext,
  options: { answerBeside?: () => Promise<void>; statusTold?: boolean } = {},
): Promise<void> {
  const { reading, data, context, customer, services, text } = turn;
  const before: string[] = [];
  // A fee dispute is about money: without a fee word or an amount it is what the parcel's record shows.
  // Broken contents are damage, whatever else is said of the box (batch 11 04.1: "茶杯碎了两个 外面箱子也压扁了" was
  // filed as packaging, low priority): the box goes on the same ticket beside it.
  // (So is a box that came with things missing from it, resealed or empty — "包裝被拆開過又封回去 裡面的香水不見了", "拆开
  // 里面是空的" — not packaging, nor a parcel lost: blind batch 41a 10.1, 13.1.)
  const brokeInside =
    (reading.category === 'packaging' && (goodsBroke(text, 'spaces split') || contentsMissing(text))) ||
    (['lost', 'value_added', 'other'].includes(reading.category ?? '') && contentsMissing(text));
  // A wrong item delivered ("I ordered headphones and got socks") is no damage, whatever the NLU's faint reading says:
  // LABELS.md has no label of its own for it, so it is 其他 (other) — unless the goods also came broken.
  const wrongItem = tellsOfWrongItem(text) && !goodsBroke(text, 'spaces split');
  // ("he THREW my box over the gate and the vase inside is smashed": damage, the attitude beside it — 23: 09.4.)
  const brokenByCourier = damageBeforeAttitude(reading.category, text);
  // A message giving only the contact ("电话135…，下午两点以后打") tells neither the type nor the account: the parcel's
  // record gives the type, and what the customer told before it is the account (contact-only.ts).
  const contactGiven = reading.entities.phones.length + reading.entities.emails.length > 0;
  const contactOnly = onlyGivesContact(text, contactGiven);
  // Contact details beside the request ("just log it. my number is 138…, email k.wong@…") tell neither the type nor
  // what happened (blind batch 29: 02.4–02.5 was typed as wrong information, its account the email): the rest is read.
  const account = withoutContactClauses(withoutChatTalk(contactGiven ? withoutContactClauses(text) : text));
  const accountRead =
    !contactGiven || account === text.trim() ? reading : account ? services.nlu.analyze(account) : undefined;
  const typeRead =
    accountRead === reading ? reading.category : accountRead?.intent === 'complaint' ? accountRead.category : 'other';
  const read = contactOnly
    ? 'other'
    : brokeInside || brokenByCourier
      ? 'damaged'
      : wrongItem || (typeRead === 'fee' && !speaksOfMoney(text) && !overcharged(text))
        ? 'other'
        : // (Cash on delivery taken from a recipient who did not owe it: a fee charged wrongly — cod-charged.ts.)
          tellsCodChargedAtDoor(text)
          ? 'fee'
          : feeWhereOvercharged(typeRead, text);
  // Answer first: the parcel the complaint names is looked up, and its status told, before any question.
  // ("YT… 打错了 应该是 SF…": the number corrected in the same message is the parcel.)
  const settled = numberSettledIn(
    text,
    reading.entities.trackingNumbers.map((t) => t.number),
  );
  // ("SF… 跟 SF… 第二個好像一直沒到": the second is the one the complaint or the worry is about.)
  const secondMeant = settled
    ? undefined
    : secondOfTwoMeant(
        text,
        reading.entities.trackingNumbers.map((t) => t.number),
      );
  const entities = settled
    ? { ...reading.entities, trackingNumbers: reading.entities.trackingNumbers.filter((t) => t.number === settled) }
    : secondMeant
      ? { ...reading.entities, trackingNumbers: [...reading.entities.trackingNumbers].reverse() }
      : reading.entities;
  const named = await parcelNamedIn(services, entities);
  const numbers = named && named.kind !== 'invalid' && named.kind !== 'unknown' ? [named.number] : [];
  let trackingNotice: string | undefined;
  // The plain answer to what the opening asked ("is it lost?"), said before the status.
  let answered: string | undefined;
  // (The cause of a delay and what lateness gives back, told: the claim rules are not put beside them.)
  let lateTold = false;
  let conflict: string | undefined;
  // The parcels whose status this reply tells already: each is told once (blind-31 02.1 showed the second twice).
  const statusTold: string[] = [];
  if (named?.kind === 'found') {
    // Not again when the customer has just been told ("File a complaint SF…" under a tracking answer) — unless the number
    // comes back with "why?" ("EA… 我一開頭已經講咗…我問你點解退": its record answers that — blind batch 55b: 13.3).
    if (named.number !== data.lastTracking || parcelQuestionIn(text) === 'why')
      before.push((await trackingAnswer(services, context, turn.locale, named, spokenRegister(turn))).join('\n'));
    // "The courier left a note" about a parcel not yet out for delivery: what the record shows, for checking.
    conflict = recordConflict(services.replies, turn.locale, spokenRegister(turn), named, text);
    if (conflict) before.push(conflict);
    // "Is it lost or not?", "charged HK$180 instead of HK$120": the question answered plainly, before the status.
    // (The lost-looking line only where the status is told: a tracking answer just said it otherwise.)
    const told = named.number !== data.lastTracking;
    const direct = directAnswer(turn, named, read) ?? (told ? lostLooking(turn, named) : undefined);
    if (direct) before.unshift(direct);
    answered = direct;
    data.lastTracking = named.number;
    // "YT… 和 782…，两个都不动了": every parcel the opening names has its status told, not only the first
    // (blind batch 23: 11.1–11.2); the complaint is the first one's, and the others are listed for "the second one".
    const others = entities.trackingNumbers.map((t) => t.number).filter((n) => n !== named.number);
    const shown = [named.number];
    for (const other of others.slice(0, 4)) {
      const found = await lookUpParcel(services, other);
      // ("…the shop sent a replacement, the new number is 753…": a number not found is said so, not passed over — blind
      // batch 43a: 04.1.)
      const problem =
        found.kind === 'found' ? undefined : lookupProblem(services, turn.locale, found, spokenRegister(turn));
      if (problem) before.push(problem);
      if (found.kind !== 'found') continue;
      before.push((await trackingAnswer(services, context, turn.locale, found, spokenRegister(turn))).join('\n'));
      shown.push(other);
    }
    statusTold.push(...shown);
    if (shown.length > 1) data.parcelsListed = shown;
  } else if (named?.kind === 'invalid') {
    const fixed = letterOFixed(named.number);
    trackingNotice = fixed
      ? say(turn, 'intake.trackingLetterO', { number: named.number, fixed })
      : say(turn, 'intake.trackingInvalid', { number: named.number });
  } else if (named?.kind === 'unknown') {
    trackingNotice = say(turn, 'intake.trackingUnknown', { number: named.number });
    // "The shop gave it to me yesterday": why a new number is not found yet, said once before the question.
    const why = shopGaveNumberRecently(text) ? newNumberNote(turn) : undefined;
    if (why) before.push(why);
  }
  // A number not found that the customer stood by earlier, or sends again now: taken as given — never asked for
  // again in this conversation, marked for an agent to check (number-as-given.ts; blind batch 27: 26.4–26.6).
  const unfoundNamed = named?.kind === 'unknown' || named?.kind === 'invalid' ? named.number : undefined;
  const again = unfoundNamed !== undefined && unfoundBefore(data, unfoundNamed);
  const asGiven = again ? unfoundNamed : !named && !data.lastTracking ? numberAsGiven(data) : undefined;
  if (asGiven) {
    numbers.push(asGiven);
    takeAsGiven(data, asGiven);
    trackingNotice = undefined;
    if (again) before.push(say(turn, 'intake.trackingAsWritten', { number: asGiven }));
  } else if (unfoundNamed) noteUnfound(data, unfoundNamed);
  // "两件都…" after a reply that listed several and asked which: the first of them, the other after it.
  const allListed = named || data.lastTracking ? undefined : firstOfAllListed(turn);
  if (allListed) data.lastTracking = allListed;
  // "投訴呀 你聽唔明咩" after the bot took the complaint for something else: the complaint goes on from what it
  // had; what the message says about the chat itself is no part of what happened.
  const left = takeLeftComplaint(data, named?.number ?? data.lastTracking);
  // (Nothing left but the contact: what the customer told before is the account, as for a contact sent alone —
  // less the messages that only proved the parcel with its digits.)
  const accountBefore = () => accountToldBefore((data.said ?? []).filter((said) => !labelledLastFour(said)));
  const told = contactOnly || (contactGiven && !account) ? accountBefore() : account;
  const restarted = Boolean(left) && (told !== text.trim() || wantsToComplain(text));
  const earlier = !named && data.lastTracking ? await lookUpParcel(services, data.lastTracking) : undefined;
  if (!named && data.lastTracking) {
    numbers.push(data.lastTracking);
    // "Will it come tomorrow? …": a question about the conversation's parcel gets its status first.
    // "it's lost isn't it" right after a tracking answer: answered plainly too, as when the number is in it.
    // "那就是丢了呗", "so it's lost then" about a lost-looking parcel: what happens now, said again.
    // ("都晚三天了 怎么回事 能赔吗": the cause and what lateness gives back, not the status again — 22: 19.4.)
    // ("仲要等幾耐？你哋之前話7日" of the parcel just shown: how long is left as far as the record says, not the
    // status again — blind batch 29: 28.3.)
    const late = earlier?.kind === 'found' ? lateCauseAnswer(turn, earlier) : undefined;
    lateTold = late !== undefined;
    const arrival =
      earlier?.kind === 'found' && !late && asksArrival(text) ? parcelFactsAnswer(turn, earlier, 'arrival') : undefined;
    const direct =
      earlier?.kind === 'found'
        ? (late ??
          arrival ??
          directAnswer(turn, earlier, undefined) ??
          (speaksOfLoss(text) ? lostLooking(turn, earlier) : undefined))
        : undefined;
    const toldBefore = options.statusTold === true;
    if (earlier?.kind === 'found' && (asks(text) || direct) && !restarted && !late && !arrival && !toldBefore)
      before.push((await trackingAnswer(services, context, turn.locale, earlier, spokenRegister(turn))).join('\n'));
    if (direct) before.unshift(direct);
    answered = direct;
    // ("so I was overcharged" after "charged 68 yuan for a 2kg box from Shenzhen to Shanghai": what it should cost —
    // unless the reply before said it.)
    const priced =
      earlier?.kind === 'found' && read === 'fee' && !data.lastQuote?.weight
        ? priceOnParcelRoute(turn, earlier.shipment, data.said)
        : undefined;
    if (priced) before.push(priced);
  }
  // "补扣了15 说是复重按5公斤算的 这是什么情况": why that weight was charged, at the opening (blind batch 42b 08.1).
  const weightCharged = answered
    ? undefined
    : chargedWeightAnswer(turn, read === 'fee', named?.kind === 'found' ? named : undefined);
  if (weightCharged) before.push(weightCharged);
  const parcel = named?.kind === 'found' ? named : earlier?.kind === 'found' ? earlier : undefined;
  // "Two separate matters. First, parcel SF… Second, … JT…": the other parcel's complaint is a ticket of its own,
  // offered once this one is filed (blind-14 21.1).
  // (Not a number corrected in the same breath: "SF… 打错了 应该是 JT…" is one parcel — `parcelMentionIn`.)
  const secondParcel =
    named?.kind === 'found'
      ? secondMeant
        ? undefined
        : secondMatterIn(
            text,
            entities.trackingNumbers.map((t) => t.number),
            named.number,
          )
      : // "这两个都…为什么一个四天没扫描，一个说异常八天了" after both were listed: the other one too (blind-23 11.2).
        !named && earlier?.kind === 'found'
        ? otherListedParcel(turn, earlier.number)
        : undefined;
  // (What is wrong with it, by the sentence that names it: "Second, a courier delivering JT… shouted at her".)
  const secondProblem = secondParcel ? problemOfSentence(services.nlu, text, secondParcel) : undefined;
  // (And this one's by its own sentence: the other's rude courier is no part of this parcel's late arrival.)
  const firstProblem = secondParcel && named ? problemOfSentence(services.nlu, text, named.number) : undefined;
  // "…I want to cancel the shipment and get my money back": whether this parcel can be, after its status.
  const cancel = cancelsShipment(text) ? cancelAnswer(turn, parcel) : undefined;
  // (The conversation's parcel, when the message names none, is the complaint's too: "can you file a complaint for the
  // YT one?" takes that parcel's kind from its record as a number would — blind-31 02.4.)
  const anomaly =
    named?.kind === 'found'
      ? named.view.anomalies[0]
      : earlier?.kind === 'found'
        ? earlier.view.anomalies[0]
        : undefined;
  // "File a complaint" after a tracking answer takes the category that answer suggested; so does a complaint
  // that names a late or stalled parcel without saying what is wrong.
  // (What the customer said of that parcel before — "a courier delivering JT… shouted at her" — stands unless this
  // message tells its own kind in its words: "Now the second one, JT…, we want an apology" does not.)
  const toldBefore = Boolean(data.suggestedByCustomer) && !(read && read !== 'other' && speaksOfCategory(text, read));
  // ("if it's not in my account by Friday, file it now" after the COD complaint was offered: that complaint — 29 08.6.)
  const codTaken = takesUpCodComplaint(turn, numbers[0] ?? data.lastTracking, read);
  const suggested =
    (read === 'other' || toldBefore || codTaken) && data.suggestedCategory && numbers.includes(data.lastTracking ?? '');
  const fromAnomaly = !suggested && read === 'other' && anomaly ? ANOMALY_CATEGORY[anomaly] : undefined;
  // "Is it lost?" (now or earlier in the conversation) or a claim, about a parcel the courier itself cannot
  // account for (an exception scan): a loss.
  const feared = speaksOfLoss(text) || makesClaim(text) || (data.said ?? []).some(speaksOfLoss);
  // So is one the courier cannot account for and past its promise whatever the words: the bot says it is treated as
  // possibly lost, and "it's been over a week", "八天没动了" about it are about that loss (blind batch 17 03.6, 13.6).
  const treatedAsLost =
    parcel !== undefined &&
    lostLooking(turn, parcel) !== undefined &&
    (read === 'delay' ||
      read === 'other' ||
      read === 'lost' ||
      (read === 'info_error' && speaksOfStandingStill(text)) ||
      // ("I paid for insurance, insured value 4000" about it: what the lost parcel was worth — insured-loss.ts.)
      insuranceToldOfLoss(read, text));
  const missing = parcel?.view.status === 'exception' && (feared || treatedAsLost);
  // "Why was it returned? I've waited a week": the return is the complaint (returned unasked), not the wait — nor a
  // loss: a parcel its record shows going back to the sender is not lost, whatever the words suggest.
  // One type for it however it is told (LABELS.md: returned without reason is 其他): "I was home all along" or "it
  // says returned, why?" read as a special request or wrong information is still a return nobody asked for; only a
  // request the courier had agreed to, or a record the customer says is wrong, puts it elsewhere (blind batch 14
  // 14.5, 16.4, 23.5).
  const returned =
    parcel?.view.anomalies.includes('returned') &&
    speaksOfReturn(text) &&
    (read === 'delay' ||
      read === 'other' ||
      read === 'lost' ||
      (read === 'special_request' && !ARRANGED.test(text)) ||
      (read === 'info_error' && !RECORD_WRONG.test(text)));
  // "ok file it as lost then": the type the customer names for the complaint.
  const namedAs = categoryNamedAs(text);
  const fresh = namedAs
    ? namedAs
    : missing
      ? 'lost'
      : returned || wrongItem
        ? 'other'
        : suggested
          ? data.suggestedCategory
          : (firstProblem ?? fromAnomaly ?? read);
  // Asked for again, the complaint keeps the type its own account gave ("yes file it, I want the packing staff
  // told" is still about the packing, not about staff).
  const sentBack =
    parcel && parcel.view.anomalies.includes('returned') && !parcel.view.delivered
      ? daysPastPromise(parcel.shipment, services.clock.now())
      : 0;
  const given = restarted && left?.category && !left.categoryGuessed ? left.category : fresh;
  // "是不是丢了" about a parcel its record shows on its way and not late: a fear, not a loss — the complaint is about
  // what the record shows (no scan for days: tracking that stands still), not filed as lost at high priority (blind-13
  // 24.3, after the reassurance).
  // (Unless the customer told us to file it as lost: their type stands, the agent sees the record beside it.)
  // Nor is "四天没动了" about one not yet due a delay: its promise has not passed, so the complaint is the record's
  // (no scan for days: tracking that stands still), never 延误 (blind batch 24: 19.5).
  const onTheWay =
    (given === 'lost' || given === 'delay') && !missing && !namedAs && onItsWay(parcel) ? parcel : undefined;
  // Details told to someone else make it a data-leak complaint (LABELS.md: info_error), unless the parcel itself is lost
  // or broken — the leak then goes with that (batch 20: 07.1 was taken for the courier's attitude).
  const leakTold = disclosesDetails(text) && given !== 'lost' && given !== 'damaged';
  const byWords = onTheWay ? (ANOMALY_CATEGORY[onTheWay.view.anomalies[0] ?? ''] ?? 'delay') : given;
  // The words' type held against the record: signed for but never got is lost, not late; "frozen", "insured" or "货值"
  // about a stuck or late parcel do not make it damage or a paid extra; a stuck one with its wait complained of is late
  // (record-type.ts; blind batch 33: 01.3, 11.3, 15.4, 18.5). A type the customer named stands.
  const byRecord =
    namedAs || missing || returned ? undefined : typeByRecord(byWords, parcel, text, (data.said ?? []).slice(-6));
  const category: ComplaintCategory | undefined = leakTold ? 'info_error' : (byRecord ?? byWords);
  if (!named && left?.trackingNumber && numbers.length === 0) numbers.push(left.trackingNumber);
  const meaningful = wordsIn(told.replace(COMPLAINT_WORDS, ''));
  // A "File a complaint SF…" button press says nothing more; a sentence of the customer's own is their account.
  const pressed = Boolean(suggested) && meaningful < 3;
  // (Details told to someone else are a leak whatever the NLU reads — the anger in it as attitude: batch 20.)
  const dataLeak =
    disclosesDetails(text) ||
    (reading.category === 'info_error' &&
      (speaksOfLeak(text) ||
        knewDetails(text) ||
        /泄|洩|leak|诈骗|詐騙|骗|騙|spam|privacy|个资|個資|卖了|賣了|冒充|\bscam|\bpretend\w* to be\b|\bimpersonat\w*|\bknew my (name|address|phone|details)\b|\b(get|got|have|has) my (data|details|personal)\b/i.test(
          text,
        )));
  // A caller who posed as the courier, or asked a fee before a payout: the rule on such calls, before any question.
  const scamRule = impersonatedCallRule(turn);
  if (scamRule) before.push(scamRule);
  // Feelings first: a customer who tells of a harm, or writes angry or in a hurry, hears one sentence that
  // acknowledges it before any status (in the same message) or question. A button press or a bare "I want to
  // complain" tells nothing; a tracking answer that has just apologised for this parcel's problem is not echoed.
  const upset = strongFeelings(reading, text);
  const apologised = Boolean(data.suggestedCategory) && numbers.includes(data.lastTracking ?? '') && !upset;
  // A customer who has to ask again for the complaint the bot took for something else hears one too, though the
  // message says nothing more than that ("我話咗要投訴呀 你聽唔明咩").
  // The grievance named in so many words — an insured value against the payout offered, a double charge, an
  // overcharge — is what the acknowledgement says back (batch 11 pattern 7); a fee grievance beside another
  // complaint ("late, and charged for 2 kg") goes on the same ticket, said so.
  // A wait or a fear for a parcel on its way and not late, from a customer who asked for no complaint, wants nothing
  // and is not angry, is a worry: reassured and told what can be done, not asked for a demand (worry-answer.ts).
  // ("…我要的是一个准话": a demand in words the NLU has none for, in a clause the customer wants it: blind-11 02.2.)
  // (A leak told: "they asked for my bank card to 'refund' me" is the scammer's word, not the customer's demand — only a
  // clause the customer wants names one.)
  // ("要么找到要么赔", "find it, otherwise pay": the first wanted, the other its fallback — blind batch 23 11.7.)
  const pair = dataLeak ? undefined : conditionalDemands(services.nlu, services.replies, turn.locale, told, category);
  // ("不要赔钱 赶紧给我送到就行": the money turned down is no demand, whatever the NLU's entity says — blind batch 51b: 06.8.)
  const turnedDown = turnedDownDemands(told);
  const readOne = dataLeak ? undefined : demandOfReading(reading, text);
  const stated =
    pair?.demand ??
    (readOne && !turnedDown.includes(readOne) ? readOne : undefined) ??
    wantedDemand(services.nlu, contactOnly ? '' : told, category) ??
    // (…and what is asked beside the one turned down is the demand: "赶紧给我送到就行".)
    (readOne ? readDemands(services.nlu, told, category).find((d) => !turnedDown.includes(d)) : undefined) ??
    (turnedDown.length > 0 ? settledDemand(told) : undefined);
  const wants =
    Boolean(stated) || Boolean(left?.demandNotes?.length) || demandDetailsIn(told).some((clause) => WANTS.test(clause));
  // Told once already that it is on its way, the customer who asks again ("so is it lost?") hears the answer; one who
  // says more without asking ("that's not OK") is complaining.
  const reassured = Boolean(parcel) && data.reassured === parcel?.number;
  // (Both listed parcels spoken of, the other in trouble of its own: more than a worry about one on its way.)
  const worried =
    !restarted &&
    !(secondParcel && !named) &&
    !cancelsShipment(text) &&
    (!reassured || asks(text)) &&
    onlyWorried(turn, parcel, {
      // ("如果晚了我就投诉": a complaint on a condition not come about is none asked for — conditional-threat.ts.)
      // ("if the complaint from friday isnt there can u just make one": a new one asked for, whatever the condition.)
      askedFor: Boolean(suggested) || wantsToComplain(conditionalThreat(turn) ?? text) || asksNewComplaint(text),
      wants,
      category,
      dataLeak,
    });
  const toldAgain = worried && data.reassured === parcel.number;
  const grievance = dataLeak ? undefined : grievanceIn(told);
  const owned =
    grievance &&
    (!category || category === 'other' || category === grievance.category || grievance.feeling === 'payoutShort');
  const alsoFee = grievance && !owned && grievance.category === 'fee' ? grievance : undefined;
  // What the customer says in their own words to the bot's offer ("it hasn't moved in 4 days. that's not ok") is
  // heard, and they are told a complaint is being taken down (blind-12 27.3) — not met with the demand question alone.
  // (A question to it — "why has it not moved?" — is no such answer.)
  const answersOffer =
    (apologised || (reassured && !worried)) && !pressed && meaningful >= 3 && !wantsToComplain(text) && !asks(text);
  if (answersOffer) before.unshift(say(turn, 'intake.offerTaken'));
  // (A worry with no strong feelings hears no apology: nothing has gone wrong to apologise for — the reassurance is
  // what answers it; blind batch 15 11.5.)
  // (The feelings of a threat on a condition not come about are answered by the reassurance too: blind-33 06.6.)
  const calm = worried && (!upset || conditionalThreat(turn) !== undefined);
  if (!suggested && !apologised && !toldAgain && !answersOffer && !calm && (meaningful >= 3 || upset || restarted)) {
    const sentBack = named?.kind === 'found' && named.view.anomalies.includes('returned');
    // What the record says of its timing: "hasn't moved in 4 days" about a parcel not due yet is no late parcel.
    // (No parcel looked up yet: its timing is not known, and a wait is not said to be late.)
    // ("我11号就下单了 昨天才到 整整12天" of a parcel delivered by its promised date: on time, no "this late" apology —
    // blind batch 53a: 08.1.)
    const timing = !parcel
      ? ('unknown' as const)
      : !parcel.view.delivered
        ? timingOf(parcel.view)
        : deliveredOnTime(parcel.shipment)
          ? ('due' as const)
          : undefined;
    // (A fear that it is lost, for a parcel on its way, is heard as the wait it is.)
    const heard = {
      category: worried ? 'delay' : category,
      returned: sentBack,
      dataLeak,
      ...(timing ? { timing } : {}),
    };
    // (A pickup nobody came for is no parcel awaited: "等了好几天还没收到" would speak of a delivery — blind 47b: 07.2.)
    const pickupMissed = data.pickupMissedTold === true && !parcel;
    const feeling = pickupMissed ? 'sorry' : feelingOf(reading, text, heard);
    before.unshift(owned ? acknowledge(turn, grievance.feeling, grievance.vars) : acknowledge(turn, feeling));
  }
  if (alsoFee)
    before.push(say(turn, 'intake.alsoFee', { what: say(turn, `grievance.${alsoFee.feeling}` as ReplyKey) }));
  // "我的代收货款一直没打过来": when the money is paid out, beside the complaint that traces it.
  const remittance = owned && grievance.feeling === 'codUnpaid' ? codRemittanceRule(turn) : undefined;
  if (remittance) before.push(remittance);
  const state: IntakeState = {
    locale: turn.locale,
    ...(turn.data.cantonese ? { cantonese: true } : {}),
    askedFor: Boolean(suggested) || wantsToComplain(text) || asksNewComplaint(text),
    ...(category ? { category } : {}),
    ...(alsoFee || brokeInside || brokenByCourier
      ? {
          otherProblems: [
            ...(alsoFee ? (['fee'] as const) : []),
            ...(brokeInside && speaksOfBox(text) ? (['packaging'] as const) : []),
            ...(brokenByCourier?.besides ?? []),
          ],
        }
      : {}),
    ...(conflict ? { recordConflicts: [conflict] } : {}),
    ...(secondParcel ? { otherParcel: secondParcel } : {}),
    ...(secondParcel && secondProblem ? { otherParcelCategory: secondProblem } : {}),
    trackingNumbers: numbers,
    // "是 SF… 的前一个件，单号不记得了", "I don't have its number": not asked for the number again and again.
    // (Said a message or two before the complaint started — "單號唔記得咗" while the bot looked for an earlier one —
    // it holds too: never asked for again in this complaint; blind batch 23: 30.3–30.6.)
    trackingSkipped:
      numbers.length === 0 && !named && [text, ...(data.said ?? []).slice(-2)].some((said) => saysNoNumber(said)),
    ...(trackingNotice ? { trackingNotice } : {}),
    // A number tracking cannot confirm, named in the opening: the customer standing by it has it taken as written.
    ...(unfoundNamed && !asGiven ? { unconfirmedNumber: unfoundNamed } : {}),
    ...(asGiven ? { unverifiedNumbers: [asGiven] } : {}),
    ...(data.unfoundNumbers ? { earlierUnfound: [...data.unfoundNumbers] } : {}),
    // A "File a complaint SF…" button press is not the customer's account of what happened.
    // (The COD complaint taken up: what the customer told of the money missing goes first — cod-complaint-taken.ts.)
    description: [
      left?.description ?? '',
      codTaken && !tellsCodUnpaid(told) ? (codMoneyToldBefore(turn) ?? '') : '',
      // ("782… has been sitting at a hub for a week, I want compensation" drew the offer this message takes up.)
      pressed || left ? '' : (accountBeforeOffer(turn, numbers[0]) ?? ''),
      pressed || left?.description.includes(told) ? '' : withoutLastFourClauses(told),
    ]
      .filter((s) => s.trim())
      .join('\n'),
    categoryGuessed:
      category === left?.category && restarted ? false : !missing && !returned && Boolean(suggested || fromAnomaly),
    // "我要投诉" / "file a complaint" say nothing about what happened.
    // A named category needs a few words; "other" needs a sentence ("why was it returned? I wrote the address right").
    describedEnough:
      Boolean(left?.describedEnough) || (!pressed && meaningful >= ((category ?? 'other') !== 'other' ? 6 : 12)),
    ...(stated
      ? {
          demand: stated,
          moreDemands:
            pair?.more ??
            readDemands(services.nlu, text, category).filter((d) => d !== stated && !turnedDown.includes(d)),
        }
      : {}),
    ...(data.declinedPerson ? { noPerson: true } : {}),
    needsContact: !capabilitiesOf(context.activity.channelId).hasContact && !customer.phone && !customer.email,
    wantsPhotos:
      (category === 'damaged' || category === 'packaging') && services.evidenceOf(context.activity).length === 0,
    photosAsked: false,
    evidence: services.evidenceOf(context.activity),
    facts: {
      severe: reading.signals.severe,
      minor: reading.signals.minor,
      daysLate:
        reading.signals.daysLate ??
        (named?.kind === 'found' && named.view.daysLate > 0 ? named.view.daysLate : null) ??
        // Sent back unasked: never delivered, so as late as its promise is past.
        (sentBack > 0 ? sentBack : null),
      escalationThreat: reading.signals.escalationThreat,
      dataLeak,
      // Live crabs, fresh fish, flowers told of in this message or the ones before (19.6): priority high when late.
      // (Only about this parcel: what was said of another is not in it.)
      perishable:
        [text, left?.description ?? ''].some(perishableGoods) ||
        perishablesToldOf(data.said ?? [], named?.number ?? data.lastTracking),
    },
  };
  // "…我要搵人跟", "please hurry it up": what the customer asks for in the opening, though of no kind, is the
  // demand — the demand question is not asked after it. (Words told of someone else — "the SMS said pick 1 to
  // speed it up" — are no demand: the clause must want it.)
  const wanted = [...(left?.demandNotes ?? []), ...demandDetailsIn(told).filter((clause) => WANTS.test(clause))];
  const wishTaken = !state.demand && wanted.length > 0;
  if (wishTaken) {
    state.demand = 'none';
    state.demandNotes = [...new Set(wanted)];
  }
  // "畀個解釋我", "just give me an explanation" answering the offer: what they want, read as the demand question reads a
  // short answer (since the cause is told beside the offer, this is where the complaint starts — session 29's full run).
  if (answersOffer && state.demand === undefined && !state.demandNotes?.length && wordsIn(text) <= 12) {
    const named = readDemand(services.nlu, services.replies, turn.locale, text, category);
    if (named && named !== 'none') state.demand = named;
  }
  // What they want, said in that answer, is heard with it (blind-11 02.2: "…我要的是一个准话").
  if (answersOffer && (state.demand !== undefined || state.demandNotes?.length))
    before.splice(1, 0, say(turn, 'intake.demandNoted', { demand: demandsSaid(services.replies, state) }));
  // What they wanted one message ago ("…我要的是今天必须送到", "可唔可以refund返運費？") is the demand: said back, not
  // asked for again (earlier-demand.ts).
  else if (takeDemandToldBefore(turn, state))
    before.push(say(turn, 'intake.demandNoted', { demand: demandsSaid(services.replies, state) }));
  // ("可以請快遞員回電給我嗎" in the opening is its demand: said back, since the demand question is not asked — 27: 21.2.)
  else if (wishTaken) before.push(say(turn, 'intake.demandNoted', { demand: demandsSaid(services.replies, state) }));
  data.suggestedCategory = undefined;
  data.suggestedByCustomer = undefined;
  // "…三天没动了 我电话138…", "call me on 9123 4567": that phone is the complaint's contact — not asked for again; the
  // customer hears the number they will be called on (batch 16).
  const openingContact = state.contact ? undefined : contactFromOpening(reading, text);
  if (openingContact) state.contact = openingContact;
  if (worried) {
    // What was told stays: "file a complaint" next goes on from it.
    keepLeftComplaint(data, state);
    // (Whether it is lost is what the reassurance says first, with what can be done: not a promise to chase it.)
    const lines = before.filter((line) => line !== answered);
    // ("i literally just gave it to you. SF…": a number sent again gets its status again, not the reassurance alone —
    // blind batch 50b: 03.3.)
    if (named?.kind === 'found' && !lines.some((line) => line.includes(named.number)))
      lines.unshift((await trackingAnswer(services, context, turn.locale, named, spokenRegister(turn))).join('\n'));
    return answerWorry(turn, parcel, lines);
  }
  if (openingContact?.phone) before.push(say(turn, 'intake.contactFromOpening', { contact: openingContact.phone }));
  // "…worth 1500 yuan, it's a phone" in a loss or damage complaint's opening: noted on it.
  before.push(...valueAtOpening(turn, state));
  // "quoted 23 but charged 45": the receipt asked for, and a delay asked about before kept beside it (24: 09.4).
  before.push(...overchargeAtOpening(turn, state));
  // "Shows signed for, but I never got it": the station checks who signed and where (blind 27 replay: 21.2).
  before.push(...signatureCheckAtOpening(turn, state, parcel));
  if (cancel) before.push(cancel);
  // The second parcel of the opening is answered in the same reply: where it is, and that its complaint is a ticket
  // of its own, taken after this one (batch 16: 08.1, 18.1, 25.1 heard nothing of it).
  // (One asked about only — "另外SF… 什麼時候到" — on its way and on time is no second complaint: its status alone.)
  if (secondParcel && parcel) {
    // (Both spoken of together, without numbers: what is told is told of each.)
    const told = named
      ? problemOfClause(services.nlu, text, secondParcel, parcel.number) !== undefined
      : reading.intent === 'complaint';
    const second = await secondParcelLines(turn, secondParcel, parcel.number, told, statusTold.includes(secondParcel));
    before.push(...second.lines);
    if (!second.troubled) {
      state.otherParcelOnlyAsked = true;
      delete state.otherParcelCategory;
    }
  }
  // (A complaint about a pickup nobody came for, told before: nothing was collected, so no number is asked for, and
  // it is a pickup delay — blind batch 47b: 02.2, 07.2 were asked "which tracking number?" after being told none was
  // needed.)
  // (Another parcel spoken of — "I also want to complain about a different parcel that arrived broken" — is its own.)
  const aboutPickup =
    (!state.category || state.category === 'other' || state.category === 'delay') && !ANOTHER_PARCEL.test(text);
  if (data.pickupMissedTold && state.trackingNumbers.length === 0 && aboutPickup) {
    state.trackingSkipped = true;
    state.category = 'delay';
    state.aboutMissedPickup = true;
  }
  // (A business's monthly statement disputed — "Our October monthly statement has 40 waybills on it that we never
  // shipped", "月结账单又不对 多了一笔偏远附加费" — is a fee dispute about the account, with no one parcel's number to
  // ask for: blind batch 48b 04.1, 04.3, 10.1 were asked "which tracking number?" four times and typed "wrong information".)
  // (Only of the charges: "the statement says delivered" is a loss, "月结单寄错人" a leak — the review of ee982da.)
  const ofCharges = !state.category || ['other', 'fee', 'info_error'].includes(state.category);
  if (
    state.trackingNumbers.length === 0 &&
    ofCharges &&
    STATEMENT_DISPUTED.test(text) &&
    !STATEMENT_MISSENT.test(text)
  ) {
    state.trackingSkipped = true;
    state.category = 'fee';
    before.push(say(turn, 'intake.statementNoNumber'));
  }
  // (Someone else's parcel left with the customer: what they want is its collection — no demand asked, and the type stays
  // "other" — blind batch 48a: 01, 09 were asked what they wanted and 09.4 retyped as the courier's manners.)
  // (Only one left with them — at the door, with them — not goods from their own order that are not what they bought:
  // "收到的东西不是我的" is the seller's wrong item, and its type and demand stay the customer's to say — the review of
  // fa01cd3.)
  if (tellsParcelNotTheirs(text) && LEFT_WITH_THEM.test(text)) {
    state.aboutNotTheirs = true;
    state.category = 'other';
    state.demand ??= 'redelivery';
    state.demandNotes = [...(state.demandNotes ?? []), say(turn, 'parcel.notTheirsWish')];
  }
  // (Told once, for the complaint right after it: a later complaint is about whatever it says.)
  data.pickupMissedTold = undefined;
  if (before.length > 0) await reply(turn, before.join('\n'));
  // Questions the message asks beside the complaint are answered before its first question.
  if (!lateTold) await options.answerBeside?.();
  await dialogContext.beginDialog(INTAKE_DIALOG, state);
}

// Left with the customer: at the door, outside, with them.
const LEFT_WITH_THEM =
  /门口|門口|我家|屋企|\b(door|doorstep|outside|hallway|porch|with me|left (it |a parcel |a box |the parcel )?(with|at|outside))\b|放(在|咗|了|喺)|送(错|錯)|放(错|錯)|派(错|錯)/i;

// A monthly statement or bill said to be wrong: the account's statement, not a parcel's charge.
const STATEMENT_DISPUTED =
  /\b(monthly (statement|bill|invoice)|account statement|monthly account|(our|my) ((january|february|march|april|may|june|july|august|september|october|november|december|company|business) )?statement)\b[^.?!]{0,60}\b(wrong|too high|overcharg\w*|never (shipped|sent)|extra|incorrect|mistakes?|errors?|doesn'?t (match|add up))\b|\b(wrong|incorrect|mistakes?|errors?) (on|in) (our|my|the) monthly (statement|bill)\b|(月结|月結|对账单|對帳單|對賬單)[^，。,.!?！？]{0,16}(不对|不對|唔啱|多了|多咗|多收|多扣|有问题|有問題|算错|算錯|开错|開錯|錯咗|错了)/i;
// A statement sent to the wrong person is a leak, not a charge disputed.
const STATEMENT_MISSENT = /(寄|发|發|send|sent)[^，。,.!?！？]{0,4}(错|錯|wrong)/i;

/**
 * Where the other parcel of the message is and, when something is wrong with it (told, or in its record), that its
 * complaint is taken after this one's, as its own ticket.
 */
async function secondParcelLines(
  turn: Turn,
  number: string,
  current: string,
  told: boolean,
  statusShown: boolean,
): Promise<{ lines: string[]; troubled: boolean }> {
  const lookup = await lookUpParcel(turn.services, number);
  if (lookup.kind !== 'found') return { lines: [], troubled: told };
  // (Its status told above with every parcel the message names: not again.)
  const status = statusShown
    ? []
    : [(await trackingAnswer(turn.services, turn.context, turn.locale, lookup)).join('\n')];
  const troubled = told || lookup.view.anomalies.length > 0;
  const ownTicket = troubled ? [say(turn, 'intake.otherParcelOwnTicket', { number, current })] : [];
  return { lines: [...status, ...ownTicket], troubled };
}

// Where a clause about another parcel starts: a mark, or a word that adds a matter ("另外", "还有", "and", "also").
const CLAUSE_START = /[，,。.;；!！?？\n]|另外|还有|還有|仲有|\band\b|\balso\b/gi;

/**
 * The kind of problem told of `number` in its own clause — from where that clause starts, after the first parcel's
 * number, to the end ("…没拿到，另外SF… 什麼時候到" asks of SF… only when it comes): undefined when none is told.
 */
function problemOfClause(nlu: Nlu, text: string, number: string, first: string): ComplaintCategory | undefined {
  const at = text.indexOf(number);
  const from = text.indexOf(first) >= 0 && text.indexOf(first) < at ? text.indexOf(first) + first.length : 0;
  const starts = [...text.slice(from, at).matchAll(CLAUSE_START)].map((m) => from + (m.index ?? 0));
  const reading = nlu.analyze(text.slice(starts.length > 0 ? Math.max(...starts) : from));
  return reading.intent === 'complaint' && reading.category ? reading.category : undefined;
}

/** The kind of problem the sentence naming a parcel tells, when it tells one. */
function problemOfSentence(nlu: Nlu, text: string, number: string): ComplaintCategory | undefined {
  const sentence = text.split(/(?<=[.!?。！？\n；;])/).find((s) => s.includes(number));
  const reading = sentence ? nlu.analyze(sentence) : undefined;
  return reading?.intent === 'complaint' && reading.category && reading.category !== 'other'
    ? reading.category
    : undefined;
}

/** Late (past its promise), stalled (no scan for two days, not late) or due (neither) by the parcel's record. */
function timingOf(view: ShipmentView): 'late' | 'stalled' | 'due' {
  if (view.daysLate > 0) return 'late';
  return view.anomalies.includes('no_scan_48h') ? 'stalled' : 'due';
}

/**
 * Takes up the complaint the customer was telling when they asked for a person, after they withdrew that request
 * (handoff-turn.ts): a phone, email or demand in the same message is taken, and the intake asks only for the rest.
 */
export async function resumeIntake(turn: Turn, dialogContext: DialogContext): Promise<void> {
  const state = turn.data.handedOffIntake;
  turn.data.handedOffIntake = undefined;
  if (!state) return;
  if (turn.data.declinedPerson) state.noPerson = true;
  await takeVolunteered(turn, { prompt: '', state });
  await dialogContext.beginDialog(INTAKE_DIALOG, state);
}
