import type { TicketView } from '../../bot';
import type { Claim } from '../../tickets/claim.records';
import { claimAmountText, localDateTime } from '../../tickets';
import { englishCount } from '../../english-count';

type Element = Record<string, unknown>;
type Make = (title: string, verb: string, style?: string) => Element;
type Form = (title: string, verb: string, inputs: Element[]) => Element;

const STATUS_COLOR: Record<Claim['status'], string> = {
  opened: 'Attention',
  approval_requested: 'Warning',
  approved: 'Good',
  rejected: 'Default',
  paid: 'Good',
};

const BASIS: Record<string, string> = { insured: 'insured value', declared: 'declared value', assessed: 'assessed' };

/**
 * The ticket's pre-compensation claim on the card: status, amount and where it comes from, why and when it was
 * opened, a supervisor request waiting, the decision and the payment, and the evidence it rests on (the ticket's
 * photos and uploads, linked at the card's foot).
 */
export function claimSection(view: TicketView, timeZone: string): Element[] {
  const claim = view.ticket.claim as Claim;
  const when = (iso: string) => localDateTime(iso, timeZone);
  const facts: { title: string; value: string }[] = [
    {
      title: 'Amount',
      value: claim.amount ? `${claimAmountText(claim.amount)} (${BASIS[claim.amount.basis]})` : 'to be assessed',
    },
    { title: 'Reason', value: claim.reason },
    { title: 'Opened', value: `${when(claim.openedAt)} by ${claim.openedBy}` },
  ];
  if (claim.detectedAt) {
    const minutes = Math.max(0, (Date.parse(claim.openedAt) - Date.parse(claim.detectedAt)) / 60_000);
    facts.push({
      title: 'Detected',
      value: `${when(claim.detectedAt)} (claim opened after ${minutes.toFixed(1)} min)`,
    });
  }
  if (claim.status === 'approval_requested' && claim.approvalRequest)
    facts.push({
      title: 'Approval requested',
      value: `${claim.approvalRequest.by} asks a supervisor to approve ${claimAmountText(claim.approvalRequest.amount)}${claim.approvalRequest.note ? `: ${claim.approvalRequest.note}` : ''}`,
    });
  if (claim.decision)
    facts.push({
      title: claim.decision.approved ? 'Approved' : 'Rejected',
      value: `${when(claim.decision.at)} by ${claim.decision.by}${claim.decision.amount ? ` — ${claimAmountText(claim.decision.amount)}` : ''}: ${claim.decision.reason}`,
    });
  if (claim.payment)
    facts.push({
      title: 'Paid',
      value: `${when(claim.payment.at)} by ${claim.payment.by}${claim.payment.reference ? ` (reference ${claim.payment.reference})` : ''}`,
    });
  facts.push({
    title: 'Evidence',
    value:
      view.evidence.length > 0
        ? `${englishCount(view.evidence.length, 'file', 'files')}, linked below`
        : 'none yet (ask for photos)',
  });
  return [
    {
      type: 'TextBlock',
      text: `预赔付 Pre-compensation claim · ${claim.status.replace('_', ' ')}`,
      weight: 'Bolder',
      color: STATUS_COLOR[claim.status],
      spacing: 'Medium',
      wrap: true,
    },
    { type: 'FactSet', facts },
  ];
}

/** The claim's buttons for its state: approve (an amount) or reject while it is open or waiting; paid once approved. */
export function claimActions(view: TicketView, form: Form, execute: Make): Element[] {
  const claim = view.ticket.claim;
  if (!claim) return [];
  const reject = form('拒绝赔付 Reject claim', 'claim_reject', [
    {
      type: 'Input.Text',
      id: 'reason',
      label: '原因（会告知客户） Reason (the customer is told)',
      isMultiline: true,
      isRequired: true,
      errorMessage: 'Say why',
    },
  ]);
  switch (claim.status) {
    case 'opened':
      return [
        form('批准赔付 Approve claim', 'claim_approve', [
          {
            type: 'Input.Number',
            id: 'amount',
            label: claim.amount
              ? `金额 Amount (${claim.amount.currency}; empty: ${claim.amount.value})`
              : '核定金额 Assessed amount',
            min: 0.01,
            ...(claim.amount ? {} : { isRequired: true, errorMessage: 'Give the amount' }),
          },
          { type: 'Input.Text', id: 'note', label: '备注 Note' },
        ]),
        reject,
      ];
    case 'approval_requested':
      return [execute('主管批准赔付 Approve claim (supervisor)', 'claim_approve', 'positive'), reject];
    case 'approved':
      return [
        form('已赔付 Mark paid', 'claim_paid', [
          { type: 'Input.Text', id: 'reference', label: '付款单号 Payment reference' },
        ]),
      ];
    default:
      return [];
  }
}
