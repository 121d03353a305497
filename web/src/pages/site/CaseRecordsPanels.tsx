import { useQuery } from '@apollo/client/react';
import { QueryState } from '../Status';
import { AdverseEventsPanel } from './AdverseEventsPanel';
import { ConsentPanel } from './ConsentPanel';
import { SiteCaseRecords } from './records-documents';
import { useSiteWriter } from './site-writer';

/** The case's adverse events [T9.5] and its consent with the follow-up schedule [T8][R19], on the site's case page. */
export function CaseRecordsPanels({ registrationNumber }: { registrationNumber: string }) {
  const writer = useSiteWriter();
  const { data, loading, error } = useQuery(SiteCaseRecords, { variables: { registrationNumber } });
  const c = data?.case;
  if (!c) return <QueryState loading={loading} error={error} />;
  const mayWrite = writer.mayWrite(c.operator?.id);
  return (
    <>
      <AdverseEventsPanel registrationNumber={c.registrationNumber} events={c.adverseEvents ?? []} mayWrite={mayWrite} />
      <ConsentPanel c={c} mayWrite={mayWrite} />
    </>
  );
}
