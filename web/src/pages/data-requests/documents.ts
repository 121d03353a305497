import { graphql } from '../../gql';

/** A request as its pages show it: the plan, the state with its history and reasons, and the release once made [R39]. */
export const DataRequestFields = graphql(`
  fragment DataRequestFields on DataRequest {
    id
    requesterKind
    recipientName
    purpose
    title
    plan
    items
    years
    fullDates
    asksIdentity
    identityApproved
    recipientPublicKey
    status
    filedAt
    publication
    mine
    history {
      from
      to
      reason
      at
    }
  }
`);

export const DataRequests = graphql(`
  query DataRequests($status: DataRequestStatus, $first: Int!, $after: ID) {
    dataRequests(status: $status, first: $first, after: $after) {
      id
      requesterKind
      recipientName
      title
      years
      status
      filedAt
    }
  }
`);

export const DataRequestDetail = graphql(`
  query DataRequestDetail($id: ID!) {
    dataRequest(id: $id) {
      ...DataRequestFields
      release {
        ...DataReleaseFields
      }
    }
  }
`);

/** The release and the provision record made from it [T7.2]. */
export const DataReleaseFields = graphql(`
  fragment DataReleaseFields on DataRelease {
    id
    releasedAt
    sha256
    packageBytes
    downloadPath
    provision {
      recipient
      requesterKind
      items
      years
      providedOn
      method
      formats
      casesIncluded
      casesExcludedForWithdrawnConsent
      consentStatus
      anonymization
      smallCellThreshold
      keyTableExists
      keyTableHeldBy
      packageSha256
    }
  }
`);

/** What a request form offers: the published data dictionary and the presented (frozen) years [R21a][R27]. */
export const DataRequestChoices = graphql(`
  query DataRequestChoices {
    dataDictionary {
      id
      label
      dataType
      source
      description
      identifying
    }
    dataRequestYears
  }
`);

export const FileDataRequest = graphql(`
  mutation FileDataRequest($input: DataRequestInput!) {
    fileDataRequest(input: $input) {
      ...DataRequestFields
    }
  }
`);

export const ReviseDataRequest = graphql(`
  mutation ReviseDataRequest($id: ID!, $input: DataRequestInput!) {
    reviseDataRequest(id: $id, input: $input) {
      ...DataRequestFields
    }
  }
`);

export const ReviewDataRequest = graphql(`
  mutation ReviewDataRequest($id: ID!, $decision: DataRequestDecision!, $reason: String, $approveIdentity: Boolean) {
    reviewDataRequest(id: $id, decision: $decision, reason: $reason, approveIdentity: $approveIdentity) {
      ...DataRequestFields
    }
  }
`);

export const ReleaseData = graphql(`
  mutation ReleaseData($requestId: ID!) {
    releaseData(requestId: $requestId) {
      ...DataRequestFields
      release {
        ...DataReleaseFields
      }
    }
  }
`);

export const ReportDataPublication = graphql(`
  mutation ReportDataPublication($requestId: ID!, $publication: String!) {
    reportDataPublication(requestId: $requestId, publication: $publication) {
      ...DataRequestFields
    }
  }
`);

export const DataReleaseRecipients = graphql(`
  query DataReleaseRecipients {
    dataReleaseRecipients {
      recipientName
      requesterKind
      title
      years
      items
      releasedOn
      publication
    }
  }
`);
