import { useQuery } from '@apollo/client/react';
import { QueryState } from '../Status';
import { AdverseEventsPanel } from './AdverseEventsPanel';
import { ConsentPanel } from './ConsentPanel';
import { DeviationsPanel } from './DeviationsPanel';
import { LostToFollowUpPanel } from './LostToFollowUpPanel';
import { SiteCaseRecords } from './records-documents';
import { useSiteWriter } from './site-writer';

/** The case's adverse events [T9.5], its consent with the follow-up schedule [T8][R19], lost to follow-up [R19] and protocol deviations [T7.3], on the site's case page. */
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
      <LostToFollowUpPanel c={c} mayWrite={mayWrite} />
      <DeviationsPanel registrationNumber={c.registrationNumber} deviations={c.protocolDeviations ?? []} mayWrite={mayWrite} />
    </>
  );
}
