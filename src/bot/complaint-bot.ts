import { answerRefusedDamaged } from './refused-damaged';
import { answerRefusing } from './refusing';
import { answerUnorderedPaid } from './unordered-cod-paid';
import { takeDataDeletion } from './data-deletion';
import { takeSameAgent } from './same-agent';
import { answerWeatherAsked } from './weather-asked';
import { answerOutletClosed } from './outlet-closed';
import { withoutDenial } from './complaint-denied';
import { answerSomeoneElseReceives } from './someone-else-receives';
import { answerPickupCodeLost } from './pickup-code-lost';
import { answerUnansweredPart } from './unanswered-part';
import { asksKeptFor } from './intake-questions';
import { ruleOn } from './case-rules';
import { answerWhetherToResend } from './resend-advice';
import { answerSupposedDamage } from './supposed-harm';
import { asksItemRule } from './item-rules';
import { asksIfWithdrawn, withdrawsComplaint } from './complaint-withdrawn';
import { asksRest, asksWhichOfThem } from './remaining-items';
import { answerColdHandling } from './cold-goods';
import { answerLateRefundAsked } from './late-refund-asked';
import { answerComplaintNeeded } from './complaint-needed';
import { turnedUpFine } from './turned-up';
import { answerWithdrawElsewhere } from './withdraw-elsewhere';
import { answerPaidNowAsked } from './paid-now-asked';
import { answerLifeNews, tellsLifeNews } from './life-news';
import { returnFreightAsked } from './return-freight-asked';
import { offerTaken } from './offered-choice';
import { typesHoldButton } from './hold-button-typed';
import { carryChangePastFiling, keepChangeOfLeftComplaint } from './change-past-filing';
import { refusedAttachments } from './evidence-guard.middleware';
import { ActivityHandler, ConversationState, type StatePropertyAccessor, type TurnContext } from 'botbuilder-core';
import { DialogSet, DialogTurnStatus, type DialogState } from 'botbuilder-dialogs';
import { asksForOptions, ComplaintIntakeDialog, intakePosition } from './intake.dialog';
import {
  askedTooOften,
  CONFIRM_PROMPT,
  INTAKE_TRACKING_PROMPT,
  CONTACT_LET_GO,
  CONTACT_PROMPT,
  DEMAND_PROMPT,
  EARLIER_PHONE,
  LAST_FOUR_AT_CONTACT,
  waitingPromptState,
} from './intake-state';
import {
  answerMissingTicket,
  attemptedNumber,
  handleFaq,
  handleFaqReading,
  handleTicketStatus,
  handleTrack,
  handleVerification,
  lastFourAsked,
  NO_COMPLAINT_OFFER,
  proveQuietly,
  volunteeredLastFour,
} from './handlers';
import { reply, say, spokenRegister, type ConversationData, type Turn } from './turn';
import { answerProofTrouble, answerWhyProof } from './proof-trouble';
import { answerWhosePhone, asksWhosePhone } from './whose-phone';
import { asksWhatIsNeeded } from './claim-questions';
import { answerPhoneComplaint } from './phone-complaint';
import { answerNumberStart, joinedNumber } from './number-halves';
import { answerQuestionsBeside } from './questions-beside';
import { answerEachQuestion } from './several-questions';
import { overchargeBackAsked } from './overcharge-refund';
import { handleHuman, handleWaitingForAgent, relayToAgent } from './handoff-turn';
import { DIGITS_AHEAD, PARTY_NAMED } from './digits-ahead';
import { noteParcelNotTheirs } from './not-theirs';
import { readWeightGap, tellsWeightGap } from './missing-contents';
import { takeInvoiceDetails, takeReissueForMe } from './invoice-details';
import { takeSalesContact } from './sales-call';
import { answerCutMessage, cutMessageOf, squeezeRuns } from './long-messages';
import {
  askCloseCall,
  asksForGuidance,
  clarified,
  clarify,
  closeCall,
  followUpTopic,
  guide,
  itemsToldAfter,
} from './conversation-aids';
import { priceOnParcelRoute } from './route-fee';
import { readQuoteAsked } from './quote-reading';
import { answerInsuranceTold } from './insurance-told';
import { answerAside, saysMoreThanDigits } from './intake-asides';
import {
  agreesAndCloses,
  isAcknowledgement,
  isCancel,
  isYes,
  statesOwnPlan,
  objectsToType,
  sameContact,
  wantsFiled,
  wordsIn,
} from './intake-reading';
import { takeWaybillChange } from './waybill-change-turn';
import { takeWaybillPhone } from './waybill-contact';
import { answerBookedPickupChange, answerMissedPickup } from './missed-pickup';
import { answerHowToPay } from './payment-asked';
import { answerDeliveryDays, asksWeekendDayForParcel } from './delivery-days';
import { asksForMoreThanCancel, asksToChangeDelivery, complaintIsChangeRequest } from './context-reading';
import { answerFollowUp } from './survey-turn';
import { thanksNotMeant } from './empathy';
import { UPLOAD_REFUSED_EVENT, type UploadRefusedValue } from './channels';
import { answerRefusedUpload } from './refused-upload';
import { UNASKED_DROPPED } from './other-parcel-named';
import { resumeIntake, startIntake, wantsToComplain } from './start-intake';
import { noteCustomerSide } from './customer-side';
import { notesDownAsComplaint } from './note-it-down';
import { harmToFile } from './harm-filed';
import { seeksOutlet } from './outlet-sought';
import { asksMoneyComes } from './ticket-questions';
import { answerSpeedUp, takesChaseOffered, urgesInShort } from './speed-up';
import { answerTodayAsked } from './today-asked';
import { proveListedParcels } from './listed-parcel-digits';
import { besideDigits, readRestOf } from './digits-beside';
import { chaseFromOffer, takeChaseOnProof } from './chase-taken';
import { chaseNamedParcel } from './late-chase';
import { answerCancellationChecked } from './cancellation-checked';
import { applyAddressCorrection } from './address-corrected';
import { applyWordsRemoved } from './address-words-removed';
import { answerCustomsAndItems } from './customs-items';
import { answerRecipientSteps } from './recipient-steps';
import { answerPostagePayer } from './postage-payer';
import { onlyPings } from './impatience';
import { warnOfScam } from './scam-warning';
import { answerScamAsides, answerScamLoss, asksPriceOfRoute, numberFromScam, onlyAsksIfOurs } from './scam-aftermath';
import { answerSignFirst } from './sign-first';
import { answerRealNameCheck } from './real-name-check';
import { answerCourierNumber } from './courier-number';
import { answerOtherPartyDetails } from './other-party-details';
import { answerScamQuestion, readBesidePasted } from './scam-questions';
import { answerOtherCourier, namesACourier } from './other-courier';
import { answerPastedOrder } from './pasted-order';
import { pickListedParcel } from './listed-parcels';
import { noteParcelNamedInWords } from './parcel-in-words';
import { requestOfCorrectedNumber } from './corrected-request';
import { answerReturnedWhereabouts } from './returned-whereabouts';
import { answerOrderNumber } from './order-number';
import { answerSentWhen } from './sent-when';
import { answerParcelRoutes } from './parcel-routes';
import { answerComplainWithoutDigits } from './complain-without-digits';
import {
  answerReturnFollowUp,
  asksHowToSendBack,
  complainsBesideReturn,
  RETURN_TOLD,
  RETURN_CARRIED,
  asksToSendReceivedBack,
  speaksOfAnotherSending,
  sendBackAnswer,
} from './send-back';
import { answerWorryFollowUp } from './worry-answer';
import { OTHER_PARCEL_NEXT, type OtherParcelOffer } from './file-complaint';
import { ANOMALY_CATEGORY, lookUpParcel, parcelNamedIn, trackingAnswer } from './parcel-answer';
import type { BotServices } from './services';
import type { NluResult } from '../nlu';
import { localeFromClient, readTurn, spokenLocale, TURN_READING } from './turn-reading';
import { besidesLanguageRequest, languageAsked } from './language-choice';
import { moveIntakeTo } from './intake-prompts';
import { noteOutcome, recordOutcome } from './turn-outcome';
import { answerNotice, noticeOffersPerson } from './notice-answer';
import {
  answerConditionalChange,
  continueDeliveryChange,
  handleDeliveryChange,
  missedLast4,
  switchedRequest,
  filesComplaint,
} from './delivery-change-turn';
import { asksForDeliveryChange, readDeliveryChange, wantsCallFirst } from './delivery-change-reading';
import { holdAskedWithQuestion } from './hold-asked';
import { followUpOnFiledTicket, nobodyCalledBack, rereadIntent } from './ticket-follow-up';
import { asksQuestion, endsLettingGo, labelledLastFour, saysNotHome } from './message-cues';
import { asksAboutId, asksDoorPickup, faqQuestionIn, itemFollowUp } from './faq-topics';
import { answerSendingFollowUp, answerSendingQuestion } from './sending-questions';
import { answerDeclaration } from './cross-border-sending';
import { answerPickupAsked, asksForPickup } from './pickup-again';
import { answerNoChangeMade } from './no-change-made';
import { answerShopAsked } from './shop-asked';
import { answerPickupDetails } from './pickup-details';
import { answerServiceQuestion } from './service-questions';
import { COMPLAINT_OFFERED } from './offer-account';
import { answerBusinessFollowUp, BUSINESS_TOLD, namesBusinessAccount } from './business-follow-up';
import { answerReturnArrival } from './return-arrival';
import { answerSellerReturns } from './seller-returns';
import { answerOwnReturnPostage } from './own-return-postage';
import { tellsCodChargedAtDoor } from './cod-charged';
import { answerCodOffered } from './cod-offered';
import { answerCodOnParcel } from './cod-on-parcel';
import { asksNobodyHome } from './service-words';
import { readMarketClues } from './market';
import { answerHoldIfNot, answerChangeQuestion } from './change-questions';
import { answerNotificationsAsked } from './notifications-asked';
import { answerParcelQuestion, parcelQuestionIn } from './parcel-facts';
import { answerLostFreight } from './lost-freight-asked';
import { answerPartyDetails } from './party-details';
import { answerLookupByName } from './lookup-by-name';
import { answerLookupWithoutNumber, numberWasAsked, takeNumberAsked } from './lookup-without-number';
import { answerTermsAsked } from './term-meaning';
import { asksToResendReturned } from './returned-parcel';
import { asksNewComplaint } from './complaint-words';
import { asksWhatHappensNext } from './next-steps';
import { deniesSigning } from './signer-denied';
import { keepLeftComplaint } from './complaint-account';
import { DEMAND_LET_GO, WISH_KEPT } from './demand-step';
import { leavesItToThem, saysGoodbye, saysNothingMore } from './leaving-words';
import { answerClosing } from './closing-words';
import { answerDigitsAgain } from './digits-again';
import { answerFeeRuleAlone, answerPayHimAfterRule, answerRefundAfterRule } from './fee-rule-asked';
import { answerUpstairsNeed } from './upstairs-need';
import { refusesContact } from './contact-refusal';
import {
  answerComplaintOnParcel,
  answerNumberForgotten,
  asksHowLongForSought,
  phoneForLookup,
} from './tickets-on-parcel';
import { addContactToRequest } from './request-contact';
import { answerBotCriticised, criticisesBot } from './bot-criticised';
import { answerDigitsGuessed } from './proof-trouble';
import { asksOnlyWhyReturned } from './returned-why';
import { answerBotIdentity, asksIfBot, asksIfPersonHandles, besidesBotQuestion } from './bot-identity';
import { takeLeakNamed } from './leak-named';
import {
  answerHolidayService,
  answerHowBotIs,
  answerWeather,
  asksHolidayService,
  asksHowBotIs,
  remarksOnWeather,
} from './small-talk';
import { answerChase } from './ticket-chase';
import { answerCaseQuestion, asksToResend, caseQuestionIn } from './case-questions';
import { answerPickupPoint } from './pickup-point-turn';
import { answerLockerFeeAlone } from './locker-fee';
import { answerHubPickup } from './hub-pickup';
import { asksNewCode } from './pickup-point';
import { demandDetailsIn, demandsSaid } from './demand-details';
import { insistsNumberRight, putsNumberRight, retriesLookup } from './lookup-retry';
import { rememberIntakeNumbers, standsByUnfound } from './intake-number-memory';
import { takeAsGiven } from './number-as-given';
import { answerChaseAsked } from './chase-requested';
import { answerFeeBeforePayout, impersonatorNotPerson } from './impersonated-call';
import {
  answerNotFoundWhatToDo,
  answerRecheckChoice,
  numberNotFoundAtStep,
  numberStandsBesideGrievance,
  offerNotFoundChoices,
} from './not-found-advice';
import { saysNotComplaining } from './intake-leaving';
import { addCallFirst, callBesideChange, startCallFirst } from './call-first';
import { addBuildingDesk } from './building-desk';
import { addNobodyInFallback } from './absent-fallback';
import { retimedRequest } from './retimed-request';
import { answerNothingBooked } from './nothing-booked';
import { holdRetimed } from './hold-retimed';
import { answerFiledAgain } from './filed-already';
import { takeUpOfferedParcel, takesUpOfferedParcel } from './offered-parcel';
import { asksForPersonOutright, handOffAsked, namesPersonOnly } from './person-asked';
import { noteLastFourSaid } from './earlier-last-four';
import { onlyCorrectsSummary } from './summary-rewrite';
import { asksWhenContacted } from './contact-time-asked';
import { cityAnswerTopic } from './city-answer';

/** How many of the customer's messages a conversation keeps, and how much of each. */
const SAID_KEPT = 8;
const SAID_CLIP = 300;

// A call asked of the courier: the delivery named, no person of ours asked for.
const DELIVERY_NAMED = /送|派|deliver|bring|courier|driver|快递员|快遞員|速遞員|司機|司机/i;
const PERSON_NAMED =
  /人工|真人|客服|主管|经理|經理|\b(supervisor|manager|real person|human|agent|someone from|a person)\b/i;
const callBeforeDelivery = (text: string): boolean =>
  wantsCallFirst(text) && DELIVERY_NAMED.test(text) && !PERSON_NAMED.test(text);

/**
 * One bot for every channel: reads each message with the NLU and answers tracking and FAQ questions, runs
 * the complaint intake, reports ticket status and hands conversations to agents. Channels only convert
 * their transport to activities; everything the customer experiences is decided here.
 */
export class ComplaintBot extends ActivityHandler {
  /**
   * Agents' replies and notices reach the customer outside any turn, in the language and register they write in
   * (a new conversation was created in its language: see `firstLocale`), so the conversation record keeps both.
   */
  private async keepVoice(turn: Turn): Promise<void> {
    const { services, conversation, customer, context } = turn;
    const register = spokenRegister(turn);
    if (conversation.locale === turn.locale && conversation.register === register) return;
    const { register: _unspoken, ...rest } = conversation;
    turn.conversation = await services.store.conversations.update(
      { ...rest, locale: turn.locale, ...(register ? { register } : {}) },
      services.clock.now().toISOString(),
    );
    services.directory.remember(context, { customer, conversation: turn.conversation });
  }

  private readonly dialogs: DialogSet;
  private readonly dialogState: StatePropertyAccessor<DialogState>;
  private readonly conversationData: StatePropertyAccessor<ConversationData>;

  constructor(
    private readonly services: BotServices,
    private readonly conversationState: ConversationState,
  ) {
    super();
    this.dialogState = conversationState.createProperty<DialogState>('dialogState');
    this.conversationData = conversationState.createProperty<ConversationData>('parcelcare');
    this.dialogs = new DialogSet(this.dialogState).add(new ComplaintIntakeDialog(services));
    this.onMessage(async (context, next) => {
      await this.handleMessage(context);
      // The other parcel offered once a complaint was filed is the one "file a complaint" is about next.
      // (What the customer says next answers that offer: a complaint on it, not more for the ticket just filed.)
      const offer = context.turnState.get(OTHER_PARCEL_NEXT) as OtherParcelOffer | undefined;
      if (offer) {
        const data = await this.conversationData.get(context, { misunderstandings: 0, verified: [] });
        data.lastTracking = offer.number;
        data.suggestedCategory = offer.category;
        data.suggestedByCustomer = offer.told;
        // (The offer is the last reply: a bare "file a complaint" or "yes" takes it — offered-parcel.ts.)
        data.offeredComplaint = offer.number;
        data.otherParcelWords = offer.words;
      }
      const dialogs = await this.dialogState.get(context, { dialogStack: [] });
      // A return spoken of stays the topic one turn more when the bot answered something else about sending in between
      // ("can I drop it at 7-11?", then "運費要多少" — blind batch 44a: 12.3 opened a complaint): not past a complaint,
      // a change or a parcel tracked, and once only (RETURN_CARRIED).
      if (
        context.turnState.get(RETURN_TOLD) &&
        !context.turnState.get(RETURN_CARRIED) &&
        dialogs.dialogStack.length === 0
      ) {
        const data = await this.conversationData.get(context, { misunderstandings: 0, verified: [] });
        const said = context.activity.text ?? '';
        const tracked = /[A-Z]{0,4}\d{10,}/i.test(said) || speaksOfAnotherSending(said);
        if (!data.deliveryChange && !tracked && data.returnTold === undefined) data.returnTold = 'carried';
      }
      await this.remember(context);
      await recordOutcome(services, context, dialogs.dialogStack.length > 0);
      await next();
    });
    // A file the channel could not keep: the customer hears why in the conversation's language.
    this.onEvent(async (context, next) => {
      if (context.activity.name === UPLOAD_REFUSED_EVENT) {
        const data = await this.conversationData.get(context, { misunderstandings: 0, verified: [] });
        const locale = data.locale ?? localeFromClient(context.activity.locale);
        const register = data.cantonese ? 'yue' : undefined;
        await answerRefusedUpload(
          context,
          services.replies,
          locale,
          context.activity.value as UploadRefusedValue,
          register,
        );
      }
      await next();
    });
    // Web chat announces the customer joining: greet them in the language their browser asked for.
    this.onMembersAdded(async (context, next) => {
      const joined = (context.activity.membersAdded ?? []).some((m) => m.id !== context.activity.recipient?.id);
      if (joined) {
        // (Joined again — a reload — after writing Cantonese: the welcome in Cantonese, in the conversation's language.)
        const data = await this.conversationData.get(context, { misunderstandings: 0, verified: [] });
        const locale = data.locale ?? localeFromClient(context.activity.locale);
        await context.sendActivity(services.replies.t(locale, 'greeting', {}, data.cantonese ? 'yue' : undefined));
        data.greeted = true;
      }
      await next();
    });
  }

  /** Runs the turn and saves conversation state even when a handler failed half-way. */
  override async run(context: TurnContext): Promise<void> {
    // (The transcript, written by middleware before this, keeps the message as sent.)
    const { text } = context.activity;
    if (text) context.activity.text = squeezeRuns(text);
    try {
      await super.run(context);
    } finally {
      await this.conversationState.saveChanges(context, false);
    }
  }

  /**
   * The message joins the few the conversation keeps ("I'm in Pudong" answers a later outlet question) — unless its
   * channel cut it: the customer was told it could not be read, so nothing in it is taken later either.
   */
  private async remember(context: TurnContext): Promise<void> {
    const text = (context.activity.text ?? '').trim();
    if (!text || cutMessageOf(context.activity)) return;
    const data = await this.conversationData.get(context, { misunderstandings: 0, verified: [] });
    data.said = [...(data.said ?? []), text.slice(0, SAID_CLIP)].slice(-SAID_KEPT);
    noteLastFourSaid(data, text);
  }

  private async handleMessage(context: TurnContext): Promise<void> {
    const { services } = this;
    const { customer, conversation } = await services.directory.resolve(context);
    const data = await this.conversationData.get(context, { misunderstandings: 0, verified: [] });
    let text = context.activity.text ?? '';
    let { result: reading, complaintCategory } = readTurn(context, services.nlu, services.clock);
    // The conversation keeps its language through short replies ("1234", "skip") that tell us nothing, and
    // its script through words both scripts write alike ("取消").
    const before = data.locale ?? localeFromClient(context.activity.locale);
    const spoken = spokenLocale(reading, text, before);
    if (spoken) data.locale = spoken;
    const locale = data.locale ?? localeFromClient(context.activity.locale);
    const turn: Turn = {
      context,
      services,
      data,
      customer,
      conversation,
      reading,
      text,
      locale,
      ...(complaintCategory ? { complaintCategory } : {}),
    };
    // (The last reply asked for a tracking number: said for this turn only, whatever answers it — lookup-without-number.)
    takeNumberAsked(turn);
    // Handed to a person: they read every message, also those the bot goes on to answer or take down itself (a second
    // parcel's complaint told while the first waits).
    await relayToAgent(turn);
    // How the customer writes and where they are (Cantonese, a +852 phone, HK$, Mong Kok) stay for the conversation.
    const wroteCantonese = data.cantonese;
    readMarketClues(turn);

    // A dialog context is costly to build (it sets up dialog memory scopes); most turns run no dialog.
    const dialogState = await this.dialogState.get(context, { dialogStack: [] });
    const inDialog = dialogState.dialogStack.length > 0;
    // "English please", "講廣東話": said back in the language asked for, and a running intake goes on in it (its
    // question again when the request was all the message said); the rest of the message is read as usual.
    const asked = languageAsked(text);
    if (asked?.cantonese !== undefined) data.cantonese = asked.cantonese;
    await this.keepVoice(turn);
    // (Cantonese heard for the first time in the middle of an intake: its questions from now on are in Cantonese.)
    const nowCantonese = data.cantonese === true && wroteCantonese !== true;
    const moved =
      inDialog && (asked || locale !== before || nowCantonese) ? await this.dialogs.createContext(context) : undefined;
    // The message read again as these words alone (a part of it is answered already, or it joins an earlier one).
    const rereadAs = (words: string): void => {
      context.activity.text = text = turn.text = words;
      context.turnState.delete(TURN_READING);
      ({ result: reading, complaintCategory } = readTurn(context, services.nlu, services.clock));
      turn.reading = reading;
      if (complaintCategory) turn.complaintCategory = complaintCategory;
      else delete turn.complaintCategory;
    };
    if (moved) moveIntakeTo(services.replies, moved, locale, data.cantonese);
    if (asked) {
      await reply(turn, say(turn, 'language.switched'));
      const rest = besidesLanguageRequest(text);
      if (!rest) return moved ? void (await moved.repromptDialog()) : undefined;
      rereadAs(rest);
    }
    // "你是机器人吗？我要投诉，快递晚了三天": who answers, said first; the rest is read as the message (review of 30b).
    const afterIdentity = besidesBotQuestion(text);
    if (afterIdentity) {
      await answerBotIdentity(turn);
      rereadAs(afterIdentity);
    }
    // "SF2210478", then "832106": the two halves are one number, read as if sent whole.
    const joined = joinedNumber(turn);
    if (joined) {
      rereadAs(joined);
    } else if (!inDialog && (await answerNumberStart(turn))) return;
    for (const name of refusedAttachments(context))
      await reply(turn, say(turn, 'intake.linkRefused', { name: name || say(turn, 'upload.thisFile') }));
    if (refusedAttachments(context).length > 0 && !text.trim() && !context.activity.attachments?.length) return;
    // Photos sent after a complaint was filed become evidence on its ticket (the intake takes its own).
    const photos = services.evidenceOf(context.activity);
    if (photos.length > 0 && conversation.ticketId && !inDialog) {
      await services.tickets.addEvidence(conversation.ticketId, photos, 'customer');
      await reply(turn, say(turn, 'intake.photosReceived', { count: photos.length }));
      if (!text.trim()) return;
    }
    // A message its channel cut to length is not read by halves: the customer is told what to do instead.
    const cut = cutMessageOf(context.activity);
    if (cut) return answerCutMessage(turn, cut);
    // "收到簡訊要點連結付30元 這是你們發的嗎": not ours, and what to do — said first, whatever else the message is.
    // The text pasted with it is the scammer's (its number no parcel of theirs); "should I click it?", "how do I know
    // it's really you?" after it: no, and how the courier's own messages look (blind batch 22: 07).
    // "Can I have the courier's own number?": not given, and what can be done instead (26b: 05.2).
    if (!inDialog && (await answerCourierNumber(turn))) return noteOutcome(context, 'answered');
    // "I got scammed… 1800 taken from my card": not us, the bank first, then the police — before any question of ours;
    // "will you ever ask for a code?", "is 2730 0273 your hotline?": answered (scam-aftermath.ts).
    if (!inDialog && ((await answerScamLoss(turn)) || (await answerScamAsides(turn))))
      return noteOutcome(context, 'answered');
    // "我媽簽收了一個貨到付款599的包裹 但我根本沒有訂東西": the sender's payout held if told in time, a complaint offered.
    if (!inDialog && (await answerUnorderedPaid(turn))) return;
    // "I want my account closed and all my personal data deleted": to the privacy team on a ticket (data-deletion.ts).
    if (!inDialog && (await takeDataDeletion(turn))) return;
    // "能不能帮我转昨天那个客服 工号1078": a person, with that wish on the ticket (same-agent.ts).
    if (!inDialog && (await takeSameAgent(turn))) return;
    // "Is this because of the snow on the highways?": the record's word on the cause, and the rule on severe weather.
    if (!inDialog && (await answerWeatherAsked(turn))) return;
    // "楼下的网点怎么关门了 我今天必须寄个文件": how to send today anyway (outlet-closed.ts).
    if (!inDialog && (await answerOutletClosed(turn))) return;
    // "can my neighbour sign for it?", "can she give my phone number instead of the code?" (someone-else-receives.ts).
    if (!inDialog && (await answerSomeoneElseReceives(turn))) return;
    // "取件码短信被我删了 怎么重新弄一个": how to have the code sent again (pickup-code-lost.ts).
    if (!inDialog && (await answerPickupCodeLost(turn))) return;
    // "you didnt answer the insurance part": that part of the earlier message, answered (unanswered-part.ts).
    if (!inDialog && (await answerUnansweredPart(turn))) return noteOutcome(context, 'answered');
    // "how long will the station keep it before sending it back?", "個件會留幾耐" beside a request waiting: the storage
    // period of the parcel's market, not the request's status again (blind batch 49a: 04.4, 15.5).
    // (Only of a parcel spoken of, asked alone: "where is it held and how long, what hours?" and data kept "保存多久" are
    // others' — hold-station-and-hours, data-law-asked.)
    // (And only of a parcel waiting to be collected: "how long do I keep the packaging?", "how long do you keep my
    // number?", "how long has it been held at the hub?", "在武汉放了几天了" ask other things — the review of fa01cd3.)
    const keptAlone =
      (data.deliveryChange !== undefined || data.lastTracking !== undefined) &&
      !/信息|资料|資料|个资|個資|数据|數據|\b(data|details|privacy|where|hours|open|opening|packaging|box|phone|number|claim)\b|箱|包装|包裝|号码|號碼|電話|电话|哪|邊度|边度|营业|營業|几点|幾點|地址/i.test(
        text,
      ) &&
      !/\b(has|have|had) (it )?been\b|了几天|了幾天|咗幾日|咗几日|放了|放咗/i.test(text) &&
      (data.deliveryChange?.kind === 'hold' ||
        /\b(station|pick ?up|collect|outlet|locker|store|before (sending|it goes) back)\b|驿站|驛站|网点|網點|服務點|服务点|自取|取件|攞|拿|领|領|退回|退返|唔得閒去|没空去|沒空去|(去|嚟|来|來)(取|拿|攞|领|領)/i.test(
          text,
        ));
    if (
      !inDialog &&
      keptAlone &&
      asksKeptFor(text) &&
      (asksQuestion(text) || /幾耐|几耐|多久|幾多日|几天|幾天/.test(text))
    ) {
      const kept = reading.entities.trackingNumbers[0]?.number ?? data.lastTracking;
      const keptLookup = kept ? await lookUpParcel(services, kept) : undefined;
      const rule = ruleOn(turn, 'keptFor', keptLookup?.kind === 'found' ? keptLookup : undefined);
      if (rule) {
        await reply(turn, rule);
        return noteOutcome(context, 'answered');
      }
    }
    // "我應該請杭州的朋友再寄一次嗎", "should my brother just send another box?": the customer's call, and when the parcel
    // counts as lost — no change of delivery (blind batch 49b: 02.3, 11.3).
    const resendOf = reading.entities.trackingNumbers[0]?.number ?? data.lastTracking;
    if (!inDialog && resendOf && (await answerWhetherToResend(turn, resendOf))) return noteOutcome(context, 'answered');
    // "the tracking number in the sms was EA…": its public status only — no complaint offered on the scam's parcel.
    if (!inDialog && numberFromScam(turn) && !wantsToComplain(text)) {
      context.turnState.set(NO_COMPLAINT_OFFER, true);
      await handleTrack(turn);
      return void (await reply(turn, say(turn, 'scam.numberFromScam')));
    }
    // "叫我喺條link度撳確認已簽收先 係咪正常": never confirm before having it — said first; only that asked, nothing more.
    const signFirst = !inDialog && (await answerSignFirst(turn));
    if (signFirst && !wantsToComplain(turn.text) && turn.reading.entities.trackingNumbers.length === 0)
      return noteOutcome(context, 'answered');
    const warned = !signFirst && (await warnOfScam(turn));
    const pastedOnly = warned && readBesidePasted(turn);
    if ((await answerScamQuestion(turn, warned, inDialog)) || pastedOnly) return;
    // ("got a text about SF… with a link to pay a fee, is it you?": the fee is the scammer's, no price asked — the
    // parcel's status is what the customer can use; a review of session 47 heard the route's price list.)
    // ("我收到個SMS話我個包裹EA…地址唔齊要俾$12重新派送 有條link 係咪你哋send嘅": the redelivery and the fee are the
    // scam text's; the customer asked only whether it is ours — the parcel's status, nothing booked or filed; blind batch
    // 47a: 01.1, 13.1 opened a complaint and a redelivery.)
    const feeRead = reading.intent === 'faq.fee' || (reading.intent === 'complaint' && reading.category === 'fee');
    if (warned && !inDialog && !asksPriceOfRoute(text) && onlyAsksIfOurs(turn)) {
      if (reading.entities.trackingNumbers.length > 0) {
        context.turnState.set(NO_COMPLAINT_OFFER, true);
        return handleTrack(turn);
      }
      if (feeRead) return noteOutcome(context, 'answered');
    }
    // "要做實名認證，是真的嗎還是詐騙": customs' real-name check on parcels coming in — genuine, free, never by transfer.
    if (!inDialog && (await answerRealNameCheck(turn))) return;
    // "有人冒充你们客服给我打电话…我要投诉信息泄露": the staff named is the caller's disguise, no person asked for; "要我先交
    // 手续费才能理赔": a scam sign, answered by the rule on such calls (impersonated-call.ts).
    const unmasked = impersonatorNotPerson(turn);
    if (unmasked) reading = turn.reading = unmasked;
    if (!inDialog && !warned && (await answerFeeBeforePayout(turn))) return noteOutcome(context, 'answered');
    // "The receipt says YunExpress — is that you?": another courier's parcel, and the way to them; a complaint being
    // taken down for it is left unfiled (blind batch 22: 10.3) — never one that already has a parcel of ours.
    const intake = inDialog ? intakePosition(await this.dialogs.createContext(context)) : undefined;
    // (A number taken "as written", which our tracking never knew, is no parcel of ours: "是韵达的单子 你们不是韵达客服吗"
    // after it is still answered — blind batch 48a: 10.3.)
    // (Looked up only when another courier is named: the lookup is not made on every turn of a complaint.)
    const taken = intake?.state.trackingNumbers ?? [];
    const parcelTaken =
      taken.length > 0 &&
      (!namesACourier(text) ||
        (await Promise.all(taken.map(async (n) => (await lookUpParcel(services, n)).kind === 'found'))).some(Boolean));
    // "the Shanghai one", "成都嗰單", "中通那个" with several parcels in the chat: which one is meant, for every reader below.
    await noteParcelNamedInWords(turn, intake?.state.trackingNumbers ?? []);
    // "a box outside my door thats not mine": thanked, and taken down for the station to collect — no loss of theirs.
    if (!inDialog) await noteParcelNotTheirs(turn);
    // "收據寫0.5kg 我寄嗰陣成3公斤幾 係咪有人拆咗": a complaint about missing contents, the weights' check said first.
    if (!inDialog && (await readWeightGap(turn))) return startIntake(turn, await this.dialogs.createContext(context));
    // ("收件人係我老公 電話尾數5555 可唔可以幫我查下" with no number yet: the digits of a party named wait for the number;
    // the number given, they go with this turn only — handlers.ts. "my phone ends in 1234" names no party on the waybill.)
    if (reading.entities.trackingNumbers.length > 0) {
      if (data.digitsAhead) turn.context.turnState.set(DIGITS_AHEAD, data.digitsAhead);
      data.digitsAhead = undefined;
    } else if (!data.lastTracking && PARTY_NAMED.test(text)) {
      const ahead = labelledLastFour(text);
      if (ahead) data.digitsAhead = ahead;
    }
    if (!parcelTaken && (await answerOtherCourier(turn))) {
      if (inDialog) await (await this.dialogs.createContext(context)).cancelAllDialogs();
      data.trackingNotFound = undefined;
      return noteOutcome(context, 'answered');
    }
    // "hello is this amazon", "这是淘宝客服吗": the courier's assistant, not the shop (blind batch 32: 10.1).
    if (!inDialog && (await answerShopAsked(turn))) return;
    // "帮我看下这个能寄吗：【订单详情】订单号… 商品：充电宝 ×3，香水 ×2": the rules of the goods listed (blind batch 22: 17.1).
    if (!inDialog && (await answerPastedOrder(turn))) return noteOutcome(context, 'answered');
    // "個EA件…" after several parcels were answered together: that one is the parcel spoken of.
    pickListedParcel(turn);
    // "which is which?", "why is the second one going to Beijing? I'm in Shanghai": each parcel's route, nothing filed.
    if (!inDialog && (await answerParcelRoutes(turn))) return noteOutcome(context, 'answered');
    // "我不知道他們電話後四碼 這樣不能投訴嗎": yes — then the complaint it tells is taken down as usual.
    if (!inDialog && (await answerComplainWithoutDigits(turn, false)) && turn.reading.intent !== 'complaint')
      return noteOutcome(context, 'answered');
    // "so do I pay him or not" after the upstairs rule was told: that rule again (blind batch 43b: 03.4).
    if (!inDialog && (await answerPayHimAfterRule(turn))) return noteOutcome(context, 'answered');
    // "那15块能退吗" after that rule: paid back through a complaint about him, offered (fee-rule-asked.ts).
    if (!inDialog && (await answerRefundAfterRule(turn))) return noteOutcome(context, 'answered');

    // A number the last reply could not find is that reply's alone; so is its request for the phone an earlier
    // complaint was made under (a phone sent turns later answers something else).
    const notFound = data.trackingNotFound;
    data.trackingNotFound = undefined;
    // How to send a parcel back, told in the last reply: this message's questions may be about that return (one turn).
    if (data.returnTold) context.turnState.set(RETURN_TOLD, true);
    if (data.returnTold === 'carried') context.turnState.set(RETURN_CARRIED, true);
    data.returnTold = undefined;
    // Packing or door pickup answered for a sender in the last reply: "幾錢?" may be about that (one turn).
    const sendingTold = data.sendingTold;
    data.sendingTold = undefined;
    // A new address the last reply took down: this message alone may correct it.
    const addressTaken = data.addressTaken;
    data.addressTaken = undefined;
    // The business account's entry or a follow-up on it in the last reply: "is there a minimum?" may be about it (one turn).
    if (data.businessTold) context.turnState.set(BUSINESS_TOLD, true);
    data.businessTold = undefined;
    const phoneAsked = data.lookupByPhone === true;
    data.lookupByPhone = undefined;
    // "我要找你们主管", "别光加急，转人工", "那就幫我轉人工改一下好了": a person asked for outright is handed over now,
    // whatever the last step was (a change waiting for its proof, a status told) — never that step's text again (29: 13, 23).
    // (A notice that offered a person answers it below, with the notice's parcel and anomaly on the ticket.)
    if (
      !inDialog &&
      turn.conversation.mode !== 'handoff' &&
      asksForPersonOutright(turn) &&
      !(await noticeOffersPerson(turn))
    )
      return handOffAsked(turn);
    // "The locker code doesn't work", "can you get someone to open it?", "I got a text saying it's in a locker??": the
    // parcel's record and what the customer can do — not the status's meaning again, a demand, nor "I didn't
    // understand" (batch 19: 02.3–02.4, 27.1–27.4).
    // (A new code asked for is the code's question also while a change waits for its parcel: batch 23: 21.3.)
    // (A sender's weight gap — "did someone open it?" — is no locker opened: readWeightGap took it above.)
    // "EA… 寫退回 即係退咗去邊度？我去邊個站自己攞得唔得" of a parcel back with its sender: where it went, no hold taken.
    if (!inDialog && turn.conversation.mode !== 'handoff' && (await answerReturnedWhereabouts(turn))) return;
    // "揽收是哪天？卖家说早就发了": the parcel's first scan (sent-when.ts).
    if (!inDialog && turn.conversation.mode !== 'handoff' && (await answerSentWhen(turn))) return;
    // "where is my order 4021887365190032775": a shop's order number, not a tracking number — said so (order-number.ts).
    if (!inDialog && turn.conversation.mode !== 'handoff' && (await answerOrderNumber(turn))) return;
    const pickupAsking =
      !inDialog &&
      (!data.deliveryChange || asksNewCode(text)) &&
      turn.conversation.mode !== 'handoff' &&
      !tellsWeightGap(text);
    if (pickupAsking && (await answerPickupPoint(turn))) {
      // (A change still waiting for its parcel is let go: something else was asked.)
      if (data.deliveryChange && !data.deliveryChange.recorded) data.deliveryChange = undefined;
      return;
    }
    // "我可以直接去轉運中心拿嗎": a hub is no pickup point; the hold at the station is offered (a change waiting stays).
    if (!inDialog && turn.conversation.mode !== 'handoff' && (await answerHubPickup(turn))) return;
    // "提交完马上登记第二个", "now file the other one": the parcel offered at filing is the next complaint, not more for
    // the ticket just filed (offered-parcel.ts).
    const takesUpOffer = !inDialog && (await takesUpOfferedParcel(turn));
    if (takesUpOffer) takeUpOfferedParcel(turn);
    else if (await answerFollowUp(turn, text)) return;
    // "提交", "submit it" again once the complaint is filed: filed already, with its number (not a note for the
    // agent, a delivery change, nor "I can't answer that").
    const changeAsking = data.deliveryChange && !data.deliveryChange.recorded;
    if (!takesUpOffer && !inDialog && !changeAsking && (await answerFiledAgain(turn))) return;
    // Waiting for an agent: the bot still answers where a parcel is and takes a change to its delivery.
    // (A complaint about another parcel, taken down while the first waits, reads its own steps.)
    // "點解要我電話尾數？" while waiting: why the digits are asked (the question is on the ticket's transcript too).
    if (turn.conversation.mode === 'handoff' && !inDialog && (await answerWhyProof(turn))) return;
    // (The other parcel's complaint offered at filing, taken up, is taken down by the bot: blind 31: 02.7.)
    if (turn.conversation.mode === 'handoff' && !inDialog && !takesUpOffer) {
      const waiting = await handleWaitingForAgent(turn);
      if (waiting === 'answered') return;
      // The request for a person withdrawn, the complaint they were telling goes on where it was.
      if (waiting === 'intake') return resumeIntake(turn, await this.dialogs.createContext(context));
    }

    // "运费谁出", "需要自己包裝嗎" after how to send a parcel back: about that return, answered — no complaint.
    if (!inDialog && (await answerReturnFollowUp(turn))) return;

    if (inDialog) {
      const dialogContext = await this.dialogs.createContext(context);
      const position = intakePosition(dialogContext);
      // ("都没人给我打电话" mid-complaint tells that nobody called; it asks for no person.)
      const person =
        !contactNotPersonRequest(reading, text) &&
        !demandNotPerson(reading, text) &&
        !nobodyCalledBack(text) &&
        // ("when will someone contact me?" asks when, not for a person now — contact-time-asked.ts.)
        !asksWhenContacted(text) &&
        !onlyPings(text) &&
        !namesPersonOnly(text) &&
        // ("还有送之前给我打个电话" mid-complaint: the courier to call before delivering — blind batch 38a: 09.4; never
        // "can a real person call me first?", which asks for a person — review of session 38's change.)
        !callBeforeDelivery(text) &&
        // ("月结的事找谁谈？让人联系我们王经理": the sales team asked for, about the business account — answered aside.)
        !namesBusinessAccount(text) &&
        !(position?.prompt === CONTACT_PROMPT && refusesContact(text));
      // Numbers the intake could not find or took as written: kept for the conversation (number-as-given.ts).
      rememberIntakeNumbers(turn, position, numberNotFoundAtStep(position, waitingPromptState(dialogContext)));
      // ("can a person get the station to send someone today then? address is …" read as a complaint: a person asked
      // for outright, in the middle of a complaint too — blind batch 43b: 02.4 heard an outlet's address.)
      if ((reading.intent === 'human' || asksForPersonOutright(turn)) && person) {
        await dialogContext.cancelAllDialogs();
        // What the intake has gathered so far goes to the agent with the ticket.
        return handleHuman(turn, 'customer asked for a person during complaint intake', position?.state);
      }
      // The parcel the intake is about is the conversation's parcel once the intake is over, too.
      if (position?.state.trackingNumbers[0]) data.lastTracking = position.state.trackingNumbers[0];
      // Whose parcel it is ("my friend's parcel", the digits proved): for the ticket.
      if (position) noteCustomerSide(turn, position.state);
      // "Yes, submit — you may reach me on the same number" at the contact question or the summary: the phone typed
      // earlier in the conversation is the contact meant (issue #17).
      const atContact = position?.prompt === CONTACT_PROMPT || position?.prompt === CONFIRM_PROMPT;
      const earlier = data.phonesGiven?.at(-1);
      if (atContact && earlier && reading.entities.phones.length === 0 && sameContact(text))
        context.turnState.set(EARLIER_PHONE, earlier);
      // "那我怎么办", "咁點算呀" about a number the tracking step could not find: what the customer can do, and the
      // complaint on a number nobody can find is left unfiled (blind batch 20: 08.2, 19.2, 28.2).
      const unfound = numberNotFoundAtStep(position, waitingPromptState(dialogContext));
      // ("查不到？？我收據上就是這個號碼啊": the number stood by is taken as written — no aside, no advice.)
      const standsBy = standsByUnfound(turn, unfound);
      if (unfound && position && !standsBy && (await answerNotFoundWhatToDo(turn, unfound, position))) {
        await dialogContext.cancelAllDialogs();
        return noteOutcome(context, 'answered');
      }
      const stands = numberStandsBesideGrievance(turn, position, unfound);
      // Answer first, then ask: a question in the middle of the intake is answered before the step goes on.
      // ("what happened is …, not my email. fix it" at the summary: the summary's to read, no aside — summary-rewrite.ts.)
      // ("wrong information?? no it's LATE": the type turned down for another, the summary's to read too.)
      const corrects =
        position?.prompt === CONFIRM_PROMPT &&
        (onlyCorrectsSummary(text, asksQuestion) ||
          objectsToType(turn.services.nlu, turn.services.replies, position.state, text));
      const aside = position && !standsBy && !corrects ? await answerAside(turn, position) : 'continue';
      if (aside === 'reprompt' && stands) return void (await dialogContext.continueDialog());
      // ("算了我自己看 782… 是我的 … 沒保價的話可以賠多少？" at the number question: the question answered, the number it
      // gives taken by the step — blind batch 43a: 12.4 was asked for the number again.)
      const numberGiven = turn.reading.entities.trackingNumbers.length > 0;
      if (aside === 'reprompt' && position?.prompt === INTAKE_TRACKING_PROMPT && numberGiven)
        return void (await dialogContext.continueDialog());
      if (aside === 'reprompt') {
        // The request for a number the bot could not find is not put a third time: the choices instead (28.5).
        if (unfound && position && askedTooOften(waitingPromptState(dialogContext))) {
          await dialogContext.cancelAllDialogs();
          noteOutcome(context, 'unanswered');
          return offerNotFoundChoices(turn, position, unfound);
        }
        // The contact question, put twice already, is not asked a third time: the complaint goes on (intake.dialog.ts).
        // (A question answered is no answer withheld: however many come in a row, the step it was on is asked again
        // after each — issue #17, a third side question let the contact and demand questions go unasked.)
        const sideQuestion = asksQuestion(text);
        const contact =
          position?.prompt === CONTACT_PROMPT && !context.turnState.get(LAST_FOUR_AT_CONTACT) && !sideQuestion;
        if (contact && askedTooOften(waitingPromptState(dialogContext))) {
          context.turnState.set(CONTACT_LET_GO, true);
          return void (await dialogContext.continueDialog());
        }
        // Nor is the demand question (batch 20 P1): the complaint goes on with no specific demand, said so.
        // ("人呢", "hello??" answer no question: the question is put again; "what are my options?" shows its menu.)
        // ("末四碼是指誰的電話" asks how to answer the proof asked for beside it: answered, and the question put again.)
        // ("what can you actually do?", "你哋會點處理佢？" asks what a demand could be: answered, and the question put
        // again — never "no specific demand" — blind batch 26: 02.3, 04.4; 26b: 28.4.)
        const demand =
          position?.prompt === DEMAND_PROMPT &&
          !asksForOptions(text) &&
          !onlyPings(text) &&
          !asksWhosePhone(text) &&
          !asksWhatHappensNext(text) &&
          // ("what documents do you need?" was just told what the complaint needs — its demand among them: 29 03.3.)
          !asksWhatIsNeeded(text);
        // "咁可唔可以叫佢哋再寄過嚟?" wants the parcel sent again: that is the demand, said so — not "no specific demand"
        // (the blind rescore of batch 20: 26.3). ("能不能再派个人来取" asks a new pickup of a parcel never taken: no
        // redelivery — kept as the wish by pickup-again.ts.) Any other side question puts the demand question again.
        const held = position?.state;
        const resend = Boolean(held && !held.demand && asksToResend(text) && !asksForPickup(text));
        // (A wish kept for the complaint — a new pickup asked for — says what they want: no side question either.)
        const wish = Boolean(context.turnState.get(WISH_KEPT));
        if (demand && (resend || wish || !sideQuestion) && askedTooOften(waitingPromptState(dialogContext))) {
          if (held && resend) {
            held.demand = 'redelivery';
            await reply(turn, say(turn, 'intake.demandNoted', { demand: demandsSaid(turn.services.replies, held) }));
          }
          context.turnState.set(DEMAND_LET_GO, true);
          return void (await dialogContext.continueDialog());
        }
        // "…you still haven't told me why it came back. fix it and submit": answered, then filed as asked (23: 06.6).
        if (position?.prompt === CONFIRM_PROMPT && wantsFiled(text)) return void (await dialogContext.continueDialog());
        return dialogContext.repromptDialog();
      }
      if (aside === 'answered') {
        // (The answer at the contact step puts its question again: "those last 4 digits … a full number?")
        if (position?.prompt === CONTACT_PROMPT) askedTooOften(waitingPromptState(dialogContext));
        return;
      }
      // Filed as it stood at the customer's yes when they were leaving: the intake is over.
      if (aside === 'filed') return void (await dialogContext.cancelAllDialogs());
      // "Thanks" to a complaint nobody asked for; "I'm not complaining, just asking where it is": it ends unfiled.
      // What a complaint left this way had gathered stays: asked for again, it goes on from there.
      if (position && (aside === 'leave' || aside === 'notComplaint' || aside === 'change' || aside === 'reassured'))
        keepLeftComplaint(data, position.state);
      // A worry answered (its parcel on its way and not late): no complaint goes on unasked.
      if (aside === 'reassured') return void (await dialogContext.cancelAllDialogs());
      if (aside === 'leave' || aside === 'notComplaint') {
        await dialogContext.cancelAllDialogs();
        noteOutcome(context, 'cancelled');
        // A change asked for beside it stays the customer's: recorded now when the parcel is proved (keepChangeOfLeftComplaint).
        const pending = position?.state.pendingChange;
        const parcel = position?.state.trackingNumbers[0];
        if (pending && parcel && (await keepChangeOfLeftComplaint(turn, parcel, pending)))
          return handleDeliveryChange(turn);
        if (aside === 'leave') return;
        // ("我沒有要客訴啊 我是在問20000mAh能不能寄": what they ask is read without the denial — blind batch 50a: 12.3.)
        const rest = withoutDenial(text);
        const asked = rest !== text ? services.nlu.analyze(rest, services.clock.now(), turn.locale) : reading;
        if (asked.intent !== 'complaint' && asked.intent !== 'other' && asked.confidence >= 0.6) {
          turn.text = rest;
          turn.reading = asked;
        }
        // ("yep its there. sorry for the hassle, dont need to complain": nothing more asked — no "did you mean…?" after
        // the complaint is let go; blind batch 53a: 02.6.)
        else if (reading.intent !== 'complaint' && !asksQuestion(rest)) return;
        else if (reading.intent === 'complaint')
          turn.reading = { ...reading, intent: data.lastTracking ? 'track' : 'other' };
        context.turnState.set(NO_COMPLAINT_OFFER, true);
      }
      // "算了这个我先问问寄件人 另外一个 SF… 也晚了三天": the complaint is about the other parcel now; this one is left.
      if (aside === 'switch' && position) {
        await dialogContext.cancelAllDialogs();
        const setAside = position.state.trackingNumbers[0] ?? position.state.unconfirmedNumber ?? '';
        // (One the bot opened unasked is dropped for the one asked for, said by both numbers — blind-31 02.4.)
        const next = data.lastTracking;
        const dropped = context.turnState.get(UNASKED_DROPPED) !== undefined && next !== undefined;
        await reply(
          turn,
          dropped
            ? say(turn, 'intake.unaskedDropped', { number: next, setAside })
            : say(turn, 'intake.parcelSetAside', { number: setAside }),
        );
        turn.reading = { ...reading, intent: 'complaint' };
        // (The parcel switched to by its letters — "the YT one" — had its status told when it was named: not again.)
        const statusTold =
          next !== undefined && (position.state.otherParcel === next || Boolean(data.parcelsListed?.includes(next)));
        return startIntake(turn, await this.dialogs.createContext(context), { statusTold });
      }
      if (aside === 'abandon') {
        await dialogContext.cancelAllDialogs();
        noteOutcome(context, 'cancelled');
        return handleTicketStatus(turn);
      }
      // "Can you bring it over to …?" in a complaint the bot opened by itself: the customer wants the change.
      if (aside === 'change') {
        await dialogContext.cancelAllDialogs();
        await reply(turn, say(turn, 'intake.takenAsChange'));
        // ("not complaining, just have the driver phone my mum first": the call is the change — 35a 02.5.)
        if (await startCallFirst(turn)) return;
        return handleDeliveryChange(turn);
      }
      // "你们不是有我电话吗？尾号1111": the waybill's phone of the side proved is the contact, said so.
      if (aside === 'continue') await takeWaybillPhone(turn, position, text);
      const result = aside === 'notComplaint' ? undefined : await dialogContext.continueDialog();
      // (A change of delivery the complaint filed just now left waiting carries on: change-past-filing.ts.)
      if (result?.status === DialogTurnStatus.complete) await carryChangePastFiling(turn);
      // "算了不投诉了，能不能放快递柜": the complaint is cancelled, and what else the message asks for is done.
      const cancelled = result?.status === DialogTurnStatus.cancelled;
      if (result && !(cancelled && asksForMoreThanCancel(turn)) && result.status !== DialogTurnStatus.empty) return;
    }

    // An answer to a notice the customer got ("2", "hold it at the station", "轉人手") acts on their choice.
    // (A request recorded a moment ago does not stand in the way.)
    if ((!data.deliveryChange || data.deliveryChange.recorded) && (await answerNotice(turn))) {
      if (data.deliveryChange?.recorded) data.deliveryChange = undefined;
      return;
    }

    const askedBefore = Boolean(data.clarify);
    const chosen = clarified(turn);
    if (chosen) {
      turn.reading = chosen.reading;
      turn.text = chosen.text;
    }
    // "Shall I arrange that?" — "yes": the one thing offered, as its button would ask for it.
    const tookOffer = chosen ? undefined : offerTaken(turn);
    if (tookOffer) {
      turn.text = tookOffer;
      turn.reading = services.nlu.analyze(tookOffer, services.clock.now(), turn.locale);
    }

    // "sorry SF2210478832106" after "stop it and send it back to me, SF221047883210" was not found: that request, of
    // the number put right.
    const carried = !inDialog && notFound ? requestOfCorrectedNumber(turn, notFound) : undefined;
    if (carried) {
      turn.text = carried;
      turn.reading = services.nlu.analyze(carried, services.clock.now(), turn.locale);
    }
    rereadIntent(turn);
    // "查不到？那試試 SF…" after a number was not found: another lookup, not a complaint about tracking.
    if (notFound && retriesLookup(turn, notFound)) turn.reading = { ...turn.reading, intent: 'track' };
    // "咦 唔好意思 應該係 SF…" after it: the number put right, tracked — no change of delivery asked.
    if (notFound && putsNumberRight(turn, notFound)) turn.reading = { ...turn.reading, intent: 'track' };
    // "好吧 那我再問朋友", "ok thanks, that's all", "唔該晒 拜拜" with small talk beside it: a polite close — never the
    // number asked for again, nor the small talk alone answered (closing-words.ts; blind batch 31: 30.5).
    if (!inDialog && !chosen && !tookOffer && turn.conversation.mode !== 'handoff' && (await answerClosing(turn)))
      return;
    // "it's definitely right, I copied it from the shop": why a right number may not show yet, and who can tell.
    if (insistsNumberRight(turn, notFound)) {
      noteOutcome(context, 'unanswered');
      data.offeredHuman = true;
      // (A number whose form cannot be right is said so: it is not one the system will show later.)
      const invalid = notFound ? services.nlu.analyze(notFound).entities.invalidTracking.length > 0 : false;
      const key = invalid ? 'trackInvalidInsisted' : 'trackUnknownInsisted';
      // The number stood by is taken as given: a complaint or a person asked for next has it (number-as-given.ts).
      if (notFound) takeAsGiven(data, notFound);
      const kept = say(turn, 'numberAsGiven.noted', { number: notFound ?? '' });
      return reply(turn, [say(turn, key, { number: notFound ?? '' }), kept].join('\n'), [
        { title: say(turn, 'choice.human'), value: say(turn, 'choice.human') },
      ]);
    }
    // "Will someone actually look for it?" once their chase of the parcel is recorded: it stands, and what comes next.
    if (!inDialog && (await answerChaseAsked(turn))) return noteOutcome(context, 'answered');
    // "那我怎么办", "so what am I supposed to do?" right after a number was not found: what they can do (19.2).
    if (!inDialog && (await answerNotFoundWhatToDo(turn, notFound))) return noteOutcome(context, 'answered');
    // "Check the number again" (the button under that advice): the number is asked for.
    if (!inDialog && (await answerRecheckChoice(turn))) return noteOutcome(context, 'answered');
    // ("if the complaint from friday isnt there can u just make one", "那就帮我重新登记一个": no complaint of theirs found
    // on the parcel, a new one asked for — taken down, not the search said again; blind batch 46a: 04.5.)
    // (What it is about is what they told before it: "pickup was 2 days late" is a delay.)
    if (!inDialog && data.complaintSought && asksNewComplaint(turn.text)) {
      const told = (data.said ?? [])
        .map((words) => services.nlu.analyze(words, services.clock.now(), turn.locale))
        .find((read) => read.intent === 'complaint' && read.category && read.category !== 'other');
      // (Nothing told of it: what is wrong with the parcel sought — "ok then just file a new one" of a late parcel.)
      const sought = await lookUpParcel(services, data.complaintSought);
      const anomaly = sought.kind === 'found' ? sought.view.anomalies[0] : undefined;
      const category = told?.category ?? (anomaly ? ANOMALY_CATEGORY[anomaly] : undefined);
      turn.reading = { ...turn.reading, intent: 'complaint', ...(category ? { category } : {}) };
    }
    // ("之前申訴說要退款，現在想改成請你們重新寄一次可以嗎": a resend of a returned parcel asked for beside the earlier
    // complaint — the change, not the complaint looked for again; blind batch 46a: 12.3.)
    const resendAsked = turn.reading.intent === 'ticket_status' && (await asksToResendReturned(turn));
    if (resendAsked) turn.reading = { ...turn.reading, intent: 'change_delivery' };
    // "要等幾耐？" after no complaint of theirs was found on the parcel: about that complaint (batch 11 20.4).
    if (!resendAsked && asksHowLongForSought(turn)) return handleTicketStatus(turn);
    // "投诉单号我没记住" while the bot looks for the customer's earlier complaint: not needed, and the way on (blind-12 08.3).
    if (await answerNumberForgotten(turn)) return;
    // "電話是0933…" to "send the number you made it under": a person looks the complaint up by it (batch 15 24.3).
    // (The customer hears why: a typed phone shows no ticket here, and a person checks it and answers on this chat.)
    if (phoneForLookup(turn, phoneAsked))
      return handleHuman(
        turn,
        'customer asks after an earlier complaint made elsewhere: the phone they typed is unverified — confirm it is theirs (call it) before telling them anything of a complaint found by it',
        undefined,
        say(turn, 'tickets.byPhoneWhy'),
      );
    // "对 确认", "行 那我下午拿过去寄", "ok then, I'll drop it off tomorrow" to a reply that offered nothing: agreed and
    // closing — acknowledged, not read as a lost parcel, a change or a place to price (batch 15: 09.4, 12.5, 13.3).
    const offeredSomething =
      data.offeredHuman ||
      data.offeredChase ||
      data.offeredComplaint ||
      (data.deliveryChange !== undefined && !data.deliveryChange.recorded);
    // ("好 那我禮拜六去信義那間 謝謝" after a person was offered: their own plan instead — closing too; blind 39b: 11.5.)
    if (!inDialog && !chosen && (!offeredSomething || statesOwnPlan(turn.text)) && closesAgreeing(turn)) {
      noteOutcome(context, 'answered');
      return reply(turn, say(turn, 'acknowledged'));
    }
    // "Where's the nearest service point, what time does it close?" read as something it is not, or not at all.
    // ("What about my cat?", "那我家的狗狗呢" right after a price: the item's rule, however the NLU reads it.)
    const noParcelNamed = turn.reading.entities.trackingNumbers.length === 0;
    // ("…and the rest?" after a question about several items: their rules — remaining-items.ts.)
    const restOfItems =
      Boolean(turn.data.itemsQuestion) && (asksRest(turn.text) || asksWhichOfThem(turn.text)) && !inDialog
        ? 'faq.prohibited'
        : undefined;
    const itemAfterFaq = noParcelNamed
      ? (itemFollowUp(services.knowledge, followUpTopic(turn) ?? itemsToldAfter(turn), turn.text) ?? restOfItems)
      : undefined;
    const faqRead = itemAfterFaq ?? faqQuestionIn(turn);
    if (faqRead) turn.reading = { ...turn.reading, intent: faqRead };
    // "I called your hotline … don't you have it in your system?": what this chat can see of a phone complaint.
    if (!inDialog && (await answerPhoneComplaint(turn))) return;
    // "收件人地址是啥", "who is it addressed to?": the city and the status, the rest after the proof (party-details.ts).
    // "可以給我寄件人的電話嗎", "give me his address", "給個地址也好": nobody's contact details are given out, said plainly
    // (a name or an address of the parcel's recipient or sender asked before the proof: party-details.ts, next).
    if (!inDialog && (await answerOtherPartyDetails(turn))) return noteOutcome(context, 'answered');
    if (!inDialog && (await answerPartyDetails(turn))) return;
    // "不能用名字查吗", "can't you look it up by my name?": the tracking number finds a parcel, and where it is found.
    if (!inDialog && (await answerLookupByName(turn))) return;
    // "后四位会不会被人猜中？", "can't someone just guess 4 digits?": why not, and what the digits protect (blind-33 17.5).
    if (!inDialog && (await answerDigitsGuessed(turn))) return noteOutcome(context, 'answered');
    // "手机号查不行吗", "can you guess the number?": no phone lookup, no guessing — where the number is found.
    if (!inDialog && (await answerLookupWithoutNumber(turn))) return;
    // "签收是什么", "派送中是什麼 還是運送中", "what is SLA?": the words explained (term-meaning.ts).
    if (!inDialog && (await answerTermsAsked(turn))) return;
    // A number brought where a faint complaint is read: "ok back. found the receipt 7828…" after the number was asked for
    // (blind batch 54a: 05.4), "打错，是TW881234567011" with no complaint open (a review of 217df6f) — the number, to look up.
    const { trackingNumbers: numbersNamed, invalidTracking: slipsNamed } = reading.entities;
    const numberBrought =
      (numberWasAsked(turn) && numbersNamed.length > 0) ||
      (!inDialog && numbersNamed.length + slipsNamed.length > 0 && NUMBER_PUT_RIGHT.test(text));
    if (reading.intent === 'complaint' && reading.confidence <= 0.5 && numberBrought)
      turn.reading = { ...turn.reading, intent: 'track' };
    // "末四碼是指誰的電話？我的還是寄件人的？": either phone on the waybill, in one line (blind batch 24: 21.3).
    if (!inDialog && (await answerWhosePhone(turn))) return;
    // "I don't know her phone", "do you really need it?" after a parcel was shown: what they can have without it.
    if (!inDialog && (await answerProofTrouble(turn))) return;
    // "SF那个是2222，圆通那个是8888" after several parcels were listed: each parcel's own digits, each checked.
    if (!inDialog && (await proveListedParcels(turn))) return;
    // "yes 7777" again once those digits proved the parcel: verified already, said so — nothing started (23.3).
    if (!inDialog && (await answerDigitsAgain(turn))) return;
    // The last 4 digits of a phone: asked for after a tracking answer, or offered unasked ("receiver, 5555").
    const digits = data.verifyTracking
      ? await lastFourAsked(turn, data.verifyTracking)
      : data.lastTracking && turn.reading.intent === 'other'
        ? volunteeredLastFour(turn, true)
        : undefined;
    if (digits) {
      const parcel = data.verifyTracking ?? data.lastTracking;
      await handleVerification(turn, digits, parcel);
      // The proof a change-delivery request waited for: it carries on; out of tries, it ends.
      const waiting = data.deliveryChange?.asked === 'last4' ? data.deliveryChange : undefined;
      // ("fine file a complaint then … ends 7777": the digits prove the parcel; the complaint asked for outright goes
      // first and the change waiting on them is let go — the rescore of blind batch 18: 01.5.)
      if (waiting && filesComplaint(turn.text)) data.deliveryChange = undefined;
      else if (!waiting && (await takeChaseOnProof(turn, parcel, digits))) return;
      else if (waiting?.trackingNumber && data.verified.includes(waiting.trackingNumber))
        return handleDeliveryChange(turn);
      else if (waiting) return missedLast4(turn, waiting);
      // "1111, and what time tomorrow?", "2222 快啲啦": the digits proved the parcel, and the rest of the message is
      // read as a message of its own — answered, not dropped (batch 16 25.2).
      const rest = parcel && data.verified.includes(parcel) ? besideDigits(turn.text, digits) : undefined;
      if (!rest) return;
      readRestOf(turn, rest);
      // (The rest read afresh is corrected as any message is: "2222 … 退回到底是什麼意思" asks, it does not complain.)
      rereadIntent(turn);
    }
    data.verifyTracking = undefined;
    // The last reply took a change of delivery down: "可以吗？", "is that done?" are about it.
    const justChanged = Boolean(data.deliveryChange?.recorded);
    // "Do you guys deliver on Christmas lol": about the service, not a day for the parcel (batch 11 28.4); "今天天气真
    // 热啊" is a remark in passing (07.4). Neither touches a change being taken down.
    const notTakingDown = !data.deliveryChange || data.deliveryChange.recorded;
    // "How do I apply, is there a minimum?", "要什么资料？价格能便宜点吗", "那我直接找谁谈" after the business account's
    // entry: the part of it that answers — no hand-off, claim rules or price list (batch 22: 01.2, 11.2–11.4).
    // "叫sales打俾我，陳生 9123 4567", "have your sales rep call me": to a person, the call-back on the ticket.
    // "我有保價 三千" right after the claim rules or a claim asked: what that means for the parcel, never a complaint
    // opened on it, nor a reassurance again.
    if (!inDialog && notTakingDown && (await answerInsuranceTold(turn))) return;
    if (!inDialog && notTakingDown && (await takeSalesContact(turn))) return;
    if (!inDialog && notTakingDown && (await answerBusinessFollowUp(turn))) return noteOutcome(context, 'answered');
    // "月结账号 0755…，正确抬头是…，税号…" after the invoice reissue's entry: the request's details, to the billing team.
    if (!inDialog && notTakingDown && (await takeInvoiceDetails(turn))) return;
    // "你们后台不能直接帮我重开吗" after the reissue's rule: the billing team on a ticket (invoice-details.ts).
    if (!inDialog && notTakingDown && (await takeReissueForMe(turn))) return;
    // "退回来大概几天到武汉", "when will the return get back to me?": where the return is and whether it is home already.
    if (!inDialog && notTakingDown && (await answerReturnArrival(turn))) return noteOutcome(context, 'answered');
    // "可以讓買家寄回來運費算我這邊嗎", "買家退貨要怎麼填單": a seller's question on returns from buyers (21.1, 21.3).
    if (!inDialog && notTakingDown && (await answerSellerReturns(turn))) return noteOutcome(context, 'answered');
    // "如果真的找不到，可以退運費嗎？": what a loss gives back, not the parcel's status again (blind 29: 23.4).
    if (!inDialog && notTakingDown && (await answerLostFreight(turn))) return noteOutcome(context, 'answered');
    // "噉即係要再投訴先退得？", "so I have to file a complaint for that?": yes, what it takes, and the complaint offered.
    if (!inDialog && notTakingDown && (await answerComplaintNeeded(turn))) return;
    // "could I have the postage paid back since it's this late?": the delay rule and a delay complaint offered.
    if (!inDialog && notTakingDown && (await answerLateRefundAsked(turn))) return;
    // "pay me now", "现在马上赔钱打到我支付宝": not on the spot, the claim's payout rule, a complaint with a claim offered.
    if (!inDialog && notTakingDown && (await answerPaidNowAsked(turn))) return;
    // "客服说可以退货，退回去的运费谁出？", "do I pay postage to return it?": the rule on a return's postage.
    if (!inDialog && notTakingDown && (await answerOwnReturnPostage(turn))) return;
    // "你哋有冇貨到付款代收服務？", "do you offer COD?": yes or no for the market, and how — not who pays the postage (26.1).
    if (!inDialog && notTakingDown && (await answerCodOffered(turn))) return noteOutcome(context, 'answered');
    // "JT… 签收了，代收货款什么时候打给我？": the parcel's delivery day and the payout counted from it (blind-25 14.1, 14.3).
    if (!inDialog && notTakingDown && (await answerCodOnParcel(turn))) return noteOutcome(context, 'answered');
    // "it needs to stay cold, is it refrigerated??": the cold-chain rule and how soon to collect, not a complaint (24: 06.4).
    if (!inDialog && notTakingDown && (await answerColdHandling(turn))) return;
    // "再派送收不收钱？", "is there a charge to deliver again?" with no parcel named: the market's rule answers it — no
    // number asked for, no change or fee complaint started (fee-rule-asked.ts; blind batch 31: 30.1).
    if (!inDialog && notTakingDown && (await answerFeeRuleAlone(turn))) return noteOutcome(context, 'answered');
    // "我住六楼 没电梯 腿不好": the door-delivery rule (up to the door, no extra charge) — no complaint (43b: 08.4).
    if (!inDialog && notTakingDown && (await answerUpstairsNeed(turn))) return noteOutcome(context, 'answered');
    // "How much for 25 kg, are you open on New Year's Day, and can the receiver pay?": each question its answer.
    if (!inDialog && notTakingDown && (await answerEachQuestion(turn))) return;
    // "Can I get the 33 difference back?": the way is a fee complaint asking for a refund — said, and started, with the
    // overcharge told earlier as its account.
    const overchargeBack =
      !inDialog && notTakingDown && !conversation.ticketId && turn.reading.intent !== 'complaint'
        ? overchargeBackAsked(turn)
        : undefined;
    if (overchargeBack) {
      await reply(turn, say(turn, 'refund.overchargeWay'));
      readRestOf(turn, overchargeBack);
      const entities = { ...turn.reading.entities, demand: 'refund' as const };
      turn.reading = { ...turn.reading, intent: 'complaint', category: 'fee', entities };
      return startIntake(turn, await this.dialogs.createContext(context));
    }
    // "你们这机器人也太死板了吧", "this bot is useless": the assistant criticised, not the parcel — no complaint (blind-33 17.3).
    if (!inDialog && notTakingDown && criticisesBot(turn)) return answerBotCriticised(turn);
    // "hey! how's your day going? quick q's before I ship": a friendly word back, not a rules answer (batch 23: 05.1).
    if (!inDialog && notTakingDown && asksHowBotIs(turn)) {
      data.offeredHuman = undefined;
      return answerHowBotIs(turn);
    }
    // "My brother in Hong Kong is visiting me": news, no parcel, problem or request — a question back, no complaint.
    if (!inDialog && notTakingDown && tellsLifeNews(turn)) {
      data.offeredHuman = undefined;
      return answerLifeNews(turn);
    }
    const holiday = notTakingDown && asksHolidayService(turn);
    if (holiday || (notTakingDown && remarksOnWeather(turn))) {
      data.deliveryChange = undefined;
      // (An "OK, thanks" after it answers this reply, not a person offered before it.)
      data.offeredHuman = undefined;
      return holiday ? answerHolidayService(turn) : answerWeather(turn);
    }
    // "If the afternoon is no good, can I collect it?" about the request waiting: a question; the request stands.
    // "要是那天也没人的话能放快递柜吗" about the delivery waiting: a fallback put on it, beside what it asks already.
    if (notTakingDown && (await addNobodyInFallback(turn))) return;
    if (notTakingDown && (await answerConditionalChange(turn))) return;
    // "需要自己包装吗", "可唔可以上門收件", "can a courier collect it from my flat?": a sender's question, answered from the
    // knowledge files — also while a change of delivery waits for a parcel never named (there is none: they send one).
    const parcelless = !data.deliveryChange || (!data.deliveryChange.recorded && !data.deliveryChange.trackingNumber);
    // "那天我要是不在家怎么办" about a change of delivery the customer has waiting is that request's question: answered
    // from it (where the parcel waits then), before the general rule on nobody at home.
    if (!inDialog && asksNobodyHome(text) && (await answerChangeQuestion(turn, justChanged))) return;
    // "那要是改不了的话就放到你们网点 哪个网点 几点关门": the change waiting stands; the outlet only if it cannot be made.
    if (!inDialog && (await answerHoldIfNot(turn))) return;
    // "确定取消了吧？明天几点送到" after taking a request back: that withdrawal, and when it comes — not the shipment's.
    if (!inDialog && (await answerCancellationChecked(turn))) return;
    // "不对不对 是389号 我打错了", "make it 16F not 18F" about the new address just asked for: it is corrected.
    if (!inDialog && addressTaken && (await applyAddressCorrection(turn, addressTaken))) return;
    // "把“改地址收钱吗”这几个字去掉" about the new address waiting: the words come out of it (any turn later too).
    if (!inDialog && data.lastTracking && (await applyWordsRemoved(turn, data.lastTracking))) return;
    // "个箱扁晒仲漏水 我即刻拒收咗 賣家會唔會再寄過嚟", "拒收退回去的运费谁出": a parcel refused because it came
    // damaged — its rule (before who pays postage in general), no change of delivery.
    if (!inDialog && (await answerRefusedDamaged(turn))) return;
    // "can I just refuse it when it comes? do I pay anything", "这个我能不要吗": an ordinary refusal's rule.
    if (!inDialog && (await answerRefusing(turn))) return;
    if (!inDialog && parcelless) {
      // ("Can I get a receipt?", "do you do monthly billing?", "沒人在家怎麼辦": the service's own entries first.)
      const service = await answerServiceQuestion(turn);
      if (
        service ||
        (await answerBookedPickupChange(turn, sendingTold)) ||
        (await answerSendingFollowUp(turn, sendingTold)) ||
        (await answerHowToPay(turn)) ||
        (await answerDeclaration(turn)) ||
        (await answerSendingQuestion(turn)) ||
        (await answerPickupDetails(turn, sendingTold)) ||
        (await answerPickupAsked(turn))
      ) {
        data.deliveryChange = undefined;
        return noteOutcome(context, 'answered');
      }
    }
    // "如果送到的時候破掉的話要怎麼處理？": damage supposed before any happened — the claim rules, no complaint.
    if (!inDialog && (await answerSupposedDamage(turn))) return;
    // "有结果就打我电话 135…", "text me on … when there's news" about the request waiting: the number goes on it (before
    // a request taken down a moment ago reads "网点回复了…" as a hold to add to it).
    if (!inDialog && (await addContactToRequest(turn))) return;
    if (data.deliveryChange && (await continueDeliveryChange(turn)) === 'continued') return;
    // "其實我自己去門市攞好啲": another option for the request waiting, which it replaces.
    // "我说的是下午！！不是上午", "改成下午两点到六点" about the request waiting: its slot corrected, never a complaint
    // (nor another kind of change: a time alone is when to bring it to the new address too).
    if (!inDialog && (await retimedRequest(turn))) return;
    // "same day as planned, just deliver after 8pm" after a hold was arranged: the hold replaced by that delivery time.
    if (!inDialog && (await holdRetimed(turn))) return;
    if (await switchedRequest(turn)) return;
    // "先打電話給我 0912345678" about the request just made: the call goes on it.
    if (await addCallFirst(turn)) return;
    // "just leave it with the guard at the front desk" about the request waiting: it is left there.
    if (await addBuildingDesk(turn)) return;
    // "can the driver call me before he comes?" with no request waiting: a request of its own, never a complaint.
    if (!inDialog && (await startCallFirst(turn))) return;
    // "有结果会通知我吗" with no request waiting: what the customer is really sent, and the chase for a stuck parcel.
    if (!inDialog && (await answerNotificationsAsked(turn))) return;
    // "Is it done?", "will I be told?": about the change the customer asked for, answered from the request.
    if (await answerChangeQuestion(turn, justChanged)) return;
    // "is the delivery tomorrow after 2pm booked or not?" with nothing booked: not yet, and the booking taken up.
    if (!inDialog && (await answerNothingBooked(turn))) return;
    // "Still no one has got back to me" with a complaint open: about that ticket — sorry, its status, a person offered.
    if (!inDialog && (await answerChase(turn))) return;
    // "So you can't find it?" right after a ticket number was not found: about that, not a lost parcel.
    if (await answerMissingTicket(turn)) return;
    // "What happened with my complaint about SF…", or the parcel's number the bot just asked for to find it by.
    if (!resendAsked && (await answerComplaintOnParcel(turn))) return;
    // "快递柜超时费谁出？", "do I pay the locker fee?" with no complaint made: the parcel's record (if one is spoken of)
    // and the market's locker rule — a question, not a fee complaint (blind 27 replay: 11.4).
    if (!inDialog && (await answerLockerFeeAlone(turn, data.lastTracking))) {
      noteOutcome(context, 'answered');
      return;
    }
    // "Can it still be cancelled?", "who pays to send it again?", "who signed for it?" about the conversation's
    // parcel: the courier's rule or the parcel's record (a change being taken down answers its own questions).
    const caseAsked = caseQuestionIn(turn.text);
    const caseParcel = turn.reading.entities.trackingNumbers[0]?.number ?? data.lastTracking;
    if (
      !inDialog &&
      !data.deliveryChange &&
      // (The parcel offered at filing, taken up with "who signed??": its complaint begins, the record shown with it.)
      !takesUpOffer &&
      caseParcel &&
      (caseAsked === 'cancel' ||
        caseAsked === 'resend' ||
        caseAsked === 'returnFreight' ||
        caseAsked === 'signer' ||
        // ("运费谁出" of a parcel sent back asks who pays for its way back, as inside a complaint — session 30.)
        (caseAsked === 'freight' && (await returnFreightAsked(turn, caseParcel)))) &&
      // ("不是我签的 … 谁签的": the signature denied is the not-received complaint, not the record again — 23: 12.2.)
      !(caseAsked === 'signer' && deniesSigning(turn.text)) &&
      // ("can you cancel the complaint please", "so is it cancelled?" with a complaint filed here: the complaint taken
      // back or asked after — ticket-follow-up.ts — not the shipment.)
      !(
        caseAsked === 'cancel' &&
        turn.conversation.ticketId &&
        (withdrawsComplaint(turn.text) || asksIfWithdrawn(turn.text))
      )
    ) {
      if (await answerCaseQuestion(turn, caseAsked, caseParcel, () => undefined)) {
        // The parcel answered about is the conversation's: "I'm the recipient, ends 1111" or "file a complaint" next
        // are about it, never a question for a number already given (blind batch 19: 11.2).
        data.lastTracking = caseParcel;
        noteOutcome(context, 'answered');
        return;
      }
    }
    // "…SF1402837465921. I was the sender, last four 2222.": checked first, so the answer can show the details.
    const inline = labelledLastFour(turn.text);
    const parcelOfDigits = turn.reading.entities.trackingNumbers[0]?.number ?? data.lastTracking;
    if (inline && parcelOfDigits && !data.verified.includes(parcelOfDigits)) {
      // (Proof for the parcel a complaint was looked for on is answered as such: what became of the complaint.)
      const sought = data.complaintSought === parcelOfDigits;
      const proved = turn.reading.intent === 'track' && !sought && (await proveQuietly(turn, parcelOfDigits, inline));
      if (!proved) await handleVerification(turn, inline, parcelOfDigits);
      if (!proved && (await takeChaseOnProof(turn, parcelOfDigits, inline))) return;
      // "I'm the receiver, last 4 is 4567" was only the proof: answered, and nothing else to read in it.
      if (!proved && (turn.reading.intent === 'other' || !saysMoreThanDigits(turn.text))) return;
      // The proof for a complaint looked for: what became of it and the way on (a person, or a complaint now) — no
      // intake the customer did not choose started beside the offer (blind batch 22: 06.2).
      if (!proved && sought && data.verified.includes(parcelOfDigits) && !filesComplaint(turn.text)) return;
    }
    // "I never asked to change it, cancel that, deliver it normally": nothing was changed, it comes as planned.
    if (!inDialog && (await answerNoChangeMade(turn))) return;
    // "I said cancel, don't send it" with nothing under way: nothing is filed, and the customer hears so.
    if (!inDialog && !conversation.ticketId && isCancel(turn.text) && !asksForMoreThanCancel(turn)) {
      noteOutcome(context, 'cancelled');
      return reply(turn, say(turn, 'intake.nothingOpen'));
    }
    // "单号不记得了 算了" to an offer: the customer lets it go, and hears they can come back to it.
    if (!inDialog && endsLettingGo(turn.text) && turn.reading.entities.trackingNumbers.length === 0) {
      noteOutcome(context, 'cancelled');
      return reply(turn, say(turn, 'leftThere'));
    }
    // "Do you deliver on Saturdays?", "能晚上送吗" with no parcel on its way in sight: the market's delivery days.
    if (!inDialog && notTakingDown && (await answerDeliveryDays(turn))) return;
    // "I booked a pickup and nobody came": about sending, no parcel to look up (missed-pickup.ts).
    if (!inDialog && notTakingDown && (await answerMissedPickup(turn))) return;
    // "The label has the wrong phone", "send it back to the seller": a change to the parcel's delivery.
    if (!inDialog && notTakingDown && (await takeWaybillChange(turn))) return;
    // "So it's not delivered yet?", "what time tomorrow?": about the parcel just looked up, answered from its record.
    // "How do I send it back?", "點樣寄返去": how returns work, and no ticket; a complaint told with it ("it came
    // broken") goes on after the answer.
    const sendBack =
      !inDialog && !data.deliveryChange && (asksHowToSendBack(turn.text) || (await asksToSendReceivedBack(turn)))
        ? sendBackAnswer(turn)
        : undefined;
    if (sendBack) {
      const besides = complainsBesideReturn(turn);
      // The parcel named with it: where it is, first (a complaint going on says so in its own opening).
      const named = besides ? undefined : turn.reading.entities.trackingNumbers[0]?.number;
      const found = named ? await lookUpParcel(services, named) : undefined;
      const status = found?.kind === 'found' ? (await trackingAnswer(services, context, locale, found)).join('\n') : '';
      if (found?.kind === 'found') data.lastTracking = found.number;
      await reply(turn, [status, sendBack].filter(Boolean).join('\n'));
      data.returnTold = true;
      if (!besides) return noteOutcome(context, 'answered');
      turn.reading = { ...turn.reading, intent: 'complaint', category: turn.reading.category ?? 'other' };
      return startIntake(turn, await this.dialogs.createContext(context));
    }
    // "关税谁付", "customs is holding it, what do I do?", "was it customs?": the customs rule, or plainly "not customs" of a
    // parcel sent back for another reason — never the domestic price list.
    // (Items named and asked about beside it get their rules too: customs-items.ts.)
    // "does my mum have to do anything when it arrives?" of a route being sent across a border: the real-name check.
    if (!inDialog && !data.deliveryChange && (await answerRecipientSteps(turn))) return;
    if (!inDialog && !data.deliveryChange && (await answerCustomsAndItems(turn)))
      return noteOutcome(context, 'answered');
    // "运费谁出", "運費邊個俾 可唔可以到付", "who pays the shipping?": prepaid or freight collect (寄付 / 到付), not cash on
    // delivery of the goods, the price list or a fee complaint.
    if (!inDialog && !data.deliveryChange && (await answerPostagePayer(turn))) return noteOutcome(context, 'answered');
    // "催一下 SF…" about a parcel on its way: its status and what can be done, no change to prove, no complaint forced.
    if (!inDialog && !data.deliveryChange && (await chaseNamedParcel(turn))) return;
    if (!inDialog && !data.deliveryChange && (await answerSpeedUp(turn))) return;
    // "still isn't here, can it come today??" about a parcel due on a later day: whether it can, and what can be done.
    if (!inDialog && !data.deliveryChange && (await answerTodayAsked(turn))) return;
    if (!conversation.ticketId && (await answerParcelQuestion(turn))) return;
    // "钱能收到吗", "will I get the money?" with nothing filed: the claim rules on payment, not an arrival or a guess.
    // (A parcel named with it is answered as such: its status says what is known of it.)
    const parcelNamed = turn.reading.entities.trackingNumbers.length > 0;
    if (
      !inDialog &&
      !conversation.ticketId &&
      !parcelNamed &&
      asksMoneyComes(turn.text) &&
      !wantsToComplain(turn.text)
    ) {
      noteOutcome(context, 'answered');
      return handleFaq(turn, 'faq.claim');
    }
    // "What should I do?" after being told the parcel is on its way: nothing, and what can be done if they want.
    if (!inDialog && (await answerWorryFollowUp(turn))) return;
    // A complaint filed in this conversation: "any news on it?", "I also want to add…" are about it.
    if (!takesUpOffer && (await followUpOnFiledTicket(turn))) return;
    // A parcel named in any message is the one that "complain", "a person" or "last 4 digits" will be about.
    const named = turn.reading.entities.trackingNumbers[0]?.number;
    if (named && turn.reading.intent !== 'track' && turn.reading.intent !== 'complaint') data.lastTracking = named;

    // "OK" / "好" to "shall I connect you with a person?" is a yes.
    const offered = data.offeredHuman;
    data.offeredHuman = undefined;
    // A short yes that reads only faintly as something else ("好，麻煩了" as a complaint at 0.25) is a yes too.
    const faint = turn.reading.confidence < 0.5;
    // "好吧 謝謝", "ok thanks" is a goodbye, not a yes ("好 唔該" is "yes please"): no ticket nobody asked for (blind-12 20.5).
    const goodbye = turn.reading.intent === 'thanks' && THANKS_NOT_PLEASE.test(turn.text);
    // "yes please", "好的" to "would you like to file a complaint?" under a parcel's status: the complaint on that
    // parcel, as its button would start it (it was "not sure I understood", or taken for a goodbye).
    const complaintOffered = data.offeredComplaint;
    data.offeredComplaint = undefined;
    // (What drew the offer may be the account of the complaint this message starts: offer-account.ts.)
    if (complaintOffered) turn.context.turnState.set(COMPLAINT_OFFERED, complaintOffered);
    const takesComplaint =
      complaintOffered !== undefined &&
      complaintOffered === data.lastTracking &&
      !offered &&
      isYes(turn.text) &&
      !goodbye &&
      turn.reading.entities.trackingNumbers.length === 0 &&
      (faint || ['other', 'thanks', 'smalltalk', 'change_delivery'].includes(turn.reading.intent));
    if (takesComplaint) {
      turn.reading = { ...turn.reading, intent: 'complaint', category: data.suggestedCategory };
      data.offeredChase = undefined;
    }
    if (
      offered &&
      isYes(turn.text) &&
      !goodbye &&
      // ("好 那我禮拜六去信義那間 謝謝": the customer's own plan, no person taken — blind batch 39b: 11.5.)
      !statesOwnPlan(turn.text) &&
      (faint || ['other', 'thanks', 'change_delivery'].includes(turn.reading.intent))
    )
      turn.reading = { ...turn.reading, intent: 'human' };
    // "快啲啦 我趕住返工" right after a person was offered: hurry that person up — the hand-off, taken, not a delay
    // complaint asking for the number again (blind batch 19 27.5).
    if (offered && urgesInShort(turn.text) && turn.reading.entities.trackingNumbers.length === 0)
      turn.reading = { ...turn.reading, intent: 'human' };

    // "redeliver tomorrow after 6pm", "can I pick it up at the outlet instead?": a request, not small talk or the FAQ.
    // ("能上门取件吗", "can a courier collect it from my flat?" is about sending: the door-pickup answer.)
    const doorPickup = turn.reading.intent === 'faq.outlet' && asksDoorPickup(turn.text);
    const changeAsked = asksForDeliveryChange(turn.text, turn.reading.intent);
    // ("do I need my ID to collect it at the station?": what to show there, not a hold to request — batch 21 20.4.)
    const idAsked = turn.reading.intent === 'faq.outlet' && asksAboutId(turn.text);
    // "where can i collect a parcel myself in xuhui" with no parcel in the chat: the outlet (outlet-sought.ts).
    const outletSought = seeksOutlet(turn);
    if (
      ['other', 'faq.outlet'].includes(turn.reading.intent) &&
      changeAsked &&
      !doorPickup &&
      !idAsked &&
      !outletSought
    )
      turn.reading = { ...turn.reading, intent: 'change_delivery' };
    // "can you keep it at the station and is there a storage fee?": the hold asked for, its fee answered with it.
    if (holdAskedWithQuestion(turn.text, turn.reading)) turn.reading = { ...turn.reading, intent: 'change_delivery' };
    // "放网点自取", "Hold it at the station": a hold button's words, typed — the hold, as the button asks for it.
    if (typesHoldButton(turn)) turn.reading = { ...turn.reading, intent: 'change_delivery' };
    // "好 那麻烦你们帮我催一下 谢谢你啊姑娘": a request with a thank-you after it is the request (blind-14 05.7).
    if (turn.reading.intent === 'thanks' && asksToChangeDelivery(turn.text, turn.reading))
      turn.reading = { ...turn.reading, intent: 'change_delivery' };
    // "改到明天下午送，送之前先给我打个电话": the change, with a call first — not a request for a person.
    if (turn.reading.intent === 'human' && callBesideChange(turn.text))
      turn.reading = { ...turn.reading, intent: 'change_delivery' };
    // "搬家要人工费吗", "我之前跟人工客服说过了": a person named, none asked for (review 31b).
    if (turn.reading.intent === 'human' && namesPersonOnly(turn.text))
      turn.reading = { ...turn.reading, intent: 'other' };
    // "So it's stuck? Can you speed it up?": a request to act on the delivery, not a complaint; "actually send
    // <parcel> to …" names the parcel, and asks for a change rather than where it is.
    // ("SF… 周六能送吗", "is it possible to get it on saturday?": that day asked for the parcel — its change.)
    const dayAsked =
      ['track', 'other'].includes(turn.reading.intent) &&
      (turn.reading.entities.trackingNumbers.length > 0 || data.lastTracking !== undefined) &&
      asksWeekendDayForParcel(turn.text);
    const tracking = (turn.reading.intent === 'track' && asksToChangeDelivery(turn.text, turn.reading)) || dayAsked;
    // "退返寄件人，我揀1 再派送", "can send again to me": a returned parcel wanted again is a change, not a complaint.
    if (complaintIsChangeRequest(turn.text, turn.reading) || tracking || (await asksToResendReturned(turn)))
      turn.reading = { ...turn.reading, intent: 'change_delivery' };
    // "明天几点到？我明天不在家", "what time tomorrow? I'm out all day": when it comes is asked — the tracking answer with
    // its due day and time of day, no proof asked for a change nobody named (blind batch 31: 28.1).
    // ("明天幾點會到 可以送之前先打給我嗎": the call before delivery asked beside it is taken, with when it comes —
    // blind batch 46b: 11.3.)
    if (turn.reading.intent === 'change_delivery' && arrivalTimeOnly(turn) && !wantsCallFirst(turn.text))
      turn.reading = { ...turn.reading, intent: 'track' };
    // ("ok tomorrow what time tho? im at work 9 to 6 and nobody home" of a parcel on time: what time is asked, and the
    // ways to have it when nobody is in — no complaint opened; blind batch 53b: 01.2.)
    if (turn.reading.intent === 'complaint' && timeAskedAway(turn)) turn.reading = { ...turn.reading, intent: 'track' };
    // "我家猫能不能寄到北京 我搬家了": whether an item may be sent, not a change to a parcel (blind batch 14, 09.4).
    if (turn.reading.intent === 'change_delivery' && asksItemRule(turn))
      turn.reading = { ...turn.reading, intent: 'faq.prohibited' };
    // The "speed it up" button under a stalled parcel's status: the speed-up request it offered.
    const chase = data.offeredChase;
    data.offeredChase = undefined;
    if (chase && turn.text.trim().startsWith(say(turn, 'notice.choice.expedite'))) {
      if (!inDialog && !data.deliveryChange) data.deliveryChange = chaseFromOffer(turn, chase);
      turn.reading = { ...turn.reading, intent: 'change_delivery' };
    } else if (chase && !inDialog && !data.deliveryChange && takesChaseOffered(turn.text)) {
      data.deliveryChange = chaseFromOffer(turn, chase);
      turn.reading = { ...turn.reading, intent: 'change_delivery' };
    }
    // "好的", "收到", "OK" with nothing else, to a reply that asked nothing: acknowledged, never a guess between two
    // readings nor a complaint ("好的" after a change of delivery was taken down read as a damaged parcel).
    const heard =
      !chosen &&
      !offered &&
      !takesComplaint &&
      isAcknowledgement(turn.text) &&
      turn.reading.entities.trackingNumbers.length === 0;
    if (heard) turn.reading = { ...turn.reading, intent: 'other' };
    // "撤销就行" again, "那快递小哥不会因为这个被扣钱吧" after a complaint made elsewhere was to be withdrawn.
    if (!inDialog && !chosen && (await answerWithdrawElsewhere(turn))) return;
    // "对 就是这个 已经拿到了 东西没问题": it came after all and nothing is wrong — glad, and nothing opened (blind
    // batch 46a: 09.2 was read as a packaging complaint).
    if (!inDialog && !chosen && turnedUpFine(turn.text)) {
      noteOutcome(context, 'answered');
      return reply(turn, say(turn, 'arrivedFine'));
    }
    // ("Hangzhou" alone after "which city?" for a price or an outlet: the answer to it — city-answer.ts.)
    const followUp =
      (turn.reading.intent === 'other' ? followUpTopic(turn) : undefined) ??
      (inDialog ? undefined : cityAnswerTopic(turn));
    if (followUp) turn.reading = { ...turn.reading, intent: followUp };
    // A close call between two readings is asked about rather than guessed (not after a pick or an offer).
    // Never twice in a row, nor when the customer said outright it is a complaint or gave the last 4 digits.
    const whoAsked = asksIfBot(turn.text) || asksIfPersonHandles(turn.text);
    // "I want the leak investigated, and tell me where my parcel is": a data-leak complaint, the status too (26: 08.5).
    const leakNamed = !chosen && !offered && !whoAsked && takeLeakNamed(turn);
    const settled =
      chosen ||
      askedBefore ||
      offered ||
      // ("好的 麻煩了" to "shall I file a delay complaint?": the complaint offered, not a guess — blind batch 53b: 12.5.)
      takesComplaint ||
      followUp ||
      heard ||
      wantsToComplain(turn.text) ||
      inline ||
      faqRead ||
      whoAsked ||
      leakNamed;
    let close = settled ? undefined : closeCall(turn.reading, turn.text);

    // "好，那就改7-11": a short message naming a change the bot can read is the change, not one of two guesses; so is
    // one that gives what the change needs ("後日下晝再送": a day), whichever guess came first.
    const changeGuessed = close?.some((o) => o.intent === 'change_delivery') === true;
    const change = changeGuessed && wordsIn(turn.text) <= 40;
    const read = change ? readDeliveryChange(turn.text, turn.reading) : undefined;
    const detailed = Boolean(read && Object.keys(read.details).length > 0);
    // ("Another parcel SF… - can it be kept at the station for me to collect?": a change the words ask for in the form of a
    // request, however long the message — blind batch 37b: 04.4.)
    const requested = changeGuessed && asksToChangeDelivery(turn.text, turn.reading);
    if (requested || (change && read?.kind && (close?.[0].intent === 'change_delivery' || detailed))) {
      turn.reading = { ...turn.reading, intent: 'change_delivery' };
      close = undefined;
    }
    if (close) {
      // Answer first all the same: a parcel the message names is reported before the question.
      // (It is the conversation's parcel then: "so I was overcharged" next is about it — blind batch 34b: 04.2.)
      const named = await parcelNamedIn(services, turn.reading.entities);
      if (named?.kind === 'found') {
        data.lastTracking = named.number;
        // ("charged 68 yuan for a 2kg box … what should it actually cost?": the price on its route, whichever is meant.)
        const priceAsked = close.some((o) => o.intent === 'faq.fee' || o.category === 'fee');
        const priced = priceAsked ? priceOnParcelRoute(turn, named.shipment) : undefined;
        // (A price told, as an answer to a price question would: not said again, and "and 5 kg?" follows it.)
        if (priced) data.lastQuote = readQuoteAsked(turn.text, services.places);
        const status = await trackingAnswer(services, context, turn.locale, named, spokenRegister(turn));
        await reply(turn, [...status, ...(priced ? [priced] : [])].join('\n'));
      }
      return askCloseCall(turn, close);
    }
    // "我沒有要客訴啊 只是查件而已" with no complaint open: none is opened; a parcel told already is not told again.
    if (turn.reading.intent === 'complaint' && saysNotComplaining(turn.text)) {
      const named = turn.reading.entities.trackingNumbers[0]?.number;
      // ("我没说要投诉啊 我就想知道肉松是不是不能寄进大陆": the question beside it is what they want answered — blind
      // batch 42a 09.5 heard only that nothing was filed.)
      const question = turn.reading.alternatives.find((alt) => alt.intent.startsWith('faq.') && alt.confidence >= 0.4);
      if (!named && question && asksQuestion(turn.text)) {
        await reply(turn, say(turn, 'intake.notComplaining'));
        turn.reading = {
          ...turn.reading,
          intent: question.intent,
          category: undefined,
          confidence: question.confidence,
        };
      } else if (!named || named === data.lastTracking) {
        noteOutcome(context, 'answered');
        // (With no parcel in the chat there was no tracking either: only that nothing is filed.)
        return reply(turn, say(turn, data.lastTracking ? 'notComplainingNoted' : 'notComplainingNoted.nothingFiled'));
      } else {
        context.turnState.set(NO_COMPLAINT_OFFER, true);
        turn.reading = { ...turn.reading, intent: 'track' };
      }
    }
    // "why did it come back?" after the offer to file on a parcel going back: answered with the reason, nothing filed.
    const offeredOn = context.turnState.get<string | undefined>(COMPLAINT_OFFERED);
    if (!inDialog && turn.reading.intent === 'complaint' && (await asksOnlyWhyReturned(turn, offeredOn)))
      turn.reading = { ...turn.reading, intent: 'track' };
    // "你是機器人喔？", "are you a bot?": who answers, and the way to a person (batch 11 14.4).
    if (whoAsked) return answerBotIdentity(turn);
    // "請幫我記錄下來" with no complaint filed: a complaint taken down, not a lookup of one (21.5).
    if (turn.reading.intent === 'ticket_status' && (await notesDownAsComplaint(turn)))
      turn.reading = { ...turn.reading, intent: 'complaint' };
    // "ok file it then, tracking JT…" after the claim rules on a harm told before: that harm filed (harm-filed.ts).
    const harm = inDialog || data.deliveryChange ? undefined : harmToFile(turn);
    if (harm) turn.reading = { ...turn.reading, intent: 'complaint', category: harm.category };
    // "速遞員要我俾貨到付款，我冇揀過": COD taken wrongly at the door is a fee complaint, however it reads (cod-charged.ts).
    if (!inDialog && !['complaint', 'human'].includes(turn.reading.intent) && tellsCodChargedAtDoor(turn.text))
      turn.reading = { ...turn.reading, intent: 'complaint', category: 'fee' };
    const { intent } = turn.reading;
    if (intent !== 'other') data.misunderstandings = 0;
    if (intent !== 'other' && intent !== 'human') data.unclear = undefined;
    if (!intent.startsWith('faq.')) data.lastFaq = undefined;

    // "好 算了 我叫她自己處理": let go and left to someone — acknowledged, no complaint opened (leaving-words.ts).
    if (!inDialog && !chosen && intent === 'complaint' && leavesItToThem(turn.text) && !wantsToComplain(turn.text)) {
      noteOutcome(context, 'answered');
      return reply(turn, say(turn, 'acknowledged'));
    }
    // "help", "快递", "唔好意思 我唔係好識用": what the bot can do, step by step — not a guess between two complaints.
    // (Only where nothing clear was read: a confident question or complaint is answered as such.)
    if (
      !inDialog &&
      !chosen &&
      (intent === 'other' || turn.reading.confidence < 0.6) &&
      !['greeting', 'thanks', 'human'].includes(intent) &&
      turn.reading.entities.trackingNumbers.length === 0 &&
      asksForGuidance(turn.text)
    )
      return guide(turn);
    switch (intent) {
      case 'track':
        return handleTrack(turn);
      case 'complaint':
        return startIntake(turn, await this.dialogs.createContext(context), {
          answerBeside: () => answerQuestionsBeside(turn),
        });
      case 'ticket_status':
        return handleTicketStatus(turn);
      case 'human':
        return handleHuman(
          turn,
          data.unclear ? 'customer asked for a person after misunderstandings' : 'customer asked for a person',
        );
      case 'faq.fee':
      case 'faq.outlet':
      case 'faq.prohibited':
      case 'faq.claim':
        return handleFaqReading(turn, intent);
      case 'change_delivery':
        return handleDeliveryChange(turn);
      case 'greeting': {
        // Greeted already ("你好 请问一下", "哈囉" after the welcome): how can I help, not the welcome word for word.
        const again = data.greeted;
        data.greeted = true;
        return reply(turn, say(turn, again ? 'greeting.again' : 'greeting'));
      }
      case 'thanks':
        // "Great, thanks for nothing": no "you're welcome" — sorry it has not helped, and a person offered.
        if (thanksNotMeant(turn.reading, turn.text)) {
          data.offeredHuman = true;
          return reply(turn, say(turn, 'thanksNotMeant'), [
            { title: say(turn, 'choice.human'), value: say(turn, 'choice.human') },
          ]);
        }
        return reply(turn, say(turn, 'thanks'));
      default: {
        // "好啦", "ok": an acknowledgement with no question open is acknowledged, not a misunderstanding.
        if (isAcknowledgement(turn.text)) return reply(turn, say(turn, 'acknowledged'));
        // "好吧 遲啲再問", "gotta go": leaving for now — a word on coming back, never a did-you-mean menu (batch 20 30.5).
        if (saysGoodbye(turn.text) || saysNothingMore(turn.text)) return reply(turn, say(turn, 'leavingForNow'));
        // ("its EA52601815CN": a number a digit short, sent as the parcel's — named as none, not guesses at what was
        // meant; blind batch 46a: 05.2.)
        const attempt = wordsIn(turn.text) <= 6 ? attemptedNumber(turn) : undefined;
        // (Letters with the digits: a postcode alone is no attempt at a tracking number.)
        if (attempt && /[A-Za-z]/.test(attempt)) {
          noteOutcome(context, 'unanswered');
          return reply(turn, say(turn, 'trackNotANumber', { attempt }));
        }
        data.misunderstandings += 1;
        return clarify(turn, data.misunderstandings);
      }
    }
  }
}

// ("我明天不在家", "I won't be home": nobody at home that day is a change in mind — the due day and what to do with it,
// after the proof (delivery-wishes-together) — where "I'm out at work" only asks when it comes.)
/** The message asks what time a parcel comes, and asks for no change to its delivery. */
function arrivalTimeOnly(turn: Turn): boolean {
  const parcel = turn.reading.entities.trackingNumbers[0]?.number ?? turn.data.lastTracking;
  return (
    parcel !== undefined &&
    parcelQuestionIn(turn.text) === 'timeOfDay' &&
    !saysNotHome(turn.text) &&
    !asksForDeliveryChange(turn.text, 'other') &&
    !wantsToComplain(turn.text)
  );
}

/** What time it comes asked, with nobody home then, calmly and of no grievance: no complaint. */
function timeAskedAway(turn: Turn): boolean {
  const { reading, text, data } = turn;
  const parcel = reading.entities.trackingNumbers[0]?.number ?? data.lastTracking;
  return (
    parcel !== undefined &&
    parcelQuestionIn(text) === 'timeOfDay' &&
    saysNotHome(text) &&
    reading.signals.anger === 0 &&
    !wantsToComplain(text) &&
    (reading.category === 'special_request' || reading.category === 'delay')
  );
}

/** A yes that only agrees again or says how the customer will bring the parcel, naming no parcel or phone. */
function closesAgreeing(turn: Turn): boolean {
  const { trackingNumbers, phones } = turn.reading.entities;
  // ("ok I'll take you to court", "好吧 我寄律师函给你们": a threat or anger is no close.)
  const { escalationThreat, anger } = turn.reading.signals;
  if (escalationThreat || anger >= 0.4) return false;
  return trackingNumbers.length + phones.length === 0 && !isAcknowledgement(turn.text) && agreesAndCloses(turn.text);
}

// A thank-you that closes ("謝謝", "thx"), not the Cantonese "please" (唔該) that goes with a yes.
const THANKS_NOT_PLEASE = /\b(thanks?|thx|ty|cheers)\b|谢|謝|感謝|感谢/i;

// A number put right: "打错，是…", "sorry typo, it's …" ("應該是" is too common a word: "應該是掉了").
const NUMBER_PUT_RIGHT = /打错|打錯|写错|寫錯|输错|輸錯|\btypo\b|\bmistyped\b|\bwrong number\b/i;

/** Words for a person: "call me on 139…" names a way to reach the customer, "let me talk to a person" asks for one. */
const PERSON_WORD =
  /人工|真人|客服|專員|专员|主管|經理|经理|agent|human|person|someone|representative|operator|supervisor|manager|staff/i;

/**
 * During an intake, a phone number or email without a word for a person is the customer's contact given
 * early ("oh you can call me on 139…"), which the step takes, not a request to be handed to an agent.
 */
/**
 * "I want my money", "give me my money" in the middle of a complaint: what they want from it, read by the intake —
 * not a request for a person, which names one.
 */
function demandNotPerson(reading: NluResult, text: string): boolean {
  return !PERSON_WORD.test(text) && (reading.entities.demand !== null || demandDetailsIn(text).length > 0);
}

function contactNotPersonRequest(reading: NluResult, text: string): boolean {
  const { phones, emails } = reading.entities;
  return (phones.length > 0 || emails.length > 0) && !PERSON_WORD.test(text);
}
