import { graphql } from '../../gql';

/** The data center's queue of files held for burned-in text, oldest first [R31]. */
export const HeldImages = graphql(`
  query DataCenterHeldImages($first: Int!) {
    heldImages(first: $first) {
      sopInstanceUid
      seriesInstanceUid
      registrationNumber
      sopClassUid
      numberOfFrames
      bytes
      status
      quarantineReason
      uploadedAt
      retrieveUrl
    }
  }
`);

/** The held file's place in its series: the viewer counts frames across the series' files. */
export const HeldImageSeries = graphql(`
  query DataCenterHeldImageSeries($registrationNumber: RegistrationNumber!) {
    case(registrationNumber: $registrationNumber) {
      registrationNumber
      images {
        seriesInstanceUid
        kind
        modality
        instances {
          sopInstanceUid
          numberOfFrames
        }
      }
    }
  }
`);

export const ReviewHeldImage = graphql(`
  mutation DataCenterReviewHeldImage($input: ReviewHeldImageInput!) {
    reviewHeldImage(input: $input) {
      sopInstanceUid
      status
      review {
        decision
        reason
        reviewedAt
      }
    }
  }
`);

/** The facilities a query list or reminder list is asked for: the public list's, the only list of facilities the API gives. */
export const Facilities = graphql(`
  query DataCenterFacilities {
    certifiedOperators {
      id
      facility {
        id
        name
      }
    }
  }
`);

export const OpenDataQueries = graphql(`
  query DataCenterOpenDataQueries($facilityId: ID!, $first: Int!, $after: ID) {
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
      }
    }
  }
`);

export const RaiseDataQuery = graphql(`
  mutation DataCenterRaiseDataQuery($input: RaiseDataQueryInput!) {
    raiseDataQuery(input: $input) {
      id
      status
    }
  }
`);

export const CloseDataQuery = graphql(`
  mutation DataCenterCloseDataQuery($id: ID!) {
    closeDataQuery(id: $id) {
      id
      status
      closedAt
    }
  }
`);

export const ReopenDataQuery = graphql(`
  mutation DataCenterReopenDataQuery($id: ID!, $reason: String!) {
    reopenDataQuery(id: $id, reason: $reason) {
      id
      status
    }
  }
`);

export const CompletionReminders = graphql(`
  query DataCenterCompletionReminders($facilityId: ID, $first: Int!, $after: String) {
    completionReminders(facilityId: $facilityId, first: $first, after: $after) {
      case {
        registrationNumber
        procedureDate
      }
      operator {
        id
        name
      }
      facility {
        id
        name
      }
      missingSections
      missingImageSeries
    }
  }
`);

export const SafetyAlerts = graphql(`
  query SafetyAlerts($first: Int!) {
    safetyAlerts(first: $first) {
      ...SafetyAlertFields
    }
  }
  fragment SafetyAlertFields on SafetyAlert {
    cursor
    registrationNumber
    reportedAt
    adverseEvent {
      id
      name
      onsetOn
      outcome
      severity
      causality
      seriousnessCriteria
    }
  }
`);

export const SafetyAlertReported = graphql(`
  subscription SafetyAlertReported($after: String) {
    seriousAdverseEventReported(after: $after) {
      ...SafetyAlertFields
    }
  }
`);
