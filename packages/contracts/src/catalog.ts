import { adjudicationTopic, criteriaTopic, matterTallyTopics, operatorNotificationsTopics, threadPostsTopics } from './adjudication.ts';
import { casesTopic, operatorResultsTopics, safetyTopic } from './cases.ts';
import type { TopicContract, TopicFamily } from './contract.ts';
import { operatorsTopic } from './operators.ts';

/** Every topic of the registry, declared once. */
export const TOPICS: readonly TopicContract[] = [casesTopic, safetyTopic, operatorsTopic, adjudicationTopic, criteriaTopic];
export const TOPIC_FAMILIES: readonly TopicFamily[] = [operatorResultsTopics, threadPostsTopics, operatorNotificationsTopics, matterTallyTopics];

/** The contract of a stored event's topic (a fixed topic, or one of a family), if the registry has one. */
export function contractOf(topicName: string): TopicContract | undefined {
  const fixed = TOPICS.find((t) => t.topic === topicName);
  if (fixed) return fixed;
  const family = TOPIC_FAMILIES.find((f) => f.matches(topicName));
  return family ? { topic: topicName, events: family.events } : undefined;
}
