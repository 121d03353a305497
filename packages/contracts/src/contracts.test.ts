import { describe, expect, it } from 'vitest';
import { casesTopic, contractOf, operatorNotificationsTopics, operatorResultsTopics, threadPostsTopics, TOPIC_FAMILIES, TOPICS, VERSIONED_NAME } from './index.ts';

describe('the event contracts', () => {
  it('should name every event of every topic with its version', () => {
    const names = [...TOPICS, ...TOPIC_FAMILIES].flatMap((t) => Object.keys(t.events));
    expect(names.length).toBeGreaterThan(10);
    for (const name of names) expect(name).toMatch(VERSIONED_NAME);
  });

  it('should declare each topic once', () => {
    const declared = [...TOPICS.map((t) => t.topic), ...TOPIC_FAMILIES.map((f) => f.pattern)];
    expect(new Set(declared).size).toBe(declared.length);
  });

  it('should find the contract of a family member by its topic, and no other', () => {
    expect(contractOf('operator:OP0001:official-results')?.events).toBe(operatorResultsTopics.events);
    expect(contractOf('operator:OP0001:notifications')?.events).toBe(operatorNotificationsTopics.events);
    expect(contractOf(threadPostsTopics.of('7c1e').topic)?.events).toBe(threadPostsTopics.events);
    expect(contractOf('cases')).toBe(casesTopic);
    expect(contractOf('operator:a:b:official-results')).toBeUndefined();
    expect(contractOf('unheard-of')).toBeUndefined();
  });

  it('should refuse a payload with a field more than its contract, so nothing unreviewed reaches the bus [R30]', () => {
    const schema = casesTopic.events['CaseRegistered.v1'];
    const payload = { registrationNumber: 'CTO-2026-00001', operatorId: 'OP0001', facilityId: 'F001', domestic: true, registeredOn: '2026-01-10' };
    expect(schema.safeParse(payload).success).toBe(true);
    expect(schema.safeParse({ ...payload, patientCode: 'P-1' }).success).toBe(false);
    expect(schema.safeParse({ ...payload, registeredOn: '2026-1-10' }).success).toBe(false);
  });

  it('should read a post announced before posts had kinds as a discussion post', () => {
    const post = threadPostsTopics.events['PostAdded.v1'].parse({ id: 'p', threadId: 't', authorAccountId: 'a', body: 'b', createdAt: '2026-01-10T01:02:03.000Z' });
    expect(post).toMatchObject({ kind: 'DISCUSSION', replyToPostId: null, imageFrame: null });
  });
});
