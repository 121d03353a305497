export { topic, topicFamily, VERSIONED_NAME, type EventName, type EventSchemas, type Payload, type PayloadIn, type TopicContract, type TopicFamily } from './contract.ts';
export { OFFICIAL_RESULT_FIELDS, officialResultRecord, resultChange, type OfficialResult, type OfficialResultField } from './fields.ts';
export { casesTopic, operatorResultsTopics, safetyTopic } from './cases.ts';
export { operatorsTopic } from './operators.ts';
export { adjudicationTopic, criteriaTopic, matterTallyTopics, operatorNotificationsTopics, threadPostsTopics } from './adjudication.ts';
export { contractOf, TOPIC_FAMILIES, TOPICS } from './catalog.ts';
export { formatRegistrationNumber, isRegistrationNumber, REGISTRATION_NUMBER_PATTERN } from './registration-number.ts';
