/** A card of the margin: where it would like to stand (level with its passage) and how tall it is, in pixels. */
export interface MarginCard {
  desiredTop: number;
  height: number;
}

/**
 * Where each card of the margin stands: as level with its passage as the cards before it allow,
 * never overlapping, never above 0. With a `focused` card, that one stands exactly level with its
 * passage and the cards above it move up to make room (as far as 0 allows; what does not fit
 * pushes it down again). Cards must be given in document order.
 */
export function stackCards(cards: readonly MarginCard[], gap: number, focused?: number): number[] {
  const tops = new Array<number>(cards.length);
  let floor = 0;
  for (const [index, card] of cards.entries()) {
    tops[index] = Math.max(card.desiredTop, floor);
    floor = tops[index] + card.height + gap;
  }
  if (focused === undefined || focused < 0 || focused >= cards.length) return tops;

  // Bring the focused card up to its passage, then the ones above it up as far as needed.
  tops[focused] = Math.max(cards[focused]!.desiredTop, 0);
  for (let index = focused - 1; index >= 0; index -= 1) {
    tops[index] = Math.min(tops[index]!, tops[index + 1]! - gap - cards[index]!.height);
  }
  // Too little room above: those cards and the focused one move down together until the first is at 0.
  const shift = Math.max(0, -tops[0]!);
  for (let index = 0; index <= focused; index += 1) tops[index]! += shift;
  // The cards below follow the focused one without overlapping it.
  floor = tops[focused]! + cards[focused]!.height + gap;
  for (let index = focused + 1; index < cards.length; index += 1) {
    tops[index] = Math.max(cards[index]!.desiredTop, floor);
    floor = tops[index]! + cards[index]!.height + gap;
  }
  return tops;
}
