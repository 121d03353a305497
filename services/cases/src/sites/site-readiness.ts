import type { SiteApprovalRecord } from './site-repository.ts';

/** [R17] a facility registers once its ethics approval is on record and, where a contract is needed, it is signed. */
export function isReadyToRegister(site: Pick<SiteApprovalRecord, 'contractStatus'> | undefined): boolean {
  return Boolean(site) && site!.contractStatus !== 'PENDING';
}
