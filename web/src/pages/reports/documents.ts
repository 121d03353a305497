import { graphql } from '../../gql';

export const ReportFiguresFields = graphql(`
  fragment ReportFigures on AnnualReportFigures {
    cases
    indicationAppropriate {
      numerator
      denominator
      percent
    }
    technicalSuccess {
      numerator
      denominator
      percent
    }
    procedureSuccess {
      numerator
      denominator
      percent
    }
    complications {
      kind
      source
      rate {
        numerator
        denominator
        percent
      }
    }
  }
`);

export const AnnualReportQuery = graphql(`
  query AnnualReport($year: Int!) {
    annualReport(year: $year) {
      year
      status
      presentedAt
      sha256
      csvPath
      adoption {
        domesticCases
        adopted
        notComplete
        awaitingOfficialResult
        consentWithdrawn
      }
      overall {
        ...ReportFigures
      }
      byJctoCategory {
        category
        figures {
          ...ReportFigures
        }
      }
      byApproach {
        approach
        figures {
          ...ReportFigures
        }
      }
      byExperienceBand {
        band
        figures {
          ...ReportFigures
        }
      }
      corrections {
        registrationNumber
        field
        from
        to
        rulingId
        changedAt
      }
    }
  }
`);

export const PresentAnnualReport = graphql(`
  mutation PresentAnnualReport($year: Int!) {
    presentAnnualReport(year: $year) {
      year
      status
      presentedAt
      sha256
    }
  }
`);

export const AnnualReportComplications = graphql(`
  query AnnualReportComplications($year: Int!) {
    annualReport(year: $year) {
      year
      status
      overall {
        cases
        complications {
          kind
          rate {
            numerator
            denominator
            percent
          }
        }
      }
    }
  }
`);
