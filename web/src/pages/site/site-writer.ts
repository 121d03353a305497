import { useQuery } from '@apollo/client/react';
import { SiteViewer } from './documents';

/**
 * The signed-in site user's facility and what they may write: a facility contact writes for
 * every case of the facility, an operator for their own cases only (case-write-policy.ts,
 * "own cases in full"). The API decides each write; this only chooses where a form is offered.
 */
export function useSiteWriter() {
  const { data, loading, error } = useQuery(SiteViewer);
  const viewer = data?.viewer;
  const contact = !!viewer?.roles.includes('SITE_CONTACT');
  return {
    loading,
    error,
    facilityId: viewer?.facility?.id ?? viewer?.operator?.facility?.id ?? null,
    mayWrite: (caseOperatorId: string | null | undefined) => contact || (!!viewer?.operator && viewer.operator.id === caseOperatorId),
  };
}
