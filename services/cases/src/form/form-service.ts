import { randomUUID } from 'node:crypto';
import type { RegistryKeys, Viewer } from '@registry/auth';
import { badUserInput, notFound, ruleViolation } from '@registry/errors';
import { verifyChain, type ChainVerification } from '../audit/audit-chain.ts';
import type { AuditEntryRecord, AuditItem, AuditRepository } from '../audit/audit-repository.ts';
import type { CaseLedger, CaseChange } from '../cases/case-ledger.ts';
import { assertCanSeeCaseRecords, assertRoleMaySeeCaseRecords, canSeeCaseRecords } from '../cases/case-policy.ts';
import { assertCanWrite, assertRoleMayWrite, CaseWrite } from '../cases/case-write-policy.ts';
import { assertCanReadCaseOrAsCommittee, committeeLoaders } from '../committee/committee-policy.ts';
import type { CaseRecord, CaseRepository } from '../cases/case-repository.ts';
import type { LoadersNamed } from '../loaders.ts';
import { parseInput } from '../shared/refusals.ts';
import { verifyReauthentication } from './reauthentication.ts';
import type { SignatureRecord, SignatureRepository } from './signature-repository.ts';
import { flatten, SECTION_KEYS, SECTION_SCHEMAS, SECTIONS_FOR_COMPLETION, type FormData, type SectionKey } from './crf-sections.ts';
import { toFormData, type FormRepository } from './form-repository.ts';
import { mergePatch } from './form-values.ts';
import { castleScore, jctoScore, progressCtoScore, type JctoScore } from '@registry/scores';

export type SaveCaseReportFormInput = { registrationNumber: string; reason?: string | null } & Partial<Record<SectionKey, unknown>>;

export interface SignInput {
  registrationNumber: string;
  meaning: 'APPROVED_AS_CORRECT';
  /** From `reauthenticateForSignature` (operators subgraph): the password entered for this signature. */
  signatureAssertion: string;
}

export interface CaseReportFormView extends FormData {
  state: CaseRecord['formState'];
  submittedAt: Date | null;
  lockedAt: Date | null;
  scores: { jcto: JctoScore; progressCto: number; castle: number | null } | null;
  signature: SignatureRecord | null;
}

/** The request's loaders this service reads, by name [#14.7]: context.ts hands it only these. */
export const formServiceLoaders = ['caseByNumber', 'latestSignatureByCase', 'sectionsByCase', ...committeeLoaders] as const;

/** What FormService works with, each named [#14.7]. */
export interface FormServiceDeps {
  viewer: Viewer;
  loaders: LoadersNamed<typeof formServiceLoaders>;
  ledger: CaseLedger;
  userPublicKey: RegistryKeys['userPublic'];
  audit: AuditRepository;
  cases: CaseRepository;
  forms: FormRepository;
  signatures: SignatureRepository;
}

export class FormService {
  constructor(private readonly deps: FormServiceDeps) {}

  /** The form with its computed scores, for anyone who may read the case (anonymized), the committee ruling on it included [R28a]. */
  async form(c: CaseRecord): Promise<CaseReportFormView> {
    await assertCanReadCaseOrAsCommittee(this.deps.viewer, c, this.deps.loaders);
    const data = toFormData(await this.deps.loaders.sectionsByCase.load(c.registrationNumber));
    return {
      ...data,
      state: c.formState,
      submittedAt: c.submittedAt,
      lockedAt: c.lockedAt,
      scores: scoresOf(c, data),
      signature: (await this.deps.loaders.latestSignatureByCase.load(c.registrationNumber)) ?? null,
    };
  }

  /**
   * Enters or corrects sections [T14.1]. Every changed leaf field is an audit entry with
   * its old and new value; after submission a reason is required; a change voids a valid
   * signature; the registration completes when everything is in [R18].
   */
  async save(input: SaveCaseReportFormInput): Promise<CaseRecord> {
    assertRoleMayWrite(this.deps.viewer, CaseWrite.SaveForm);
    const given = (Object.keys(SECTION_KEYS) as SectionKey[]).filter((k) => input[k] !== undefined && input[k] !== null);
    if (given.length === 0) throw badUserInput('Give at least one section', ['input']);
    const reason = input.reason?.trim() || null;
    return this.deps.ledger.write(input.registrationNumber, CaseWrite.SaveForm, async (ch) => {
      const existing = new Map((await this.deps.forms.sectionsOf([ch.case.registrationNumber], ch.tx)).map((s) => [s.section, s.data]));
      // [T14.1] a field left out keeps its saved value: a resent section never loses data silently.
      const parsed = new Map(given.map((k) => [k, parseInput(SECTION_SCHEMAS[SECTION_KEYS[k]], mergePatch(existing.get(SECTION_KEYS[k]), input[k]), ['input', k])]));
      if (ch.case.formState === 'LOCKED') throw ruleViolation('T14.1', 'The form is locked by the data center', ['input', 'registrationNumber']);
      const items: AuditItem[] = [];
      const changed: [SectionKey, unknown][] = [];
      for (const [key, data] of parsed) {
        const changes = fieldChanges(key, existing.get(SECTION_KEYS[key]), data);
        items.push(...changes);
        if (changes.length > 0) changed.push([key, data]);
      }
      // Only a real change is audited, needs a reason after submission, or voids the signature [T14.1].
      if (items.length === 0) return ch.case;
      if (ch.case.formState === 'SUBMITTED' && !reason) throw badUserInput('A change after submission needs a reason', ['input', 'reason']);
      for (const [key, data] of changed) {
        await this.deps.forms.save(ch.tx, { registrationNumber: ch.case.registrationNumber, section: SECTION_KEYS[key], data, enteredByOperatorId: enteredByOperator(this.deps.viewer, ch.case), at: ch.now });
      }
      await this.voidSignature(ch, reason);
      await ch.audit(items, reason);
      await this.deps.ledger.completeIfReady(ch);
      return (await this.deps.cases.lock(ch.tx, ch.case.registrationNumber))!;
    });
  }

  /** The site declares the form entered through the procedure result; changes now need a reason [T14.1]. */
  async submit(registrationNumber: string): Promise<CaseRecord> {
    return this.deps.ledger.write(registrationNumber, CaseWrite.SubmitForm, async (ch) => {
      if (ch.case.formState !== 'DRAFT') throw ruleViolation('T14.1', 'The form is already submitted', ['registrationNumber']);
      const have = (await this.deps.forms.sectionsOf([registrationNumber], ch.tx)).map((s) => s.section);
      const missing = SECTIONS_FOR_COMPLETION.filter((s) => !have.includes(s));
      if (missing.length > 0) throw ruleViolation('R18', `Enter the form through the procedure result first: ${missing.join(', ')}`, ['registrationNumber']);
      await this.deps.cases.update(ch.tx, registrationNumber, { formState: 'SUBMITTED', submittedAt: ch.now });
      await ch.audit([{ action: 'SUBMIT', field: 'formState', oldValue: JSON.stringify('DRAFT'), newValue: JSON.stringify('SUBMITTED') }]);
      return (await this.deps.cases.lock(ch.tx, registrationNumber))!;
    });
  }

  /** [T14.1] the responsible operator signs, with the password re-entered (see reauthentication.ts). */
  async sign(input: SignInput): Promise<CaseRecord> {
    assertRoleMayWrite(this.deps.viewer, CaseWrite.SignForm);
    const current = await this.deps.loaders.caseByNumber.load(input.registrationNumber);
    if (!current) throw notFound('Case');
    assertCanWrite(this.deps.viewer, current, CaseWrite.SignForm);
    const proof = await verifyReauthentication(input.signatureAssertion, this.deps.viewer, input.registrationNumber, this.deps.userPublicKey, ['input', 'signatureAssertion']);
    return this.deps.ledger.write(input.registrationNumber, CaseWrite.SignForm, async (ch) => {
      if (ch.case.formState !== 'SUBMITTED') throw ruleViolation('T14.1', 'Only a submitted, unlocked form is signed', ['input', 'registrationNumber']);
      if (await this.deps.signatures.reauthenticationUsed(ch.tx, proof.id)) {
        throw ruleViolation('T14.1', 'This signature assertion has already signed: re-enter your password to sign again', ['input', 'signatureAssertion']);
      }
      const latest = await this.deps.signatures.latest(input.registrationNumber, ch.tx);
      if (latest && !latest.voidedAt) throw ruleViolation('T14.1', 'The form is already signed', ['input', 'registrationNumber']);
      await this.deps.signatures.insert(ch.tx, {
        id: randomUUID(),
        registrationNumber: input.registrationNumber,
        accountId: ch.actor,
        operatorId: ch.case.operatorId,
        meaning: input.meaning,
        signedAt: ch.now,
        voidedAt: null,
        reauthenticationId: proof.id,
      });
      await ch.audit([{ action: 'SIGN', field: 'signature', newValue: JSON.stringify({ meaning: input.meaning, operatorId: ch.case.operatorId }) }]);
      return ch.case;
    });
  }

  /** [T14.1] the data center locks a signed form. */
  async lock(registrationNumber: string, reason: string | null): Promise<CaseRecord> {
    return this.deps.ledger.write(registrationNumber, CaseWrite.LockForm, async (ch) => {
      if (ch.case.formState !== 'SUBMITTED') throw ruleViolation('T14.1', 'Only a submitted form is locked', ['registrationNumber']);
      const latest = await this.deps.signatures.latest(registrationNumber, ch.tx);
      if (!latest || latest.voidedAt) throw ruleViolation('T14.1', 'The form must carry a valid signature before it is locked', ['registrationNumber']);
      await this.deps.cases.update(ch.tx, registrationNumber, { formState: 'LOCKED', lockedAt: ch.now });
      await ch.audit([{ action: 'LOCK', field: 'formState', oldValue: JSON.stringify('SUBMITTED'), newValue: JSON.stringify('LOCKED') }], reason?.trim() || null);
      return (await this.deps.cases.lock(ch.tx, registrationNumber))!;
    });
  }

  /** A page of the case's audit trail (the whole of it by default, for the service's own callers). */
  async auditTrail(c: CaseRecord, page: { limit: number; after: number | undefined } = { limit: Number.MAX_SAFE_INTEGER, after: undefined }): Promise<AuditEntryRecord[] | null> {
    if (!canSeeCaseRecords(this.deps.viewer, c)) return null;
    return this.deps.audit.page(c.registrationNumber, page);
  }

  /** Re-walks the hash chain [T14.1]. */
  async verifyAuditTrail(registrationNumber: string): Promise<ChainVerification> {
    // Role before existence: the trail's verdict is the case's records' (docs/errors.md).
    assertRoleMaySeeCaseRecords(this.deps.viewer);
    const c = await this.deps.loaders.caseByNumber.load(registrationNumber);
    if (!c) throw notFound('Case');
    assertCanSeeCaseRecords(this.deps.viewer, c);
    return verifyChain(await this.deps.audit.trail(registrationNumber));
  }

  /** [T14.1] "any later change voids it until signed again". */
  private async voidSignature(ch: CaseChange, reason: string | null): Promise<void> {
    if (await this.deps.signatures.voidValid(ch.tx, ch.case.registrationNumber, ch.now)) {
      await ch.audit([{ action: 'SIGNATURE_VOIDED', field: 'signature' }], reason);
    }
  }
}

/** [R20] the operator's own entry is what earns the entry fees. */
function enteredByOperator(viewer: Viewer, c: CaseRecord): string | null {
  return viewer.operatorId && viewer.operatorId === c.operatorId ? viewer.operatorId : null;
}

function fieldChanges(key: SectionKey, before: unknown, after: unknown): AuditItem[] {
  const old = before === undefined ? new Map<string, string>() : flatten(key, before);
  const next = flatten(key, after);
  const items: AuditItem[] = [];
  for (const field of new Set([...old.keys(), ...next.keys()])) {
    if (old.get(field) !== next.get(field)) items.push({ action: 'EDIT', field, oldValue: old.get(field) ?? null, newValue: next.get(field) ?? null });
  }
  return items;
}

/** Scores are computed from the lesion items, never entered [J-CTO][PROGRESS-CTO][CASTLE]. */
function scoresOf(c: CaseRecord, data: FormData): CaseReportFormView['scores'] {
  const lesion = data.LESION;
  if (!lesion) return null;
  const castle =
    data.BACKGROUND && c.ageAtProcedure !== null
      ? castleScore({
          priorCabg: data.BACKGROUND.priorCabg,
          ageAtProcedure: c.ageAtProcedure,
          bluntStump: lesion.jcto.bluntStump,
          occlusionLength20mmOrMore: lesion.jcto.occlusionLength20mmOrMore,
          items: lesion.castle,
        })
      : null;
  return { jcto: jctoScore(lesion.jcto), progressCto: progressCtoScore(lesion.progressCto, c.vessel), castle };
}
