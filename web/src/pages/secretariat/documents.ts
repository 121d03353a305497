import { graphql } from '../../gql';

/**
 * A year's renewal [R10][R14]: null before it ran; its results a page at a time, by operator
 * ID, and the outcomes of all of them (the API's largest page, 500) for the summary by outcome.
 */
export const AnnualRenewal = graphql(`
  query SecretariatAnnualRenewal($year: Int!, $first: Int!, $after: ID) {
    annualRenewal(year: $year) {
      year
      runOn
      results(first: $first, after: $after) {
        ...RenewalResultFields
      }
      outcomes: results(first: 500) {
        outcome
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

/**
 * What running the year would decide today [R10][R14] (the secretariat only; the run itself,
 * rolled back): one computation answers the page and the summary. Refused as the run would be.
 */
export const AnnualRenewalPreview = graphql(`
  query SecretariatAnnualRenewalPreview($year: Int!, $first: Int!, $after: ID) {
    annualRenewalPreview(year: $year) {
      year
      asOf
      results(first: $first, after: $after) {
        ...RenewalResultFields
      }
      outcomes: results(first: 500) {
        outcome
      }
    }
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
