import { graphql } from '../../gql';

/** A year's renewal [R10][R14]: null before it ran; its results a page at a time, by operator ID. */
export const AnnualRenewal = graphql(`
  query SecretariatAnnualRenewal($year: Int!, $first: Int!, $after: ID) {
    annualRenewal(year: $year) {
      year
      runOn
      results(first: $first, after: $after) {
        ...RenewalResultFields
      }
    }
  }
  fragment RenewalResultFields on RenewalResult {
    year
    operator {
      id
      name
    }
    completedRegistrations
    domestic
    overseas
    statusBefore
    outcome
    consecutiveYearsUnder50
  }
`);

export const RunAnnualRenewal = graphql(`
  mutation SecretariatRunAnnualRenewal($year: Int!) {
    runAnnualRenewal(year: $year) {
      year
      runOn
    }
  }
`);
