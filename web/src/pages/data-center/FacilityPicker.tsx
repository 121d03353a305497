import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Facilities } from './documents';

/** A facility chosen from those the public list names (the API has no list of facilities of its own). */
export function FacilityPicker({ id, value, onChange, allowAll }: { id: string; value: string; onChange(facilityId: string): void; allowAll?: boolean }) {
  const { t } = useTranslation();
  const { data } = useQuery(Facilities);
  const facilities = [...new Map((data?.certifiedOperators ?? []).flatMap((o) => (o.facility ? [[o.facility.id, o.facility.name] as const] : []))).entries()].sort(([a], [b]) => a.localeCompare(b));
  return (
    <>
      <label htmlFor={id}>{t('dataCenter.facility')}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        {allowAll ? <option value="">{t('dataCenter.allFacilities')}</option> : <option value="">{t('dataCenter.chooseFacility')}</option>}
        {facilities.map(([fid, name]) => (
          <option key={fid} value={fid}>
            {fid} {name}
          </option>
        ))}
      </select>
    </>
  );
}
