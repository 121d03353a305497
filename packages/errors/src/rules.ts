/**
 * The ids by which code, SDL and docs cite the registry's rules [#14.9]: `R` and the article
 * of the rules (目的および運営規約, Ver 8, articles 1–50), with its item letter where an
 * article has lettered items (21 a–c, 28 a–b, 45 a–c, 50 a–b); `T` and a section of the
 * protocol template (研究計画書). DOMAIN.md cites most of them; the originals in Japanese
 * define them all (`[R35]`, the general meeting that appoints the steering committee;
 * `[R45b]`, the committee's rulings on questions and objections; `[R50]`, the EuroCTO
 * criteria; `[T9.6.1]`, the definition of a serious adverse event).
 *
 * `ruleViolation` takes a `RuleId`, so tsc refuses an id that is not one of these; a test
 * (`test/contracts/rule-citations.test.ts`) checks every `[R…]`/`[T…]` cited in the sources
 * and docs against the same list.
 */
type Article =
  | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12 | 13 | 14 | 15 | 16 | 17 | 18 | 19 | 20
  | 21 | 22 | 23 | 24 | 25 | 26 | 27 | 28 | 29 | 30 | 31 | 32 | 33 | 34 | 35 | 36 | 37 | 38 | 39 | 40
  | 41 | 42 | 43 | 44 | 45 | 46 | 47 | 48 | 49 | 50;

const ITEMS = ['R21a', 'R21b', 'R21c', 'R28a', 'R28b', 'R45a', 'R45b', 'R45c', 'R50a', 'R50b'] as const;

/** The protocol template's sections that the registry implements or cites. */
const TEMPLATE_SECTIONS = ['T5.3', 'T7.2', 'T7.3', 'T8', 'T9.5', 'T9.6', 'T9.6.1', 'T14.1', 'T15.1.2', 'T17.1', 'T20'] as const;

export type RuleId = `R${Article}` | (typeof ITEMS)[number] | (typeof TEMPLATE_SECTIONS)[number];

const ARTICLE_COUNT = 50;

/** Every `RuleId`, for checks at run time (citations in docs and comments). */
export const RULE_IDS: ReadonlySet<string> = new Set<string>([
  ...Array.from({ length: ARTICLE_COUNT }, (_, i) => `R${i + 1}`),
  ...ITEMS,
  ...TEMPLATE_SECTIONS,
]);

export function isRuleId(id: string): id is RuleId {
  return RULE_IDS.has(id);
}
