/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
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
    query FirstSliceThread($n: String!) {
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