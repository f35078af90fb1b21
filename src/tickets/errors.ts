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
