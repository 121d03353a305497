import { isLocalDate, localDateOf, yearOf } from '@registry/calendar';
import type { Unit } from '@registry/unit-of-work';
import type { CaseCountRepository } from './case-count-repository.ts';

/** What CaseCountService works with, each named [#14.7]. */
export interface CaseCountServiceDeps {
  caseCounts: CaseCountRepository;
}

/** A completed registration as the cases subgraph announces it. */
export interface CompletedRegistration {
  registrationNumber: string;
  operatorId: string;
  domestic: boolean;
  completedOn: string;
}

/**
 * [R14] the year a completion counts in is the year in Japan on the day it completed: a
 * case completed at 00:30 on 1 January counts in the new year. The event carries that
 * day; an instant (an event written before dates were local) is read in Japan.
 */
export function completionDay(completedOn: string): string {
  return isLocalDate(completedOn) ? completedOn : localDateOf(new Date(completedOn));
}

/** Each operator's yearly count of completed registrations, overseas included, for renewal [R13][R14]. */
export class CaseCountService {
  constructor(private readonly deps: CaseCountServiceDeps) {}

  /** Counts a completion once, in the year of its day in Japan [R14]. */
  async registrationCompleted({ tx }: Unit, r: CompletedRegistration): Promise<void> {
    const completedOn = completionDay(r.completedOn);
    await this.deps.caseCounts.count(tx, { registrationNumber: r.registrationNumber, operatorId: r.operatorId, year: yearOf(completedOn), domestic: r.domestic, completedOn });
  }
}
