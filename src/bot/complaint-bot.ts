import { refusedAttachments } from './evidence-guard.middleware';
import { ActivityHandler, ConversationState, type StatePropertyAccessor, type TurnContext } from 'botbuilder';
import { DialogSet, DialogTurnStatus, type DialogState } from 'botbuilder-dialogs';
import { ComplaintIntakeDialog, INTAKE_DIALOG, type IntakeState } from './intake.dialog';
import {
  handleFaq,
  handleHuman,
  handleTicketStatus,
  handleTrack,
  handleVerification,
  handleWaitingForAgent,
  reply,
  say,
  type ConversationData,
  type Turn,
} from './handlers';
import { readSurveyAnswer } from '../tickets';
import { capabilitiesOf } from './channels';
import type { BotServices } from './services';
import { localeFromClient, readTurn, spokenLocale } from './turn-reading';

const MISUNDERSTANDINGS_BEFORE_A_PERSON = 2;

/**
 * One bot for every channel: reads each message with the NLU and answers tracking and FAQ questions, runs
 * the complaint intake, reports ticket status and hands conversations to agents. Channels only convert
 * their transport to activities; everything the customer experiences is decided here.
 */
export class ComplaintBot extends ActivityHandler {
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
      await next();
    });
    // Web chat announces the customer joining: greet them in the language their browser asked for.
    this.onMembersAdded(async (context, next) => {
      const joined = (context.activity.membersAdded ?? []).some((m) => m.id !== context.activity.recipient?.id);
      if (joined) await context.sendActivity(services.replies.t(localeFromClient(context.activity.locale), 'greeting'));
      await next();
    });
  }

  /** Runs the turn and saves conversation state even when a handler failed half-way. */
  override async run(context: TurnContext): Promise<void> {
    try {
      await super.run(context);
    } finally {
      await this.conversationState.saveChanges(context, false);
    }
  }

  private async handleMessage(context: TurnContext): Promise<void> {
    const { services } = this;
    const { customer, conversation } = await services.directory.resolve(context);
    const data = await this.conversationData.get(context, { misunderstandings: 0, verified: [] });
    const text = context.activity.text ?? '';
    const { result: reading, complaintCategory } = readTurn(context, services.nlu, services.clock);
    // The conversation keeps its language through short replies ("1234", "skip") that tell us nothing.
    const spoken = spokenLocale(reading, text);
    if (spoken) data.locale = spoken;
    const locale = data.locale ?? localeFromClient(context.activity.locale);
    // Agents' replies and notices reach the customer outside any turn, in the language they write in (a new
    // conversation was created in it: see `firstLocale`).
    let current = conversation;
    if (conversation.locale !== locale) {
      current = await services.store.conversations.update(
        { ...conversation, locale },
        services.clock.now().toISOString(),
      );
      services.directory.remember(context, { customer, conversation: current });
    }
    const turn: Turn = {
      context,
      services,
      data,
      customer,
      conversation: current,
      reading,
      locale,
      ...(complaintCategory ? { complaintCategory } : {}),
    };

    // A dialog context is costly to build (it sets up dialog memory scopes); most turns run no dialog.
    const dialogState = await this.dialogState.get(context, { dialogStack: [] });
    const inDialog = dialogState.dialogStack.length > 0;
    for (const name of refusedAttachments(context)) await reply(turn, say(turn, 'intake.linkRefused', { name }));
    if (refusedAttachments(context).length > 0 && !text.trim() && !context.activity.attachments?.length) return;
    // Photos sent after a complaint was filed become evidence on its ticket (the intake takes its own).
    const photos = services.evidenceOf(context.activity);
    if (photos.length > 0 && conversation.ticketId && !inDialog) {
      await services.tickets.addEvidence(conversation.ticketId, photos, 'customer');
      await reply(turn, say(turn, 'intake.photosReceived', { count: photos.length }));
      if (!text.trim()) return;
    }

    if (await this.answeredSurvey(turn, text)) return;
    if (turn.conversation.mode === 'handoff') return handleWaitingForAgent(turn);

    if (inDialog) {
      const dialogContext = await this.dialogs.createContext(context);
      if (reading.intent === 'human') {
        await dialogContext.cancelAllDialogs();
        return handleHuman(turn, 'customer asked for a person during complaint intake');
      }
      const result = await dialogContext.continueDialog();
      if (result.status !== DialogTurnStatus.empty) return;
    }

    if (data.verifyTracking && /^\s*\d{4}\s*$/.test(text)) return handleVerification(turn, text.trim());
    data.verifyTracking = undefined;

    const understood = reading.intent !== 'other';
    data.misunderstandings = understood ? 0 : data.misunderstandings + 1;

    switch (reading.intent) {
      case 'track':
        return handleTrack(turn);
      case 'complaint':
        return this.startIntake(turn, await this.dialogs.createContext(context));
      case 'ticket_status':
        return handleTicketStatus(turn);
      case 'human':
        return handleHuman(turn, 'customer asked for a person');
      case 'faq.fee':
      case 'faq.outlet':
      case 'faq.prohibited':
      case 'faq.claim':
        return handleFaq(turn, reading.intent);
      case 'change_delivery':
        return reply(turn, say(turn, 'changeDelivery'), [
          { title: say(turn, 'choice.human'), value: say(turn, 'choice.human') },
        ]);
      case 'greeting':
        return reply(turn, say(turn, 'greeting'));
      case 'thanks':
        return reply(turn, say(turn, 'thanks'));
      default:
        if (data.misunderstandings >= MISUNDERSTANDINGS_BEFORE_A_PERSON) {
          data.misunderstandings = 0;
          return handleHuman(turn, 'two misunderstandings in a row', 'human.misunderstood');
        }
        return reply(turn, say(turn, 'other'));
    }
  }

  /** The customer answered the satisfaction question about this conversation's resolved ticket. */
  private async answeredSurvey(turn: Turn, text: string): Promise<boolean> {
    const { services, conversation } = turn;
    const answer = conversation.ticketId ? readSurveyAnswer(text) : undefined;
    if (!answer) return false;
    const ticket = await services.store.tickets.get(conversation.ticketId as string);
    const asked = ticket?.status === 'resolved' && ticket.satisfaction?.surveyedAt && !ticket.satisfaction.answeredAt;
    // Only the ticket's own customer rates it.
    if (!ticket || !asked || ticket.customerId !== turn.customer.id) return false;
    const updated = await services.handoff.answerSurvey(ticket, answer, conversation);
    if (!updated) return false;
    if (updated.status === 'closed') {
      await reply(turn, say(turn, 'survey.thanks', { number: updated.number }));
    } else {
      const within = services.replies.within(turn.locale, services.clock.now(), updated.deadlines.firstResponse);
      await reply(turn, say(turn, 'survey.reopened', { number: updated.number, within }));
    }
    return true;
  }

  private async startIntake(turn: Turn, dialogContext: Awaited<ReturnType<DialogSet['createContext']>>): Promise<void> {
    const { reading, data, context, customer } = turn;
    const numbers = reading.entities.trackingNumbers.map((t) => t.number);
    if (numbers.length === 0 && data.lastTracking) numbers.push(data.lastTracking);
    // "File a complaint" after a tracking answer takes the category that answer suggested.
    const suggested =
      reading.category === 'other' && data.suggestedCategory && numbers.includes(data.lastTracking ?? '');
    const category = suggested ? data.suggestedCategory : reading.category;
    const text = context.activity.text ?? '';
    const meaningful = text.replace(/[\s\p{P}\p{S}]/gu, '').replace(/[A-Z]{0,4}\d{6,}[A-Z]{0,2}/gi, '');
    const state: IntakeState = {
      locale: turn.locale,
      ...(category ? { category } : {}),
      trackingNumbers: numbers,
      trackingSkipped: false,
      // A "File a complaint SF…" button press is not the customer's account of what happened.
      description: suggested ? '' : text,
      categoryGuessed: Boolean(suggested),
      // "我要投诉" / "file a complaint" say nothing about what happened.
      describedEnough: !suggested && category !== 'other' && meaningful.length >= 6,
      ...(reading.entities.demand ? { demand: reading.entities.demand } : {}),
      needsContact: !capabilitiesOf(context.activity.channelId).hasContact && !customer.phone && !customer.email,
      wantsPhotos:
        (category === 'damaged' || category === 'packaging') && this.services.evidenceOf(context.activity).length === 0,
      photosAsked: false,
      evidence: this.services.evidenceOf(context.activity),
      facts: {
        severe: reading.signals.severe,
        minor: reading.signals.minor,
        daysLate: reading.signals.daysLate,
        escalationThreat: reading.signals.escalationThreat,
        dataLeak: reading.category === 'info_error' && /泄|leak|诈骗|骗|spam|privacy|个资|卖了/i.test(text),
      },
    };
    data.suggestedCategory = undefined;
    await dialogContext.beginDialog(INTAKE_DIALOG, state);
  }
}
