import { can, type Viewer } from '@registry/auth';
import { forbidden, unauthenticated } from '@registry/errors';

/**
 * [R15][R38] Who sees the risk-adjusted monitoring (docs/monitoring.md, "Who sees it"):
 * the steering committee that reviews deviations under the operator ID only, and the data
 * center that computes every operator's figures at the year's end — the grant of the raw
 * monitoring (`monitoring:review`). Not the secretariat: monitoring is none of its tasks
 * [R34][R41][R48], and it keeps the operator records by name [R34], the one key that would
 * undo the anonymity. Never an operator or the public: a flag is never named publicly.
 * Asked before anything is looked up (docs/errors.md: role before existence).
 */
export function assertMayReviewRiskAdjusted(viewer: Viewer): void {
  if (viewer.roles.length === 0) throw unauthenticated();
  if (!can(viewer, 'monitoring:review')) throw forbidden('Risk-adjusted monitoring is reviewed by the steering committee, with the data center that computes it');
}

/** [R15] The data center computes the monitoring: it fits the risk model. */
export function assertMayFitRiskModel(viewer: Viewer): void {
  if (viewer.roles.length === 0) throw unauthenticated();
  if (!can(viewer, 'monitoring:fitRiskModel')) throw forbidden('The data center fits the risk model');
}
