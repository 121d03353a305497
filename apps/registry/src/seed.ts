import { seedAdjudication } from '@registry/adjudication';
import { DEMO_CASES, readDemoCase, seedCases, seedDataRequests, seedDemoImages, seedHistory } from '@registry/cases';
import { seedOperators } from '@registry/operators';
import type { Registry } from './registry.ts';

/**
 * The demo data set, through the services in dependency order: people, then their cases,
 * then the past years (presented), then the committee, its first criteria and a discussion, then an official core-lab result. Refused in production: demo accounts with a published password must never exist there.
 * With `sampleImages` (`npm start`, `npm run seed`; not the tests' template, whose journeys
 * upload what they need), the first case also gets the sample angiogram for the viewer.
 */
export async function seedDemo(registry: Registry, nodeEnv: string, options: { sampleImages?: boolean } = {}): Promise<void> {
  if (nodeEnv === 'production') throw new Error('Demo accounts are never seeded in production');
  const accounts = await seedOperators(registry.operators);
  // The cases subgraph learns facilities and the roster from the operators' events [R11][R17].
  await registry.settle();
  const numbers = await seedCases(registry.cases, accounts);
  // 2024 and 2025, completed with official results and presented (frozen) [R27].
  await seedHistory(registry.cases, accounts);
  // A released data request of those years and a pending one [R21a][R39].
  await seedDataRequests(registry.cases, accounts);
  await registry.settle();
  await seedAdjudication(registry.adjudication, accounts, numbers[0]!);
  await registry.settle();
  await readDemoCase(registry.cases, accounts, numbers[0]!);
  await registry.settle();
  if (options.sampleImages) {
    await seedDemoImages(registry.cases, accounts, { ...DEMO_CASES[0]!, registrationNumber: numbers[0]! });
    await registry.settle();
  }
}
