/** Errors of the ticket domain; the bot or the HTTP layer decides what the customer or caller sees. */
export class DomainError extends Error {
  readonly code: string = 'DOMAIN_ERROR';
  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}

export class TicketNotFoundError extends DomainError {
  override readonly code = 'TICKET_NOT_FOUND';
  constructor(reference: string) {
    super(`ticket ${reference} not found`);
  }
}

/** The ticket exists but belongs to someone else: reported to the customer exactly like "not found". */
export class TicketNotYoursError extends DomainError {
  override readonly code = 'TICKET_NOT_YOURS';
  constructor(reference: string) {
    super(`ticket ${reference} belongs to another customer`);
  }
}

export class InvalidTransitionError extends DomainError {
  override readonly code = 'INVALID_TRANSITION';
  constructor(from: string, to: string) {
    super(`a ticket cannot go from ${from} to ${to}`);
  }
}

/** An agent may not do this (the HTTP layer answers 403 with the message, which names the rule). */
export class NotPermittedError extends DomainError {
  override readonly code: string = 'NOT_PERMITTED';
}

/** An agent acted on a ticket someone else holds (only the assignee or a supervisor may). */
export class NotAssigneeError extends NotPermittedError {
  override readonly code = 'NOT_ASSIGNEE';
  constructor(number: string, assignee: string | undefined, what = 'work on') {
    super(
      assignee
        ? `ticket ${number} is held by ${assignee}: only the assignee or a supervisor may ${what} it`
        : `ticket ${number} is not accepted yet; accept it first`,
    );
  }
}

/** Only a supervisor may do this (approve a complex resolution). */
export class SupervisorOnlyError extends NotPermittedError {
  override readonly code = 'SUPERVISOR_ONLY';
  constructor(what: string) {
    super(`only a supervisor may ${what}`);
  }
}

/** A transfer named someone who is not an agent. */
export class UnknownAgentError extends DomainError {
  override readonly code = 'UNKNOWN_AGENT';
  constructor(readonly agentId: string) {
    super(`there is no agent ${JSON.stringify(agentId)} to transfer to`);
  }
}
