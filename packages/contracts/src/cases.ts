import { z } from 'zod';
import { topic, topicFamily } from './contract.ts';
import { id, instant, localDate, officialResult } from './fields.ts';

/**
 * What the cases subgraph tells the others (docs/architecture.md, "Topics and their
 * contracts"). Registry identifiers only, never a patient code or initials [R30].
 */
export const casesTopic = topic('cases', {
  /** A case entered the registry: a thread opens for it [R6], its operator is known for recusal [R49]. */
  'CaseRegistered.v1': z.strictObject({ registrationNumber: id, operatorId: id, facilityId: id, domestic: z.boolean(), registeredOn: localDate }),
  /**
   * Counted for renewal [R14]; the core lab is notified [R29]. `completedOn` is the day in
   * Japan; events written before dates were local carry an instant, read in Japan.
   */
  'RegistrationCompleted.v1': z.strictObject({ registrationNumber: id, operatorId: id, completedOn: z.union([localDate, instant]), domestic: z.boolean() }),
  /**
   * A result became official or a ruling changed it [R27][R28b]; a later event for the same
   * case replaces the earlier one. `year` is the year it counts in: the procedure's.
   */
  'OfficialResultRecorded.v1': z.strictObject({ registrationNumber: id, operatorId: id, year: z.int().min(1900).max(9999), ...officialResult }),
});

/** [T9.6] Serious adverse events, to the data center and the secretariat at once. */
export const safetyTopic = topic('cases:safety', {
  'SeriousAdverseEventReported.v1': z.strictObject({ adverseEventId: id, registrationNumber: id, reportedAt: instant }),
});

/** The operator's own live feed of results becoming official [R28a]. */
export const operatorResultsTopics = topicFamily('operator:', ':official-results', 'operatorId', {
  /** `rulingId` is set when a committee ruling changed the result [R28b]. */
  'OfficialResultRecorded.v1': z.strictObject({ registrationNumber: id, recordedAt: instant, rulingId: id.nullable(), ...officialResult }),
});
