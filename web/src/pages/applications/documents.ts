import { graphql } from '../../gql';

export const Applications = graphql(`
  query Applications($status: ApplicationStatus, $first: Int!, $after: ID) {
    applications(status: $status, first: $first, after: $after) {
      id
      applicantName
      status
      filedOn
      ctoExperience
      facility {
        id
        name
      }
      recommendations {
        givenOn
      }
    }
  }
`);

export const ApplicationDetail = graphql(`
  query ApplicationDetail($id: ID!) {
    application(id: $id) {
      id
      applicantName
      status
      filedOn
      ctoExperience
      decidedOn
      decisionReason
      facility {
        id
        name
        location
      }
      askedRecommenders {
        id
        name
      }
      recommendations {
        letter
        givenOn
        recommender {
          id
          name
          status
          facility {
            id
            name
          }
        }
      }
      operator {
        id
        name
      }
    }
  }
`);

export const ApplicationFacilities = graphql(`
  query ApplicationFacilities {
    certifiedOperators {
      id
      name
      facility {
        id
        name
        location
      }
    }
  }
`);

export const FileApplication = graphql(`
  mutation FileApplication($input: ApplicationInput!) {
    fileApplication(input: $input) {
      id
      applicantName
      filedOn
      facility {
        id
        name
      }
    }
  }
`);

export const RecommendApplication = graphql(`
  mutation RecommendApplication($applicationId: ID!, $letter: String!) {
    recommendApplication(applicationId: $applicationId, letter: $letter) {
      id
    }
  }
`);

export const ApproveApplication = graphql(`
  mutation ApproveApplication($applicationId: ID!, $reason: String!) {
    approveApplication(applicationId: $applicationId, reason: $reason) {
      initialPassword
      operator {
        id
        name
      }
      application {
        id
        status
      }
    }
  }
`);

export const RejectApplication = graphql(`
  mutation RejectApplication($applicationId: ID!, $reason: String!) {
    rejectApplication(applicationId: $applicationId, reason: $reason) {
      id
      status
    }
  }
`);

export const AwaitingMyRecommendation = graphql(`
  query AwaitingMyRecommendation($first: Int!, $after: ID) {
    applicationsAwaitingMyRecommendation(first: $first, after: $after) {
      id
      applicantName
      filedOn
      ctoExperience
      facility {
        id
        name
      }
    }
  }
`);
