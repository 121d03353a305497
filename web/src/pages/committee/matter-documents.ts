import { graphql } from '../../gql';

export const CommitteeMatter = graphql(`
  query CommitteeMatter($id: ID!) {
    matter(id: $id) {
      id
      kind
      status
      question
      createdAt
      screeningReason
      sessionDeclaredAt
      decidedAt
      case {
        registrationNumber
      }
      raisedBy {
        id
        name
      }
      myStanding {
        recused
        presides
      }
      committeeThread {
        id
      }
      pointsAtIssue {
        id
        number
        text
        currentRound
        decision
        myVote
        rounds {
          round
          closed
          outcome
          tally {
            yes
            no
            abstain
            cast
            eligible
            complete
            outcome
            tie
          }
          votes {
            member {
              id
              name
            }
            choice
          }
        }
      }
      ruling {
        id
        decision
        reasoning
        answer
        publishedAt
        resultChanges {
          field
          from
          to
        }
      }
    }
  }
`);

export const CommitteeTally = graphql(`
  subscription CommitteeTally($matterId: ID!, $after: String) {
    matterTallyUpdated(matterId: $matterId, after: $after) {
      event
      pointId
      round
      decision
      cursor
      tally {
        yes
        no
        abstain
        cast
        eligible
        complete
        outcome
        tie
      }
    }
  }
`);

export const DeclareSession = graphql(`
  mutation CommitteeDeclareSession($matterId: ID!) {
    declareSession(matterId: $matterId) {
      id
      status
    }
  }
`);

export const PostPoints = graphql(`
  mutation CommitteePostPoints($matterId: ID!, $points: [String!]!) {
    postPointsAtIssue(matterId: $matterId, points: $points) {
      id
    }
  }
`);

export const CastVote = graphql(`
  mutation CommitteeCastVote($pointId: ID!, $choice: VoteChoice!) {
    castVote(pointId: $pointId, choice: $choice) {
      id
      decision
      myVote
    }
  }
`);

export const CloseRound = graphql(`
  mutation CommitteeCloseRound($pointId: ID!) {
    closeVotingRound(pointId: $pointId) {
      id
      decision
    }
  }
`);

export const DecideMatter = graphql(`
  mutation CommitteeDecideMatter($input: DecideMatterInput!) {
    decideMatter(input: $input) {
      id
    }
  }
`);

export const ScreenMatter = graphql(`
  mutation CommitteeScreenMatter($matterId: ID!, $decision: ScreeningDecision!, $reason: String) {
    screenMatter(matterId: $matterId, decision: $decision, reason: $reason) {
      id
      status
    }
  }
`);

export const RelayOpinion = graphql(`
  mutation CommitteeRelayOpinion($matterId: ID!, $body: String!) {
    relayOperatorOpinion(matterId: $matterId, body: $body) {
      id
    }
  }
`);
