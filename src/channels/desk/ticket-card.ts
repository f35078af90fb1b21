import type { AgentAction, TicketView } from '../../bot';
import type { CustomerSide, Resolution, ResponsibleParty } from '../../tickets/records';
import { localDateTime, OPEN_STATUSES } from '../../tickets';
import { UNVERIFIED_SENDER_MARK } from '../../conversations/email-senders';
import { claimActions, claimSection } from './claim-card';

// Who the customer is to the parcel, as the agent reads it.
const CUSTOMER_IS: Record<CustomerSide, string> = {
  sender: 'the sender',
  recipient: 'the recipient',
  other: "neither — complaining for someone else's parcel",
};

/** An Adaptive Card as JSON. */
export type Card = Record<string, unknown>;

export const CARD_CONTENT_TYPE = 'application/vnd.microsoft.card.adaptive';

export const RESPONSIBLE_PARTIES: readonly ResponsibleParty[] = ['courier', 'station', 'transport', 'customer_service'];

const PRIORITY_COLOR: Record<string, string> = { high: 'Attention', medium: 'Warning', low: 'Default' };

const text = (value: string, extra: Record<string, unknown> = {}): Record<string, unknown> => ({
  type: 'TextBlock',
  text: value,
  wrap: true,
  ...extra,
});

const fact = (title: string, value: string | undefined): { title: string; value: string }[] =>
  value ? [{ title, value }] : [];

const when = localDateTime;

/** The customer's name and contacts; an unverified email sender's address carries the mark (and comes once). */
function customerFact(customer: TicketView['customer']): string {
  const sender = customer.unverifiedSender;
  return [
    customer.name,
    customer.phone,
    customer.email === sender ? undefined : customer.email,
    sender ? `${sender} (${UNVERIFIED_SENDER_MARK})` : undefined,
  ]
    .filter(Boolean)
    .join(' · ');
}

/** What the customer is (or will be) told on resolution, as agents see it. */
const toCustomer = (resolution: Pick<Resolution, 'customerMessage'>): string =>
  resolution.customerMessage ? `“${resolution.customerMessage}”` : 'the standard resolution message';

/** The longest text an agent may send a customer in one go (a message, or the resolution message). */
export const MAX_AGENT_MESSAGE_CHARS = 2000;

/**
 * The ticket as an agent sees it (buttons and form labels in Chinese and English, for the courier's agents), as one Adaptive Card (1.5): posted to the Teams thread and rendered on the
 * agent page with the same JSON. Buttons are `Action.Execute` verbs the desks turn into agent actions.
 */
export function ticketCard(view: TicketView, timeZone: string): Card {
  const { ticket } = view;
  const body: Record<string, unknown>[] = [
    {
      type: 'ColumnSet',
      columns: [
        {
          type: 'Column',
          width: 'stretch',
          items: [text(`Complaint ${ticket.number}`, { size: 'Large', weight: 'Bolder' })],
        },
        {
          type: 'Column',
          width: 'auto',
          items: [
            text(
              `${ticket.priority.toUpperCase()} · ${ticket.status}${ticket.level > 0 ? ` · level ${ticket.level}` : ''}`,
              {
                color: PRIORITY_COLOR[ticket.priority],
                weight: 'Bolder',
              },
            ),
          ],
        },
      ],
    },
  ];
  if (ticket.status === 'withdrawn' && ticket.closedAt)
    body.push(
      text(
        `Withdrawn by the customer at ${when(ticket.closedAt, timeZone)}, before any agent replied: they no longer want a person. Closed — nothing to do, do not contact them about it.`,
        { color: 'Good', weight: 'Bolder' },
      ),
    );
  if (view.breached.length > 0)
    body.push(
      text(
        `⚠ Deadline missed: ${view.breached.map((d) => (d === 'firstResponse' ? 'first response' : 'resolution')).join(', ')}`,
        {
          color: 'Attention',
          weight: 'Bolder',
        },
      ),
    );
  if (view.related.customers > 0)
    body.push(
      text(
        `Also reported by ${view.related.customers} other customer${view.related.customers === 1 ? '' : 's'} (${view.related.tickets.map((t) => `${t.number} ${t.status}`).join(', ')}) — their own tickets; do not mention them to this customer`,
        { color: 'Accent', weight: 'Bolder' },
      ),
    );
  if (ticket.pendingResolution)
    body.push(
      text(
        `Awaiting supervisor approval: ${ticket.pendingResolution.by} proposes "${ticket.pendingResolution.note}" (responsible: ${ticket.pendingResolution.responsibleParty.join(', ')}); the customer will be told: ${toCustomer(ticket.pendingResolution)}`,
        { color: 'Warning' },
      ),
    );
  if (ticket.claim) body.push(...claimSection(view, timeZone));
  body.push({
    type: 'FactSet',
    facts: [
      { title: 'Category', value: ticket.category },
      { title: 'Channel', value: view.customerChannel },
      ...fact('Customer', customerFact(view.customer)),
      ...fact('Customer is', ticket.customerIs && CUSTOMER_IS[ticket.customerIs]),
      ...fact('Demand', ticket.demand ? [ticket.demand, ...(ticket.moreDemands ?? [])].join(', ') : undefined),
      {
        title: 'First response by',
        value: `${when(ticket.deadlines.firstResponse, timeZone)}${ticket.firstResponseAt ? ' (met)' : ''}`,
      },
      { title: 'Resolve by', value: when(ticket.deadlines.resolution, timeZone) },
      ...fact('Assignee', ticket.assignee),
      ...fact(
        'Internal note',
        ticket.resolution ? `${ticket.resolution.note} (${(ticket.responsibleParty ?? []).join(', ')})` : undefined,
      ),
      ...fact('Told the customer', ticket.resolution ? toCustomer(ticket.resolution) : undefined),
    ],
  });
  body.push(text(`“${ticket.description}”`, { isSubtle: true }));
  body.push(
    text(
      `NLU: ${view.reading.category}${view.reading.demand ? `, wants ${view.reading.demand}` : ''}${view.reading.signals.length ? ` — ${view.reading.signals.join(', ')}` : ''}`,
      { size: 'Small' },
    ),
  );
  if (view.shipment) {
    const s = view.shipment;
    body.push(
      text(
        `Parcel ${s.trackingNumber} (${s.carrier}, ${s.route}): ${s.status}${s.anomalies.length ? ` — ${s.anomalies.join(', ')}` : ''}`,
        {
          weight: 'Bolder',
          spacing: 'Medium',
        },
      ),
      ...s.lastScans.map((scan) =>
        text(`${when(scan.at, timeZone)} ${scan.place}: ${scan.description ?? scan.status}`, {
          size: 'Small',
          spacing: 'None',
        }),
      ),
    );
  } else if (ticket.trackingNumbers.length > 0) {
    body.push(text(`Parcel ${ticket.trackingNumbers.join(', ')} (no tracking data)`));
  }
  if (view.recent.length > 0) {
    body.push(text('Recent messages', { weight: 'Bolder', spacing: 'Medium' }));
    for (const m of view.recent) body.push(text(`**${m.who}**: ${m.text}`, { size: 'Small', spacing: 'None' }));
  }
  if (view.evidence.length > 0)
    body.push(
      text(`Evidence: ${view.evidence.map((e) => `[${e.name}](${e.url})`).join(' · ')}`, { spacing: 'Medium' }),
    );

  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    body,
    // A claim is still decided and paid after its ticket is resolved.
    actions: OPEN_STATUSES.includes(ticket.status) ? actionsFor(view) : actionsFor(view, { claimOnly: true }),
  };
}

function actionsFor(view: TicketView, options: { claimOnly?: boolean } = {}): Record<string, unknown>[] {
  const ticket = view.ticket.number;
  const execute = (title: string, verb: string, style?: string): Record<string, unknown> => ({
    type: 'Action.Execute',
    title,
    verb,
    data: { ticket },
    ...(style ? { style } : {}),
  });
  const form = (title: string, verb: string, inputs: Record<string, unknown>[]): Record<string, unknown> => ({
    type: 'Action.ShowCard',
    title,
    card: { type: 'AdaptiveCard', body: inputs, actions: [execute(title, verb, 'positive')] },
  });
  if (options.claimOnly) return claimActions(view, form, execute);
  const actions: Record<string, unknown>[] = [];
  if (view.ticket.status !== 'in_progress') actions.push(execute('接单 Accept', 'accept', 'positive'));
  if (view.ticket.pendingResolution) actions.push(execute('批准结案 Approve resolution', 'approve', 'positive'));
  actions.push(...claimActions(view, form, execute));
  actions.push(
    // Not a chat reply: a progress update the customer gets on their channel (outside quiet hours), in the history.
    form('告知客户进展 Update the customer', 'update', [
      {
        type: 'Input.Text',
        id: 'customerMessage',
        label: '进展（客户会收到） Progress for the customer (they will receive it)',
        isMultiline: true,
        isRequired: true,
        maxLength: MAX_AGENT_MESSAGE_CHARS,
        errorMessage: 'Say where the case stands',
      },
    ]),
    form('结案 Resolve', 'resolve', [
      {
        type: 'Input.Text',
        id: 'customerMessage',
        label: '给客户的话（留空：发送标准结案通知） Message to the customer (empty: the standard resolution message)',
        isMultiline: true,
        maxLength: MAX_AGENT_MESSAGE_CHARS,
      },
      {
        type: 'Input.Text',
        id: 'note',
        label: '内部备注（仅客服可见） Internal note (agents only)',
        isMultiline: true,
        isRequired: true,
        errorMessage: 'Say how it was resolved',
      },
      {
        type: 'Input.ChoiceSet',
        id: 'responsibleParty',
        label: '责任方 Responsible party',
        isMultiSelect: true,
        isRequired: true,
        errorMessage: 'Choose at least one',
        choices: RESPONSIBLE_PARTIES.map((p) => ({ title: p.replace('_', ' '), value: p })),
      },
    ]),
    form('转交 Transfer', 'transfer', [
      { type: 'Input.Text', id: 'to', label: '转给客服（留空：退回队列） To agent (empty: back to the queue)' },
      { type: 'Input.Text', id: 'note', label: '备注 Note' },
    ]),
    form('升级 Escalate', 'escalate', [
      { type: 'Input.Text', id: 'note', label: '原因 Why', isRequired: true, errorMessage: 'Say why' },
    ]),
  );
  return actions;
}

/** Reads an `Action.Execute` (verb + merged data) into an agent action; a clear error when it is malformed. */
export function actionFromCard(verb: string, data: Record<string, unknown>): { ticket: string; action: AgentAction } {
  const ticket = typeof data.ticket === 'string' ? data.ticket : '';
  if (!ticket) throw new CardActionError('the action names no ticket');
  // Cards submit text; anything else (a number, a list) must not quietly read as "not given" — an empty `to`
  // sends the ticket back to the queue.
  const wrong = ['to', 'note', 'customerMessage', 'responsibleParty', 'reason', 'reference'].find(
    (key) => data[key] !== undefined && data[key] !== null && typeof data[key] !== 'string',
  );
  if (wrong) throw new CardActionError(`${wrong} must be text`);
  const str = (key: string): string => (typeof data[key] === 'string' ? (data[key] as string).trim() : '');
  switch (verb) {
    case 'accept':
    case 'approve':
      return { ticket, action: { verb } };
    case 'resolve': {
      const parties = str('responsibleParty')
        .split(',')
        .map((p) => p.trim())
        .filter(Boolean);
      const unknown = parties.filter((p) => !RESPONSIBLE_PARTIES.includes(p as ResponsibleParty));
      if (!str('note')) throw new CardActionError('a resolution needs an internal note');
      if (parties.length === 0 || unknown.length > 0)
        throw new CardActionError(`responsible party must be among ${RESPONSIBLE_PARTIES.join(', ')}`);
      const customerMessage = str('customerMessage');
      if (customerMessage.length > MAX_AGENT_MESSAGE_CHARS)
        throw new CardActionError(`the message to the customer may have at most ${MAX_AGENT_MESSAGE_CHARS} characters`);
      return {
        ticket,
        action: {
          verb,
          note: str('note'),
          ...(customerMessage ? { customerMessage } : {}),
          responsibleParty: parties as ResponsibleParty[],
        },
      };
    }
    case 'update': {
      const customerMessage = str('customerMessage');
      if (!customerMessage) throw new CardActionError('an update needs a message for the customer');
      if (customerMessage.length > MAX_AGENT_MESSAGE_CHARS)
        throw new CardActionError(`the message to the customer may have at most ${MAX_AGENT_MESSAGE_CHARS} characters`);
      return { ticket, action: { verb, customerMessage } };
    }
    case 'transfer':
      return {
        ticket,
        action: { verb, ...(str('to') ? { to: str('to') } : {}), ...(str('note') ? { note: str('note') } : {}) },
      };
    case 'escalate':
      return { ticket, action: { verb, ...(str('note') ? { note: str('note') } : {}) } };
    case 'claim_approve': {
      const amount = amountOf(data.amount);
      return {
        ticket,
        action: { verb, ...(amount !== undefined ? { amount } : {}), ...(str('note') ? { note: str('note') } : {}) },
      };
    }
    case 'claim_reject':
      if (!str('reason')) throw new CardActionError('a rejection needs a reason');
      if (str('reason').length > MAX_AGENT_MESSAGE_CHARS)
        throw new CardActionError(`the reason may have at most ${MAX_AGENT_MESSAGE_CHARS} characters`);
      return { ticket, action: { verb, reason: str('reason') } };
    case 'claim_paid':
      return { ticket, action: { verb, ...(str('reference') ? { reference: str('reference').slice(0, 200) } : {}) } };
    default:
      throw new CardActionError(`unknown action "${verb}"`);
  }
}

/** A claim amount as a card submits it (Teams sends text, the page's renderer a number); undefined when empty. */
function amountOf(value: unknown): number | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  const amount = typeof value === 'number' ? value : typeof value === 'string' ? Number(value.trim()) : NaN;
  if (!Number.isFinite(amount) || amount <= 0 || amount > 1e9)
    throw new CardActionError('amount must be a positive number such as 1200 or 99.5');
  return amount;
}

export class CardActionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CardActionError';
  }
}
