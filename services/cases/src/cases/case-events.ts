/**
 * What the cases subgraph tells the others, on the durable bus topic `cases`. Payloads carry
 * registry identifiers only, never a patient code or initials [R30].
 */
export const CASES_TOPIC = 'cases';

export interface CaseRegistered {
  registrationNumber: string;
  operatorId: string;
  facilityId: string;
  domestic: boolean;
  registeredOn: string;
}

/** The operators subgraph counts these for renewal [R14]; the core lab is notified [R29]. */
export interface RegistrationCompleted {
  registrationNumber: string;
  operatorId: string;
  completedOn: string;
  domestic: boolean;
}
