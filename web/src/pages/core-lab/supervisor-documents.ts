import { graphql } from '../../gql';

/**
 * The supervisor's (and the secretariat's) overdue reads [R29]: CoreLabCase fields only, none
 * of which leads to the operator, facility or patient [R25][R33]; no reads or assignments,
 * which the secretariat may not see.
 */
export const OverdueCoreLabCases = graphql(`
  query OverdueCoreLabCases($first: Int!, $after: String) {
    overdueCoreLabCases(first: $first, after: $after) {
      registrationNumber
      notifiedAt
      dueOn
      status
    }
  }
`);

/** The core lab's quality control, per reader (account IDs, never names) and per field [R26]. */
export const CoreLabAgreementStatistics = graphql(`
  query CoreLabAgreementStatistics {
    coreLabAgreement {
      readerId
      fields {
        field
        withOtherReader
        withFinal
        reads
      }
    }
  }
`);
