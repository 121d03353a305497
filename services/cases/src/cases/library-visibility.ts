import type { Viewer } from '@registry/auth';
import { canSeeCaseRecords, type CaseScope } from './case-policy.ts';

/** What the library needs to know of a case's consent [R16][T7.3]. */
export interface ConsentScope extends CaseScope {
  consentWithdrawnOn: string | null;
  imagePublicationConsented: boolean;
}

/**
 * [T7.3] A withdrawal of consent takes the case out of the library: other facilities'
 * operators and the staff who browse it no longer find it, by list or by number, nor its
 * images. Its facility, its operator and the data center keep the record they are
 * responsible for (canSeeCaseRecords); the core lab keeps its blinded worklist copy, and the
 * committee reads the case of a matter before it through its own rule.
 */
export const isWithdrawn = (c: ConsentScope) => c.consentWithdrawnOn !== null;

/**
 * [R16] The images are published for education only with the patient's consent to it:
 * without it (or after a withdrawal) they stay out of the library, while the case's form,
 * anonymized, stays in unless consent was withdrawn.
 */
export const imagesOutOfLibrary = (c: ConsentScope) => isWithdrawn(c) || !c.imagePublicationConsented;

/** Whether `viewer` still reads a case that the library no longer shows. */
export const keepsOutOfLibrary = (viewer: Viewer, c: CaseScope) => canSeeCaseRecords(viewer, c);
