/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type AnnualReportStatus =
  /** Computed now from the official results, as presenting it today would adopt. */
  | 'DRAFT'
  /** Presented by the secretariat: frozen, the figures never change [R27][R41]. */
  | 'PRESENTED';

export type CoreLabJudgementInput = {
  bending: boolean;
  bluntStump: boolean;
  calcification: boolean;
  ctoStatus: CtoStatus;
  dissection: boolean;
  noReflow: boolean;
  occlusionLength20mm: boolean;
  perforation: CoreLabPerforation;
  /** Percent of diameter, 0–100. */
  residualStenosis: number;
  retryLesion: boolean;
  sideBranchLoss: boolean;
  technicalSuccess: boolean;
  timiAfter: number;
  /** TIMI flow 0–3. */
  timiBefore: number;
};

/** Perforation as the core lab reads it (Ellis class), NONE when there is none. */
export type CoreLabPerforation =
  | 'ELLIS_I'
  | 'ELLIS_II'
  | 'ELLIS_III'
  | 'ELLIS_III_CAVITY_SPILLING'
  | 'NONE';

export type CoreLabStatus =
  /** Waiting for the two independent reads [R26]. */
  | 'AWAITING_READS'
  /** The reads disagree; the supervisor decides the discordant fields [R26]. */
  | 'AWAITING_SUPERVISOR'
  /** The official result [R27]. */
  | 'FINAL';

export type CtoStatus =
  | 'CTO_CONFIRMED'
  | 'NOT_ELIGIBLE'
  | 'SUBTOTAL';

export type CommitteeJourneyViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type CommitteeJourneyViewerQuery = { viewer: { id: string } | null };

export type AnnualReportJourneyQueryVariables = Exact<{
  y: number;
}>;


export type AnnualReportJourneyQuery = { annualReport: { year: number, status: AnnualReportStatus, csvPath: string, overall: { cases: number, technicalSuccess: { numerator: number, denominator: number } } } };

export type CoreLabOfficialReadMutationVariables = Exact<{
  n: string;
  j: CoreLabJudgementInput;
}>;


export type CoreLabOfficialReadMutation = { submitCoreLabRead: { status: CoreLabStatus } };

export type CoreLabOfficialViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type CoreLabOfficialViewerQuery = { viewer: { id: string } | null };

export type CoreLabOfficialAssignmentsQueryVariables = Exact<{ [key: string]: never; }>;


export type CoreLabOfficialAssignmentsQuery = { coreLabCase: { assignments: Array<{ readerId: string }> | null } | null };

export type CoreLabOfficialComparisonQueryVariables = Exact<{ [key: string]: never; }>;


export type CoreLabOfficialComparisonQuery = { case: { coreLabComparison: Array<{ field: string, official: string, operator: string | null, differs: boolean }> | null } | null };

export type FirstSliceLibraryQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type FirstSliceLibraryQuery = { caseLibrary: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ registrationNumber: string, operator: { id: string, name: string, facility: { name: string } } | null, discussion: { id: string, posts: Array<{ id: string, body: string, createdAt: string, author: { id: string, name: string } }> } | null }> } };

export type FirstSliceThreadQueryVariables = Exact<{
  n: string;
}>;


export type FirstSliceThreadQuery = { case: { discussion: { id: string, posts: Array<{ id: string, body: string }> } | null } | null };

export type FirstSlicePostMutationVariables = Exact<{
  t: string | number;
  b: string;
}>;


export type FirstSlicePostMutation = { postToThread: { id: string, body: string, author: { name: string } } };

export type FirstSliceCaseQueryVariables = Exact<{ [key: string]: never; }>;


export type FirstSliceCaseQuery = { case: { registrationNumber: string, operator: { id: string, name: string, facility: { name: string } } | null, discussion: { posts: Array<{ body: string, author: { name: string } }> } | null } | null };

export type FirstSliceCaseFieldsQueryVariables = Exact<{ [key: string]: never; }>;


export type FirstSliceCaseFieldsQuery = { __type: { fields: Array<{ name: string }> | null } | null };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}

export const CommitteeJourneyViewerDocument = new TypedDocumentString(`
    query CommitteeJourneyViewer {
  viewer {
    id
  }
}
    `) as unknown as TypedDocumentString<CommitteeJourneyViewerQuery, CommitteeJourneyViewerQueryVariables>;
export const AnnualReportJourneyDocument = new TypedDocumentString(`
    query AnnualReportJourney($y: Int!) {
  annualReport(year: $y) {
    year
    status
    csvPath
    overall {
      cases
      technicalSuccess {
        numerator
        denominator
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AnnualReportJourneyQuery, AnnualReportJourneyQueryVariables>;
export const CoreLabOfficialReadDocument = new TypedDocumentString(`
    mutation CoreLabOfficialRead($n: RegistrationNumber!, $j: CoreLabJudgementInput!) {
  submitCoreLabRead(registrationNumber: $n, judgement: $j) {
    status
  }
}
    `) as unknown as TypedDocumentString<CoreLabOfficialReadMutation, CoreLabOfficialReadMutationVariables>;
export const CoreLabOfficialViewerDocument = new TypedDocumentString(`
    query CoreLabOfficialViewer {
  viewer {
    id
  }
}
    `) as unknown as TypedDocumentString<CoreLabOfficialViewerQuery, CoreLabOfficialViewerQueryVariables>;
export const CoreLabOfficialAssignmentsDocument = new TypedDocumentString(`
    query CoreLabOfficialAssignments {
  coreLabCase(registrationNumber: "CTO-2026-00002") {
    assignments {
      readerId
    }
  }
}
    `) as unknown as TypedDocumentString<CoreLabOfficialAssignmentsQuery, CoreLabOfficialAssignmentsQueryVariables>;
export const CoreLabOfficialComparisonDocument = new TypedDocumentString(`
    query CoreLabOfficialComparison {
  case(registrationNumber: "CTO-2026-00002") {
    coreLabComparison {
      field
      official
      operator
      differs
    }
  }
}
    `) as unknown as TypedDocumentString<CoreLabOfficialComparisonQuery, CoreLabOfficialComparisonQueryVariables>;
export const FirstSliceLibraryDocument = new TypedDocumentString(`
    query FirstSliceLibrary($first: Int, $after: String) {
  caseLibrary(first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      registrationNumber
      operator {
        id
        name
        facility {
          name
        }
      }
      discussion {
        id
        posts {
          id
          body
          createdAt
          author {
            id
            name
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<FirstSliceLibraryQuery, FirstSliceLibraryQueryVariables>;
export const FirstSliceThreadDocument = new TypedDocumentString(`
    query FirstSliceThread($n: RegistrationNumber!) {
  case(registrationNumber: $n) {
    discussion {
      id
      posts {
        id
        body
      }
    }
  }
}
    `) as unknown as TypedDocumentString<FirstSliceThreadQuery, FirstSliceThreadQueryVariables>;
export const FirstSlicePostDocument = new TypedDocumentString(`
    mutation FirstSlicePost($t: ID!, $b: String!) {
  postToThread(threadId: $t, body: $b) {
    id
    body
    author {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<FirstSlicePostMutation, FirstSlicePostMutationVariables>;
export const FirstSliceCaseDocument = new TypedDocumentString(`
    query FirstSliceCase {
  case(registrationNumber: "CTO-2026-00001") {
    registrationNumber
    operator {
      id
      name
      facility {
        name
      }
    }
    discussion {
      posts {
        body
        author {
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<FirstSliceCaseQuery, FirstSliceCaseQueryVariables>;
export const FirstSliceCaseFieldsDocument = new TypedDocumentString(`
    query FirstSliceCaseFields {
  __type(name: "Case") {
    fields {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<FirstSliceCaseFieldsQuery, FirstSliceCaseFieldsQueryVariables>;