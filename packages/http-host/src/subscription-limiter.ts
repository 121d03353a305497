import type { GraphQLError } from 'graphql';
import { tooManySubscriptions } from '@registry/errors';

export interface SubscriptionLimits {
  /** Operations open at once on one WebSocket. */
  perSocket: number;
  /** Operations open at once for one person, over all their sockets. */
  perPerson: number;
}

export interface SubscriptionLimiterStats {
  /** Subscriptions holding a slot now. */
  active: number;
  /** People holding at least one. */
  people: number;
}

/**
 * Slots for live subscriptions, per socket and per person, for a graphql-ws server:
 * `acquire` in `onSubscribe` (a refusal is sent as that operation's `error`, the socket
 * and its other subscriptions go on), `release` in `onComplete`, `releaseSocket` in
 * `onClose`. Every slot is given back whichever way an operation ends.
 */
export class SubscriptionLimiter {
  private readonly sockets = new Map<object, Map<string, string | undefined>>();
  private readonly people = new Map<string, number>();
  private active = 0;

  constructor(private readonly limits: SubscriptionLimits) {}

  acquire(socket: object, id: string, person: string | undefined): GraphQLError | undefined {
    let slots = this.sockets.get(socket);
    if (slots?.has(id)) return undefined;
    if ((slots?.size ?? 0) >= this.limits.perSocket) return tooManySubscriptions('socket', this.limits.perSocket);
    if (person !== undefined && (this.people.get(person) ?? 0) >= this.limits.perPerson) return tooManySubscriptions('person', this.limits.perPerson);
    if (!slots) this.sockets.set(socket, (slots = new Map()));
    slots.set(id, person);
    if (person !== undefined) this.people.set(person, (this.people.get(person) ?? 0) + 1);
    this.active++;
    return undefined;
  }

  release(socket: object, id: string): void {
    const slots = this.sockets.get(socket);
    if (!slots?.has(id)) return;
    const person = slots.get(id);
    slots.delete(id);
    if (slots.size === 0) this.sockets.delete(socket);
    this.active--;
    if (person === undefined) return;
    const left = (this.people.get(person) ?? 1) - 1;
    if (left === 0) this.people.delete(person);
    else this.people.set(person, left);
  }

  releaseSocket(socket: object): void {
    for (const id of [...(this.sockets.get(socket)?.keys() ?? [])]) this.release(socket, id);
  }

  stats(): SubscriptionLimiterStats {
    return { active: this.active, people: this.people.size };
  }
}
