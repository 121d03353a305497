/** The core lab's supervisor decides disagreements and sees the statistics [R26]. */
export const isCoreLabSupervisor = (roles: readonly string[]) => roles.includes('CORE_LAB_SUPERVISOR');
/** Overdue reads are listed for the supervisor and the secretariat [R29] (`corelab:readOverdue`). */
export const seesOverdueReads = (roles: readonly string[]) => isCoreLabSupervisor(roles) || roles.includes('SECRETARIAT');
