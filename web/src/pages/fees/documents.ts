import { graphql } from '../../gql';

export const IssuedFeeStatementFields = graphql(`
  fragment IssuedFeeStatementSummary on IssuedFeeStatement {
    id
    number
    year
    revision
    total
    issuedAt
    correctionReason
    facility {
      id
      name
    }
    replaces {
      id
      number
    }
    replacedBy {
      id
      number
    }
  }
`);

export const IssuedFeeStatements = graphql(`
  query IssuedFeeStatements($year: Int!, $facilityId: ID) {
    issuedFeeStatements(year: $year, facilityId: $facilityId) {
      ...IssuedFeeStatementSummary
      lines {
        registrationNumber
      }
    }
  }
`);

export const IssuedFeeStatementDetail = graphql(`
  query IssuedFeeStatementDetail($id: ID!) {
    issuedFeeStatement(id: $id) {
      ...IssuedFeeStatementSummary
      csvPath
      lines {
        registrationNumber
        procedureDate
        registrationFee
        acuteResultFee
        followUpYears
        followUpFee
        total
      }
    }
  }
`);

export const IssueFeeStatements = graphql(`
  mutation IssueFeeStatements($year: Int!) {
    issueFeeStatements(year: $year) {
      id
      number
    }
  }
`);

export const CorrectFeeStatement = graphql(`
  mutation CorrectFeeStatement($statementId: ID!, $reason: String!) {
    correctFeeStatement(statementId: $statementId, reason: $reason) {
      id
      number
    }
  }
`);
