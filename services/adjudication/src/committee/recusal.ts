/**
 * [R49] A committee member who is the operator of the case neither discusses nor votes on
 * it. Who the viewer is comes from the signed token (its operator ID), never from the
 * client's arguments; who operated the case comes from the cases subgraph's events.
 */
export function isRecused(memberOperatorId: string | undefined, caseOperatorId: string | undefined): boolean {
  return memberOperatorId !== undefined && caseOperatorId !== undefined && memberOperatorId === caseOperatorId;
}

/** Members entitled to an opinion on a matter: every member except the case's operator [R48][R49]. */
export function eligibleMembers<M extends { operatorId?: string | undefined }>(members: readonly M[], caseOperatorId: string | undefined): M[] {
  return members.filter((m) => !isRecused(m.operatorId, caseOperatorId));
}
