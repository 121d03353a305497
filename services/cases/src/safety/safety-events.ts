/**
 * [T9.6] Serious adverse events alert the data center and the secretariat at once: each
 * one is an event on this topic, live through `seriousAdverseEventReported` and listed by
 * `safetyAlerts`. Registry identifiers only, never a patient code or initials [R30].
 */
export const SAFETY_TOPIC = 'cases:safety';

export interface SeriousAdverseEventReported {
  adverseEventId: string;
  registrationNumber: string;
  reportedAt: string;
}
