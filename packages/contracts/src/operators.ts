import { z } from 'zod';
import { topic } from './contract.ts';
import { id, localDate } from './fields.ts';

/** What the operators subgraph tells the others: facilities, the roster, steering terms. */
export const operatorsTopic = topic('operators', {
  /** A facility joined the registry; others refuse facilities they have not heard of [R17]. */
  'FacilityRegistered.v1': z.strictObject({ facilityId: id }),
  /**
   * Where an operator stands, each time that changes; the latest per operator wins. The
   * cases subgraph registers cases only for an operator of the facility who may [R11][R18].
   */
  'OperatorRosterChanged.v1': z.strictObject({
    operatorId: id,
    facilityId: id,
    status: z.enum(['APPLICANT', 'ASSOCIATE', 'CERTIFIED', 'OB', 'REVOKED', 'REJECTED', 'ENDED']),
    /** Certified operators and associates register [R11]; an OB may go on registering [R10]. */
    registrationAllowed: z.boolean(),
  }),
  /**
   * A term of the steering committee [R36]: `to` is its last day; a later event for the same
   * `accountId` + `from` replaces it. Every current member sits on the committee [R44].
   */
  'SteeringTermsChanged.v1': z.strictObject({ accountId: id, from: localDate, to: localDate.nullable() }),
});
