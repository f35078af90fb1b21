import type { Store } from '../store/store.port';
import type { Claim, ClaimAmount } from './claim.records';
import type { Ticket } from './records';
import { DomainError, SupervisorOnlyError } from './errors';
import { assertMayWorkOn, changeTicket, type Agent, type Clock } from './ticket.service';

/** The ticket has no claim, or the claim is not in a state that allows the step. */
export class ClaimStateError extends DomainError {
  override readonly code = 'CLAIM_STATE';
}

/** An amount is needed (the claim is to be assessed) or the one given cannot be paid. */
export class ClaimAmountError extends DomainError {
  override readonly code = 'CLAIM_AMOUNT';
}

export interface ClaimPolicy {
  /** Approvals above this amount need a supervisor (CLAIM_SUPERVISOR_AMOUNT). */
  supervisorAmount: number;
  /** The currency of an assessed amount when the waybill named none. */
  currency: string;
}

/** `CNY 1200.00`, or "to be assessed". */
export function claimAmountText(amount: ClaimAmount | undefined): string {
  return amount ? `${amount.currency} ${amount.value.toFixed(2)}` : 'to be assessed';
}

/** What an approval did: approved, or turned into a request to the supervisors (amount above the limit). */
export interface ClaimApproval {
  ticket: Ticket;
  needsSupervisor: boolean;
}

const claimOf = (ticket: Ticket): Claim => {
  if (!ticket.claim) throw new ClaimStateError(`ticket ${ticket.number} has no claim`);
  return ticket.claim;
};

const withClaim = (ticket: Ticket, claim: Claim, event: Ticket['history'][number]): Ticket => ({
  ...ticket,
  claim,
  history: [...ticket.history, event],
});

/**
 * Agents' decisions on a ticket's pre-compensation claim: approve (an amount), reject (with a reason), mark paid.
 * Each step is checked against the claim's state and the agent's role and recorded in the ticket's history.
 *
 * @remarks Who may act: the ticket's assignee, anyone while nobody holds it, or a supervisor. An agent's approval of
 * more than `supervisorAmount` is not an approval: it becomes a request that only a supervisor can approve or reject.
 */
export class ClaimService {
  constructor(
    private readonly store: Pick<Store, 'tickets'>,
    private readonly clock: Clock,
    private readonly policy: ClaimPolicy,
  ) {}

  /** Approves the claim at `amount` (required when it is to be assessed; defaults to the claim's amount). */
  async approve(ticketId: string, agent: Agent, input: { amount?: number; note?: string }): Promise<ClaimApproval> {
    let needsSupervisor = false;
    const ticket = await changeTicket(this.store, this.clock, ticketId, (current, at) => {
      const claim = claimOf(current);
      if (claim.status === 'approval_requested' && !agent.supervisor)
        throw new SupervisorOnlyError(`approve this claim (${claimAmountText(claim.approvalRequest?.amount)})`);
      if (claim.status !== 'opened' && claim.status !== 'approval_requested')
        throw new ClaimStateError(`the claim on ${current.number} is ${claim.status}: it cannot be approved`);
      assertMayWorkOn(current, agent, 'decide the claim on');
      const amount = this.amountFor(claim, input.amount);
      needsSupervisor = !agent.supervisor && amount.value > this.policy.supervisorAmount;
      const note = input.note?.trim();
      if (needsSupervisor)
        return withClaim(
          current,
          {
            ...claim,
            status: 'approval_requested',
            approvalRequest: { by: agent.id, at, amount, ...(note ? { note } : {}) },
          },
          {
            at,
            by: agent.id,
            action: 'claim approval requested',
            from: claim.status,
            to: 'approval_requested',
            note: `${claimAmountText(amount)} is above ${this.policy.supervisorAmount}: a supervisor approves${note ? `; ${note}` : ''}`,
          },
        );
      const reason = note || claim.approvalRequest?.note || 'approved';
      return withClaim(
        current,
        { ...claim, status: 'approved', amount, decision: { approved: true, by: agent.id, at, reason, amount } },
        {
          at,
          by: agent.id,
          action: 'claim approved',
          from: claim.status,
          to: 'approved',
          note: `${claimAmountText(amount)}: ${reason}`,
        },
      );
    });
    return { ticket, needsSupervisor };
  }

  /** Rejects the claim; the reason is required and kept in the history. A pending request is a supervisor's call. */
  async reject(ticketId: string, agent: Agent, reason: string): Promise<Ticket> {
    const why = reason.trim();
    if (!why) throw new ClaimStateError('a rejection needs a reason');
    return changeTicket(this.store, this.clock, ticketId, (current, at) => {
      const claim = claimOf(current);
      if (claim.status === 'approval_requested' && !agent.supervisor)
        throw new SupervisorOnlyError('reject a claim waiting for a supervisor');
      if (claim.status !== 'opened' && claim.status !== 'approval_requested')
        throw new ClaimStateError(`the claim on ${current.number} is ${claim.status}: it cannot be rejected`);
      assertMayWorkOn(current, agent, 'decide the claim on');
      return withClaim(
        current,
        { ...claim, status: 'rejected', decision: { approved: false, by: agent.id, at, reason: why } },
        { at, by: agent.id, action: 'claim rejected', from: claim.status, to: 'rejected', note: why },
      );
    });
  }

  /** Records that the approved amount was paid (`reference`: the payment's own reference, when there is one). */
  async markPaid(ticketId: string, agent: Agent, reference?: string): Promise<Ticket> {
    return changeTicket(this.store, this.clock, ticketId, (current, at) => {
      const claim = claimOf(current);
      if (claim.status !== 'approved')
        throw new ClaimStateError(`the claim on ${current.number} is ${claim.status}: only an approved claim is paid`);
      assertMayWorkOn(current, agent, 'pay the claim on');
      const ref = reference?.trim();
      return withClaim(
        current,
        { ...claim, status: 'paid', payment: { by: agent.id, at, ...(ref ? { reference: ref } : {}) } },
        {
          at,
          by: agent.id,
          action: 'claim paid',
          from: 'approved',
          to: 'paid',
          note: `${claimAmountText(claim.amount)}${ref ? ` (reference ${ref})` : ''}`,
        },
      );
    });
  }

  /** The amount an approval is for: the one given (assessed), else the claim's own. */
  private amountFor(claim: Claim, given: number | undefined): ClaimAmount {
    if (given === undefined) {
      const amount = claim.approvalRequest?.amount ?? claim.amount;
      if (!amount) throw new ClaimAmountError('the claim is to be assessed: give the amount to approve');
      return amount;
    }
    if (!Number.isFinite(given) || given <= 0 || given > 1e9)
      throw new ClaimAmountError('the amount must be a positive number');
    const currency = claim.amount?.currency ?? this.policy.currency;
    const same = claim.amount && claim.amount.value === given;
    return {
      value: Math.round(given * 100) / 100,
      currency,
      basis: same ? (claim.amount as ClaimAmount).basis : 'assessed',
    };
  }
}
