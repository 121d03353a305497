import { graphql } from '../../gql';

/** The site's open and answered data queries [T14.1], oldest first, a page at a time (cursor: the query's id). */
export const SiteDataQueries = graphql(`
  query SiteDataQueries($facilityId: ID!, $first: Int!, $after: ID) {
    openDataQueries(facilityId: $facilityId, first: $first, after: $after) {
      id
      field
      question
      status
      answer
      raisedAt
      answeredAt
      case {
        registrationNumber
        operator {
          id
        }
      }
    }
  }
`);

export const AnswerDataQuery = graphql(`
  mutation SiteAnswerDataQuery($id: ID!, $answer: String!) {
    answerDataQuery(id: $id, answer: $answer) {
      id
      status
      answer
      answeredAt
    }
  }
`);

/** The facility's follow-ups due or overdue today [R19], by due date then registration number. */
export const SiteFollowUpsDue = graphql(`
  query SiteFollowUpsDue($first: Int!, $after: String) {
    followUpsDue(first: $first, after: $after) {
      year
      dueOn
      windowOpensOn
      windowClosesOn
      state
      case {
        registrationNumber
        procedureDate
        operator {
          id
          name
        }
      }
    }
  }
`);

export const RecordFollowUp = graphql(`
  mutation SiteRecordFollowUp($input: RecordFollowUpInput!) {
    recordFollowUp(input: $input) {
      registrationNumber
    }
  }
`);

/** A case's consent, follow-up schedule and adverse events: for its facility, its operator and the data center. */
export const SiteCaseRecords = graphql(`
  query SiteCaseRecords($registrationNumber: RegistrationNumber!) {
    case(registrationNumber: $registrationNumber) {
      registrationNumber
      procedureDate
      domestic
      operator {
        id
      }
      consent {
        obtainedOn
        followUpConsented
        withdrawnOn
        withdrawalReason
      }
      followUps {
        year
        dueOn
        windowOpensOn
        windowClosesOn
        state
        record {
          contactedOn
          vitalStatus
        }
      }
      lostToFollowUp {
        on
        reason
      }
      protocolDeviations {
        id
        occurredOn
        description
        reason
        recordedAt
      }
      adverseEvents {
        id
        name
        onsetOn
        outcomeOn
        outcome
        otherTreatment
        serious
        seriousnessCriteria
        severity
        causality
        recordedAt
      }
    }
  }
`);

export const ReportAdverseEvent = graphql(`
  mutation SiteReportAdverseEvent($input: ReportAdverseEventInput!) {
    reportAdverseEvent(input: $input) {
      id
      serious
    }
  }
`);

export const WithdrawConsent = graphql(`
  mutation SiteWithdrawConsent($input: WithdrawConsentInput!) {
    withdrawConsent(input: $input) {
      registrationNumber
    }
  }
`);

export const MarkLostToFollowUp = graphql(`
  mutation SiteMarkLostToFollowUp($input: MarkLostToFollowUpInput!) {
    markLostToFollowUp(input: $input) {
      registrationNumber
    }
  }
`);

export const RecordProtocolDeviation = graphql(`
  mutation SiteRecordProtocolDeviation($input: RecordProtocolDeviationInput!) {
    recordProtocolDeviation(input: $input) {
      id
    }
  }
`);
