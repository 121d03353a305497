/** A case of the cases subgraph as this subgraph knows it: its key, from which the fields it adds resolve. */
export interface CaseReference {
  registrationNumber: string;
}
