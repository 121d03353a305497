import { graphql } from '../../gql';

export const RiskAdjustedMonitoringQuery = graphql(`
  query RiskAdjustedMonitoring($year: Int!) {
    riskAdjustedMonitoring(year: $year) {
      year
      cases
      observed
      expected
      expectedRate
      casesWithoutScores
      overdispersion {
        operators
        phi
        pValue
        tau2
        applied
      }
      model {
        id
        years
        cases
        fittedAt
        coefficients {
          term
          estimate
          standardError
          oddsRatio
        }
        calibration {
          hosmerLemeshow
          degreesOfFreedom
          pValue
        }
      }
      operators {
        operatorId
        cases
        observed
        expected
        observedToExpected
        interval95 {
          lower
          upper
        }
        position
        flaggedForReview
      }
      funnel {
        cases
        lower95
        upper95
        lower998
        upper998
      }
    }
  }
`);
