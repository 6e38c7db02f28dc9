/** A round takes comments until its deadline, unless its owner closed it before. */
export function roundIsOpen(round: { deadline: number; closedAt: number | null }, now: number): boolean {
  return round.closedAt === null && round.deadline > now;
}
