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

/** An agent acted on a ticket someone else holds (only the assignee or a supervisor may). */
export class NotAssigneeError extends DomainError {
  override readonly code = 'NOT_ASSIGNEE';
  constructor(number: string, assignee: string | undefined) {
    super(`ticket ${number} is ${assignee ? `held by ${assignee}` : 'not accepted yet'}; accept it first`);
  }
}

/** Only a supervisor may do this (approve a complex resolution). */
export class SupervisorOnlyError extends DomainError {
  override readonly code = 'SUPERVISOR_ONLY';
  constructor(what: string) {
    super(`only a supervisor may ${what}`);
  }
}
