import { graphql } from '../../gql';

/** Only CoreLabCase fields: none of them leads to the operator, facility or patient [R25][R33]. */
export const CoreLabWorklist = graphql(`
  query CoreLabWorklist($first: Int!, $after: String) {
    coreLabWorklist(first: $first, after: $after) {
      registrationNumber
      notifiedAt
      dueOn
      overdue
      status
      reads {
        readerId
        submittedAt
      }
    }
  }
`);

export const CoreLabCaseView = graphql(`
  query CoreLabCaseView($registrationNumber: RegistrationNumber!) {
    coreLabCase(registrationNumber: $registrationNumber) {
      registrationNumber
      notifiedAt
      dueOn
      overdue
      status
      discordantFields
      reads {
        readerId
        criteriaVersion
        submittedAt
        judgement {
          ...CoreLabJudgementFields
        }
      }
      result {
        finalizedAt
        criteriaVersion
        judgement {
          ...CoreLabJudgementFields
        }
        decisions {
          field
          provenance
        }
      }
    }
  }
  fragment CoreLabJudgementFields on CoreLabJudgement {
    ctoStatus
    bluntStump
    calcification
    bending
    occlusionLength20mm
    retryLesion
    jctoScore
    timiBefore
    timiAfter
    residualStenosis
    sideBranchLoss
    technicalSuccess
    perforation
    noReflow
    dissection
  }
`);

export const SubmitRead = graphql(`
  mutation CoreLabSubmitRead($registrationNumber: RegistrationNumber!, $judgement: CoreLabJudgementInput!) {
    submitCoreLabRead(registrationNumber: $registrationNumber, judgement: $judgement) {
      registrationNumber
      status
    }
  }
`);

export const ResolveDiscordance = graphql(`
  mutation CoreLabResolveDiscordance($registrationNumber: RegistrationNumber!, $decisions: CoreLabDecisionsInput!) {
    resolveCoreLabDiscordance(registrationNumber: $registrationNumber, decisions: $decisions) {
      registrationNumber
      status
    }
  }
`);
