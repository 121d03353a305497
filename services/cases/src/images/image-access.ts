import { can, isCoreLab, type Viewer } from '@registry/auth';
import { forbidden, unauthenticated } from '@registry/errors';
import { canSeeCaseRecords } from '../cases/case-policy.ts';
import { imagesOutOfLibrary, type ConsentScope } from '../cases/library-visibility.ts';
import type { InstanceStatus } from './upload/image-instance-repository.ts';


export interface ImageAccess {
  /** The statuses this viewer may see. */
  statuses: readonly InstanceStatus[];
  /** The core lab's copy: the contributing operator's identification left out [R25][R33]. */
  blinded: boolean;
  /** Whether quarantine reasons and the data center's decisions are shown. */
  seesReview: boolean;
}

const ALL: readonly InstanceStatus[] = ['PUBLISHED', 'QUARANTINED', 'REJECTED'];

/**
 * What of a case's images a viewer reaches. Published files are the library's, read by the
 * same roles as the case library [R5][R21a];
 * quarantined and rejected ones stay with the data center and the facility that sent them
 * (which already knows its patient [R30]). The core lab reads the published files of the
 * cases on its worklist, blinded [R25][R26]; `onCoreLabWorklist` says whether this case is
 * one of the viewer's.
 */
export function imageAccess(viewer: Viewer, c: ConsentScope, onCoreLabWorklist: boolean): ImageAccess {
  if (viewer.roles.length === 0) throw unauthenticated();
  if (isCoreLab(viewer)) {
    if (!onCoreLabWorklist) throw forbidden('The core lab reads the images of the cases on its worklist');
    return { statuses: ['PUBLISHED'], blinded: true, seesReview: false };
  }
  // The case's facility, its operator and the data center: the same rule as the case's records.
  if (canSeeCaseRecords(viewer, c)) return { statuses: ALL, blinded: false, seesReview: true };
  // [R16][T7.3] without consent to publish the images, or after a withdrawal, the library shows none.
  if (can(viewer, 'case:browseLibrary')) return { statuses: imagesOutOfLibrary(c) ? [] : ['PUBLISHED'], blinded: false, seesReview: false };
  throw forbidden('The image library is open to certified operators');
}
