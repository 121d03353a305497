import { describe, expect, it } from 'vitest';
import * as server from '../../services/cases/src/form/scores.ts';
import * as browser from '../../web/src/pages/site/scores.ts';

// The site's form computes J-CTO, PROGRESS-CTO and CASTLE in the browser as the items are
// ticked (the web never imports a service): it must give the server's value for every input.
const bits = (n: number, width: number) => Array.from({ length: width }, (_, i) => ((n >> i) & 1) === 1);

describe('the lesion scores computed in the browser are the server’s (docs/web.md, "Site screens")', () => {
  it('should give the server’s J-CTO score and category for all 32 item combinations', () => {
    for (let n = 0; n < 32; n++) {
      const [bluntStump, calcification, bendingOver45, occlusionLength20mmOrMore, retryLesion] = bits(n, 5) as [boolean, boolean, boolean, boolean, boolean];
      const items = { bluntStump, calcification, bendingOver45, occlusionLength20mmOrMore, retryLesion };
      expect(browser.jctoScore(items)).toEqual(server.jctoScore(items));
    }
  });

  it('should give the server’s PROGRESS-CTO score for every item combination and vessel', () => {
    for (const vessel of ['LAD', 'LCX', 'RCA', 'LM'] as const) {
      for (let n = 0; n < 8; n++) {
        const [proximalCapAmbiguity, moderateOrSevereTortuosity, noInterventionalCollaterals] = bits(n, 3) as [boolean, boolean, boolean];
        const items = { proximalCapAmbiguity, moderateOrSevereTortuosity, noInterventionalCollaterals };
        expect(browser.progressCtoScore(items, vessel)).toBe(server.progressCtoScore(items, vessel));
      }
    }
  });

  it('should give the server’s CASTLE score for every item combination and ages either side of 70', () => {
    for (const ageAtProcedure of [18, 69, 70, 95]) {
      for (let n = 0; n < 32; n++) {
        const [priorCabg, bluntStump, occlusionLength20mmOrMore, severeTortuosityOrUnseen, severeCalcification] = bits(n, 5) as [boolean, boolean, boolean, boolean, boolean];
        const inputs = { priorCabg, ageAtProcedure, bluntStump, occlusionLength20mmOrMore, items: { severeTortuosityOrUnseen, severeCalcification } };
        expect(browser.castleScore(inputs)).toBe(server.castleScore(inputs));
      }
    }
  });
});
