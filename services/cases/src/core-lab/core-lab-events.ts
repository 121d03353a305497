import type { operatorResultsTopics, Payload } from '@registry/contracts';

/** What the operator's own live feed announces when a result becomes official [R28a] (@registry/contracts). */
export type OfficialResultNotice = Payload<typeof operatorResultsTopics.events, 'OfficialResultRecorded.v1'>;
