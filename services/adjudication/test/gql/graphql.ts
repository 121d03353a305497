/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type AdjudicationPublicRulingsQueryVariables = Exact<{ [key: string]: never; }>;


export type AdjudicationPublicRulingsQuery = { rulings: Array<{ id: string, decision: string, answer: string, registrationNumber: string | null }> };

export type AdjudicationCriteriaInEffectQueryVariables = Exact<{ [key: string]: never; }>;


export type AdjudicationCriteriaInEffectQuery = { criteriaInEffect: { version: number } | null };

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

export const AdjudicationPublicRulingsDocument = new TypedDocumentString(`
    query AdjudicationPublicRulings {
  rulings {
    id
    decision
    answer
    registrationNumber
  }
}
    `) as unknown as TypedDocumentString<AdjudicationPublicRulingsQuery, AdjudicationPublicRulingsQueryVariables>;
export const AdjudicationCriteriaInEffectDocument = new TypedDocumentString(`
    query AdjudicationCriteriaInEffect {
  criteriaInEffect {
    version
  }
}
    `) as unknown as TypedDocumentString<AdjudicationCriteriaInEffectQuery, AdjudicationCriteriaInEffectQueryVariables>;