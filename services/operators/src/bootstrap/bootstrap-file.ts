import { z } from 'zod';
import { ROLES, Role } from '@registry/auth';
import { isLocalDate } from '@registry/calendar';
import { DERIVED_ROLES } from '../accounts/derived-roles.ts';

const nonBlank = z.string().trim().min(1).max(200);
const staffRole = z.enum(ROLES as [Role, ...Role[]]).refine((r) => !DERIVED_ROLES.includes(r), 'follows from a status or a steering term and cannot be granted');

/**
 * `registry-bootstrap.json`: what a production registry starts from (README "Production
 * bootstrap"). Facilities, the founding operators recommended by the two founders [R10]
 * (with their steering terms [R36]), and the first staff accounts, the secretariat among
 * them [R34]. Passwords are never in the file: each account gets a one-time password,
 * printed once.
 */
export const bootstrapFileSchema = z
  .object({
    facilities: z
      .array(z.object({ id: z.string().regex(/^F[0-9]{3,9}$/, 'F and three or more digits'), name: nonBlank, prefecture: nonBlank, location: nonBlank }).strict())
      .min(1),
    founders: z
      .array(
        z
          .object({
            name: nonBlank,
            facilityId: z.string(),
            /** Staff roles besides OPERATOR, e.g. COMMITTEE_CHAIR. */
            roles: z.array(staffRole).default([]),
            steeringTerm: z.object({ startsOn: z.string().refine(isLocalDate, 'a date as YYYY-MM-DD'), resolution: nonBlank }).strict().optional(),
          })
          .strict(),
      )
      .min(2, 'a registry starts with at least the two founders [R10]'),
    staff: z
      .array(
        z
          .object({
            loginId: z.string().regex(/^[a-z0-9][a-z0-9-]{2,39}$/, '3–40 lowercase letters, digits or dashes'),
            name: nonBlank,
            roles: z.array(staffRole).min(1),
            facilityId: z.string().optional(),
          })
          .strict(),
      )
      .min(1),
  })
  .strict()
  .superRefine((file, ctx) => {
    const ids = new Set(file.facilities.map((f) => f.id));
    if (ids.size !== file.facilities.length) ctx.addIssue({ code: 'custom', path: ['facilities'], message: 'facility IDs must be unique' });
    file.founders.forEach((f, i) => {
      if (!ids.has(f.facilityId)) ctx.addIssue({ code: 'custom', path: ['founders', i, 'facilityId'], message: `unknown facility ${f.facilityId}` });
    });
    file.staff.forEach((s, i) => {
      if (s.facilityId !== undefined && !ids.has(s.facilityId)) ctx.addIssue({ code: 'custom', path: ['staff', i, 'facilityId'], message: `unknown facility ${s.facilityId}` });
      if (s.roles.includes(Role.SiteContact) && !s.facilityId) ctx.addIssue({ code: 'custom', path: ['staff', i, 'facilityId'], message: 'a site contact acts for one facility' });
    });
    if (!file.staff.some((s) => s.roles.includes(Role.Secretariat))) ctx.addIssue({ code: 'custom', path: ['staff'], message: 'the first secretariat account is required [R34]' });
    const logins = new Set(file.staff.map((s) => s.loginId));
    if (logins.size !== file.staff.length) ctx.addIssue({ code: 'custom', path: ['staff'], message: 'login IDs must be unique' });
  });

export type BootstrapFile = z.infer<typeof bootstrapFileSchema>;

/** Parses the file's JSON text; every problem with its path, nothing written. */
export function parseBootstrapFile(text: string): BootstrapFile {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw new Error(`registry-bootstrap: not JSON (${(err as Error).message})`);
  }
  const result = bootstrapFileSchema.safeParse(json);
  if (!result.success) {
    throw new Error(`registry-bootstrap: ${result.error.issues.map((i) => `${i.path.join('.') || '(file)'}: ${i.message}`).join('; ')}`);
  }
  return result.data;
}
