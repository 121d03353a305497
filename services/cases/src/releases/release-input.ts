import { badUserInput, ruleViolation } from '@registry/errors';
import type { REQUEST_PURPOSES, REQUESTER_KINDS } from '../db/schema.ts';
import { DICTIONARY_IDS } from './data-dictionary.ts';

export interface DataRequestInput {
  recipientName: string;
  purpose: (typeof REQUEST_PURPOSES)[number];
  title: string;
  plan: string;
  items: readonly string[];
  years: readonly number[];
  fullDates: boolean;
  pledgeAccepted: boolean;
  recipientPublicKey: string;
}

/** The confidentiality pledge a requester accepts [R21a]; its version is what is stored. */
export const PLEDGE_VERSION = 'confidentiality-pledge/2026-1';

const text = (value: string, field: string, max: number) => {
  const v = value.trim();
  if (v.length === 0) throw badUserInput(`${field} is required`, ['input', field]);
  if (v.length > max) throw badUserInput(`${field} is at most ${max} characters`, ['input', field]);
  return v;
};

/**
 * Checks what needs no database [R21a–c]: the text fields, the purpose for the kind of
 * requester, the items against the published dictionary, the years' shape and the pledge.
 * Whether the years are frozen and the key valid are asked by the service, before writing.
 */
export function validRequest(input: DataRequestInput, kind: (typeof REQUESTER_KINDS)[number]): DataRequestInput {
  const recipientName = text(input.recipientName, 'recipientName', 200);
  const title = text(input.title, 'title', 300);
  const plan = text(input.plan, 'plan', 10_000);
  if (input.purpose === 'OTHER' && kind !== 'SPONSOR') throw ruleViolation(kind === 'RESEARCHER' ? 'R21b' : 'R21a', 'Only a sponsor may ask for a purpose other than research', ['input', 'purpose']);
  if (input.items.length === 0) throw badUserInput('Ask for at least one item of the data dictionary', ['input', 'items']);
  input.items.forEach((id, i) => {
    if (!DICTIONARY_IDS.has(id)) throw badUserInput(`Not an item of the data dictionary: ${id}`, ['input', 'items', i]);
    if (input.items.indexOf(id) !== i) throw badUserInput(`Asked twice: ${id}`, ['input', 'items', i]);
  });
  if (input.years.length === 0) throw badUserInput('Ask for at least one year', ['input', 'years']);
  input.years.forEach((y, i) => {
    if (!Number.isInteger(y) || y < 2000 || y > 2100) throw badUserInput(`Not a report year: ${y}`, ['input', 'years', i]);
    if (input.years.indexOf(y) !== i) throw badUserInput(`Asked twice: ${y}`, ['input', 'years', i]);
  });
  if (!input.pledgeAccepted) throw ruleViolation('R21a', 'The confidentiality pledge must be accepted', ['input', 'pledgeAccepted']);
  return { ...input, recipientName, title, plan, recipientPublicKey: input.recipientPublicKey.trim(), years: [...input.years].sort((a, b) => a - b) };
}
