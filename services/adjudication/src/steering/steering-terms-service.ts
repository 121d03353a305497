import type { Unit } from '@registry/unit-of-work';
import type { SteeringTerm, SteeringTermRepository } from './steering-term-repository.ts';

/** What SteeringTermsService works with, each named [#14.7]. */
export interface SteeringTermsServiceDeps {
  steeringTerms: SteeringTermRepository;
}

/** The steering committee's terms as the operators subgraph announces them [R36]: every current member sits on the committee [R44]. */
export class SteeringTermsService {
  constructor(private readonly deps: SteeringTermsServiceDeps) {}

  termsChanged({ tx }: Unit, term: SteeringTerm): Promise<void> {
    return this.deps.steeringTerms.record(tx, term);
  }
}
