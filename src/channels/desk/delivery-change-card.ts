import { describeRequest, type Replies } from '../../bot';
import { localDateTime } from '../../tickets';
import { SUPERVISOR_RULE_TEXT, type DeliveryChangeRequest } from '../../tracking';

type Element = Record<string, unknown>;

/** The verbs of a change-delivery card's buttons. */
export const CHANGE_VERBS = {
  confirm: 'change_confirm',
  decline: 'change_decline',
  escalate: 'change_escalate',
} as const;

const STATUS_COLOR: Record<DeliveryChangeRequest['status'], string> = {
  requested: 'Attention',
  confirmed: 'Good',
  declined: 'Default',
  withdrawn: 'Default',
};

/**
 * A change-delivery request as an Adaptive Card for the agents (Teams): the parcel, what the customer asks for in
 * both languages and in their own words, where and when they asked, the decision once there is one; while it waits,
 * **Confirm** (an optional note for the customer) and **Decline** (a note is required: the customer is told why).
 * A request only a supervisor may confirm says so, and offers **Escalate** until someone has escalated it.
 * @remarks Nothing of the customer's identity is on it: the request's parcel, words and channel only.
 */
export function deliveryChangeCard(request: DeliveryChangeRequest, replies: Replies, timeZone: string): Element {
  const facts = [
    {
      title: 'Asks',
      value: `${describeRequest(replies, 'zh-CN', request)} · ${describeRequest(replies, 'en', request)}`,
    },
    { title: 'Words', value: request.words },
    { title: 'Asked', value: `${localDateTime(request.createdAt, timeZone)} (${request.channel}, ${request.locale})` },
  ];
  if (request.anomalyKind) facts.push({ title: 'Answers notice', value: request.anomalyKind });
  if (request.supervisor)
    facts.push({
      title: 'Approval',
      value: `需主管批准 Needs supervisor approval: ${SUPERVISOR_RULE_TEXT[request.supervisor]}`,
    });
  if (request.escalation)
    facts.push({
      title: 'Escalated',
      value: `${localDateTime(request.escalation.at, timeZone)} by ${request.escalation.by}${request.escalation.note ? `: ${request.escalation.note}` : ''}`,
    });
  if (request.decision)
    facts.push({
      title: request.status === 'confirmed' ? 'Confirmed' : 'Declined',
      value: `${localDateTime(request.decision.at, timeZone)} by ${request.decision.by}${request.decision.note ? `: ${request.decision.note}` : ''}`,
    });
  const data = { request: request.id };
  const form = (title: string, verb: string, note: Element): Element => ({
    type: 'Action.ShowCard',
    title,
    card: {
      type: 'AdaptiveCard',
      body: [note],
      actions: [{ type: 'Action.Execute', title, verb, data, style: 'positive' }],
    },
  });
  const noteInput = (required: boolean, label?: string): Element => ({
    type: 'Input.Text',
    id: 'note',
    label: label ?? (required ? '原因（会告知客户） Why (the customer is told)' : '给客户的话 Note for the customer'),
    isMultiline: true,
    maxLength: 500,
    ...(required ? { isRequired: true, errorMessage: 'Say why' } : {}),
  });
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    body: [
      {
        type: 'TextBlock',
        text: `改派请求 Delivery change · ${request.trackingNumber} · ${request.status}${request.status === 'requested' && request.supervisor ? ' · 需主管批准 needs supervisor approval' : ''}`,
        weight: 'Bolder',
        size: 'Medium',
        color: STATUS_COLOR[request.status],
        wrap: true,
      },
      { type: 'FactSet', facts },
    ],
    actions:
      request.status === 'requested'
        ? [
            form(
              request.supervisor ? '主管确认 Confirm (supervisor)' : '确认 Confirm',
              CHANGE_VERBS.confirm,
              noteInput(false),
            ),
            form('拒绝 Decline', CHANGE_VERBS.decline, noteInput(true)),
            ...(request.supervisor && !request.escalation
              ? [
                  form(
                    '转主管 Escalate',
                    CHANGE_VERBS.escalate,
                    noteInput(false, '给主管的话 Note for the supervisors'),
                  ),
                ]
              : []),
          ]
        : [],
  };
}
