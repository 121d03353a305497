import type { Database } from '@registry/db';
import { AnnualReportRepository } from './annual-report/annual-report-repository.ts';
import { AuditRepository } from './audit/audit-repository.ts';
import { CaseRepository } from './cases/case-repository.ts';
import { CommitteeProjectionRepository } from './committee/committee-repository.ts';
import { CoreLabRepository } from './core-lab/core-lab-repository.ts';
import { DataQueryRepository } from './data-queries/data-query-repository.ts';
import { FeeStatementRepository } from './fees/fee-statement-repository.ts';
import { FollowUpRepository } from './follow-up/follow-up-repository.ts';
import { FormRepository } from './form/form-repository.ts';
import { ImageSeriesRepository } from './images/image-series-repository.ts';
import { ImageInstanceRepository } from './images/upload/image-instance-repository.ts';
import { ImageUploadRepository } from './images/upload/image-upload-repository.ts';
import { ReleaseRepository } from './releases/release-repository.ts';
import { RiskMonitoringRepository } from './risk-monitoring/risk-monitoring-repository.ts';
import { RosterRepository } from './roster/roster-repository.ts';
import { SafetyRepository } from './safety/safety-repository.ts';
import { SignatureRepository } from './form/signature-repository.ts';
import { SiteRepository } from './sites/site-repository.ts';

export interface Repositories {
  annualReports: AnnualReportRepository;
  cases: CaseRepository;
  committee: CommitteeProjectionRepository;
  coreLab: CoreLabRepository;
  forms: FormRepository;
  images: ImageSeriesRepository;
  imageInstances: ImageInstanceRepository;
  imageUploads: ImageUploadRepository;
  audit: AuditRepository;
  signatures: SignatureRepository;
  sites: SiteRepository;
  dataQueries: DataQueryRepository;
  feeStatements: FeeStatementRepository;
  followUps: FollowUpRepository;
  safety: SafetyRepository;
  roster: RosterRepository;
  releases: ReleaseRepository;
  riskMonitoring: RiskMonitoringRepository;
}

export function createRepositories(db: Database): Repositories {
  return {
    annualReports: new AnnualReportRepository(db),
    cases: new CaseRepository(db),
    committee: new CommitteeProjectionRepository(db),
    coreLab: new CoreLabRepository(db),
    forms: new FormRepository(db),
    images: new ImageSeriesRepository(db),
    imageInstances: new ImageInstanceRepository(db),
    imageUploads: new ImageUploadRepository(db),
    audit: new AuditRepository(db),
    signatures: new SignatureRepository(db),
    sites: new SiteRepository(db),
    dataQueries: new DataQueryRepository(db),
    feeStatements: new FeeStatementRepository(db),
    followUps: new FollowUpRepository(db),
    safety: new SafetyRepository(db),
    roster: new RosterRepository(db),
    releases: new ReleaseRepository(db),
    riskMonitoring: new RiskMonitoringRepository(db),
  };
}
